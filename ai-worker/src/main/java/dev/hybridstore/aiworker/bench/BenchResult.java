package dev.hybridstore.aiworker.bench;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The worker's rate (claim, embed, write) beside the raw model's rate on the same texts and threads, and beside the
 * ceiling the machine sets once PostgreSQL's share is counted.
 *
 * @param indexedWriteRowsPerSecond PostgreSQL alone storing the same embedded rows, the HNSW index included
 * @param cpuBoundRowsPerSecond     the most the worker can reach on these cores: each row costs threads / raw
 *                                  core-seconds of inference plus 1 / indexed-write of PostgreSQL, and never more than raw
 * @param ratio                     worker / raw (the measure)
 * @param ratioOfBound              worker / the CPU bound (the pipeline's own overhead)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchResult(String model, int rows, int threads, int cores, double rawRowsPerSecond, double workerRowsPerSecond,
        double indexedWriteRowsPerSecond, double cpuBoundRowsPerSecond, double ratio, double ratioOfBound) {

    static BenchResult of(String model, int rows, int threads, int cores, double raw, double worker, double indexedWrite) {
        double bound = Math.min(raw, cores / (threads / raw + 1 / indexedWrite));
        return new BenchResult(model, rows, threads, cores, round(raw), round(worker), round(indexedWrite), round(bound),
                hundredths(worker / raw), hundredths(worker / bound));
    }

    private static double round(double perSecond) {
        return Math.round(perSecond * 10) / 10.0;
    }

    private static double hundredths(double ratio) {
        return Math.round(ratio * 100) / 100.0;
    }
}
