package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverloadBenchTest {

    @Test
    void theSaturatingCountIsTheFirstWhoseDoublingAddsLessThanTenPercent() {
        List<ClosedLoop.Result> ladder = List.of(result(1, 1_000, 1), result(2, 1_900, 1), result(4, 2_500, 2), result(8, 2_600, 4),
                result(16, 5_000, 8));

        assertThat(OverloadBench.saturating(ladder)).isEqualTo(4);
        assertThat(OverloadBench.saturating(ladder.subList(0, 3))).as("every doubling gained: the last").isEqualTo(4);
    }

    @Test
    void reportsTheAdmittedP99BesideTheUnloadedOneAndHowFastTheShedWereAnswered() {
        ClosedLoop.Result unloaded = result(4, 2_500, 2);
        ClosedLoop.Result shedding = new ClosedLoop.Result(16, 1, Percentiles.of(1.0, 5.0), Percentiles.of(0.2, 0.2, 0.4, 0.8), 0, 0);
        ClosedLoop.Result unprotected = result(16, 2_400, 9);
        OverloadBench.Figures figures = new OverloadBench.Figures(List.of(result(1, 1_000, 1), unloaded), 4, unloaded, shedding, unprotected);

        String report = OverloadBench.report("GET /x", figures);

        assertThat(report).contains("saturating: 4 connections",
                "admitted at 16 connections: p99 5.00 ms, 2.5x the unloaded p99 (2.00 ms); without shedding p99 9.00 ms (4.5x)",
                "shed at 16 connections: 4 requests (67 % of the answers) got their 503 in p50 0.20 ms, p99 0.80 ms",
                "admitted p99 <= 3x the unloaded p99 at 4x the saturating connections: met");
    }

    /** {@code okPerSecond} 2xx answers in one second, all of {@code ms}. */
    private static ClosedLoop.Result result(int connections, int okPerSecond, double ms) {
        double[] samples = new double[okPerSecond];
        Arrays.fill(samples, ms);
        return new ClosedLoop.Result(connections, 1, Percentiles.of(samples), Percentiles.of(new double[0]), 0, 0);
    }
}
