package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.output.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * bench api's overload phase: load shedding shown at {@value #FACTOR}× the connections that saturate core-api. On a
 * core-api of the benchmark's own with LOAD_SHEDDING_ENABLED=true (the suite's is started without it): the connections
 * are doubled from 1 until one more doubling adds less than 10 % of 2xx answers per second, the saturating count C;
 * C connections give the unloaded reference (the server busy, nothing queued beyond it); then {@value #FACTOR}·C
 * connections, on it and, for comparison, on the suite's core-api without shedding. Aim (issue 16 §4): the admitted
 * requests' p99 at {@value #FACTOR}·C at most {@value #AIM}× the p99 at C, and the shed ones answered with a quick 503.
 */
final class OverloadBench {

    static final int FACTOR = 4;
    static final int AIM = 3;
    private static final double GAIN = 1.10;

    /** What was measured: the saturation ladder, the reference at C, and {@value #FACTOR}·C with and without shedding. */
    record Figures(List<ClosedLoop.Result> ladder, int saturating, ClosedLoop.Result unloaded, ClosedLoop.Result shedding,
            ClosedLoop.Result unprotected) {
    }

    private OverloadBench() {
    }

    /** {@code sheddingUrl}: the core-api with shedding on; {@code plainUrl}: the suite's. Connections double up to {@code max}. */
    static Figures run(String sheddingUrl, String plainUrl, String prefix, List<String> ids, int max, int stepSeconds, int seconds)
            throws InterruptedException {
        List<ClosedLoop.Result> ladder = new ArrayList<>();
        for (int c = 1; c <= max; c *= 2) {
            System.err.printf("==> overload: %d connection(s), %d s%n", c, stepSeconds);
            ladder.add(ClosedLoop.run(sheddingUrl, prefix, ids, c, stepSeconds));
        }
        int saturating = saturating(ladder);
        System.err.printf("==> overload: %d connections (saturating), %d s%n", saturating, seconds);
        ClosedLoop.Result unloaded = ClosedLoop.run(sheddingUrl, prefix, ids, saturating, seconds);
        System.err.printf("==> overload: %d connections, shedding on, %d s%n", FACTOR * saturating, seconds);
        ClosedLoop.Result shedding = ClosedLoop.run(sheddingUrl, prefix, ids, FACTOR * saturating, seconds);
        System.err.printf("==> overload: %d connections, the suite's core-api, %d s%n", FACTOR * saturating, seconds);
        ClosedLoop.Result unprotected = ClosedLoop.run(plainUrl, prefix, ids, FACTOR * saturating, seconds);
        return new Figures(ladder, saturating, unloaded, shedding, unprotected);
    }

    /** The first count whose doubling adds less than 10 % of 2xx answers per second; the last one if every doubling did. */
    static int saturating(List<ClosedLoop.Result> ladder) {
        for (int i = 0; i + 1 < ladder.size(); i++) {
            if (ladder.get(i + 1).okPerSecond() < GAIN * ladder.get(i).okPerSecond()) {
                return ladder.get(i).connections();
            }
        }
        return ladder.get(ladder.size() - 1).connections();
    }

    static String report(String what, Figures f) {
        StringBuilder out = new StringBuilder("\n    overload: " + what + ", through the CLI's own HTTP client (latency by status)\n");
        Table ladder = new Table("connections", "2xx/s", "2xx p50 ms", "2xx p99 ms", "503/s");
        for (ClosedLoop.Result r : f.ladder()) {
            ladder.row(r.connections(), f("%.0f", r.okPerSecond()), f("%.2f", r.ok().p50()), f("%.2f", r.ok().p99()), f("%.0f", r.shedPerSecond()));
        }
        out.append(ladder.indented());
        out.append(f("    saturating: %d connections (one more doubling added less than 10 %% of 2xx/s)%n%n", f.saturating()));
        int over = FACTOR * f.saturating();
        Table table = new Table("", "2xx/s", "2xx p50 ms", "2xx p99 ms", "503/s", "503 p50 ms", "503 p99 ms", "other", "errors");
        row(table, f.saturating() + " connections, shedding on (the unloaded reference)", f.unloaded());
        row(table, over + " connections, shedding on (LOAD_SHEDDING_ENABLED=true)", f.shedding());
        row(table, over + " connections, the suite's core-api (shedding as started, off by default)", f.unprotected());
        out.append(table.indented());
        double admitted = f.shedding().ok().p99();
        double reference = f.unloaded().ok().p99();
        out.append(f("%n    admitted at %d connections: p99 %.2f ms, %s the unloaded p99 (%.2f ms); without shedding p99 %.2f ms (%s)%n", over,
                admitted, Ratio.times(admitted, reference), reference, f.unprotected().ok().p99(), Ratio.times(f.unprotected().ok().p99(), reference)))
                .append(f("    shed at %d connections: %d requests (%.0f %% of the answers) got their 503 in p50 %.2f ms, p99 %.2f ms%n", over,
                        f.shedding().shed().count(), 100 * f.shedding().shedShare(), f.shedding().shed().p50(), f.shedding().shed().p99()))
                .append(f("    aim: admitted p99 <= %dx the unloaded p99 at %dx the saturating connections: %s%n", AIM, FACTOR,
                        Ratio.verdict(admitted <= AIM * reference)));
        return out.toString();
    }

    private static void row(Table table, String label, ClosedLoop.Result r) {
        table.row(label, f("%.0f", r.okPerSecond()), f("%.2f", r.ok().p50()), f("%.2f", r.ok().p99()), f("%.0f", r.shedPerSecond()),
                r.shed().count() == 0 ? "-" : f("%.2f", r.shed().p50()), r.shed().count() == 0 ? "-" : f("%.2f", r.shed().p99()), r.other(),
                r.errors());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
