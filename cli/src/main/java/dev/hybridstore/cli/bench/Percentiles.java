package dev.hybridstore.cli.bench;

import java.util.Arrays;

/**
 * Percentiles of measured samples by the nearest-rank rule: the p-th percentile of n sorted samples is the one at
 * rank ceil(p/100 · n). Every benchmark ranks its samples here, so the p50s of two benchmarks can be compared.
 */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(double... samples) {
        double[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public static Percentiles of(long... samples) {
        return of(Arrays.stream(samples).asDoubleStream().toArray());
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p ≤ 100); NaN when there are no samples. */
    public double at(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is above 0 and at most 100, not " + p);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double p50() {
        return at(50);
    }

    public double p95() {
        return at(95);
    }

    public double p99() {
        return at(99);
    }
}
