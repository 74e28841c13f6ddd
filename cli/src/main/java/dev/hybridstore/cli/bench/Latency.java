package dev.hybridstore.cli.bench;

/** A p50 and a p99 in milliseconds, as a row shows them. */
public record Latency(double p50Ms, double p99Ms) {

    public static Latency of(Percentiles ms) {
        return new Latency(ms.p50(), ms.p99());
    }

    @Override
    public String toString() {
        return String.format("%.2f / %.2f ms", p50Ms, p99Ms);
    }
}
