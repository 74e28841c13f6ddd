package dev.hybridstore.aiworker.embedding;

import java.util.function.LongSupplier;

/** Rows per second over the last few whole seconds: what the status line and the backfill's ETA show. */
final class Throughput {

    private final int window;
    private final long[] counts;
    private final long[] seconds;
    private final LongSupplier clockMillis;

    Throughput(int windowSeconds, LongSupplier clockMillis) {
        this.window = windowSeconds;
        this.counts = new long[windowSeconds + 1];
        this.seconds = new long[windowSeconds + 1];
        this.clockMillis = clockMillis;
    }

    synchronized void record(long rows) {
        long now = clockMillis.getAsLong() / 1000;
        int slot = (int) (now % counts.length);
        if (seconds[slot] != now) {
            seconds[slot] = now;
            counts[slot] = 0;
        }
        counts[slot] += rows;
    }

    /**
     * The mean over the completed seconds of the window (the current, partial second is left out), counted from the
     * first busy one: a run that started 3 s ago shows its real rate, not a tenth of the window's.
     */
    synchronized double perSecond() {
        long now = clockMillis.getAsLong() / 1000;
        long total = 0;
        long first = now;
        for (int i = 0; i < counts.length; i++) {
            if (seconds[i] < now && seconds[i] >= now - window && counts[i] > 0) {
                total += counts[i];
                first = Math.min(first, seconds[i]);
            }
        }
        return total == 0 ? 0 : (double) total / (now - first);
    }
}
