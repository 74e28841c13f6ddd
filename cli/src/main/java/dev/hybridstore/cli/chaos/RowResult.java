package dev.hybridstore.cli.chaos;

import java.util.List;

/**
 * One row of the campaign. Counts are -1 where the fault's load does not make them (no orders, no reads).
 *
 * @param accepted logical orders answered 202 (for the backfill: rows pending)
 * @param stored logical orders found stored (for the backfill: rows with a current vector)
 * @param lost accepted but not stored
 * @param duplicated logical orders stored more than once
 * @param refusedYetStored never accepted, last told "refused", yet stored: a 503 that lied
 * @param failoverSeconds from the kill until the cluster routed around it (a replica promoted, haproxy marking the
 *        instance down); -1 for faults without a failover
 * @param unexpected the first distinct answers that were neither an answer nor a 503 problem, with their detail
 */
record RowResult(Fault fault, long accepted, long stored, long lost, long duplicated, long refusedYetStored, long refused503,
        long unknown503, long other5xx, long transportErrors, long reads, long readsFailed, long windowEmpty, double refillSeconds,
        double recoverSeconds, double failoverSeconds, List<String> unexpected, String skipped) {

    static RowResult skipped(Fault fault, String why) {
        return new RowResult(fault, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, List.of(), why);
    }

    /** 0 lost, 0 duplicated, no lying 503, no 5xx but 503 problems, reads answering, and the suite back. */
    boolean passed() {
        return skipped != null || (lost <= 0 && duplicated <= 0 && refusedYetStored <= 0 && other5xx <= 0 && readsFailed <= 0
                && windowEmpty <= 0 && recoverSeconds >= 0 && (failoverSeconds >= 0 || !fault.failsOver()));
    }
}
