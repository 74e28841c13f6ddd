package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.cli.CommandFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The external tools' outputs as they print them (captured from real runs), read back in Java. */
class ToolOutputTest {

    @Test
    void wrksSummaryGivesRequestsPercentilesAndFailures() throws IOException {
        Wrk.Result result = Wrk.parse(resource("wrk-failures.txt"));

        assertThat(result.requests()).isEqualTo(1015);
        assertThat(result.seconds()).isEqualTo(2.02);
        assertThat(result.latency()).isEqualTo(new Latency(1.16, 27.70));
        assertThat(result.non2xx()).isEqualTo(500);
        assertThat(result.socketErrors()).isEqualTo(515);
    }

    @Test
    void aWrkRunWithoutFailuresHasNoFailureLines() throws IOException {
        Wrk.Result result = Wrk.parse(resource("wrk-core-api.txt"));

        assertThat(result.requests()).isEqualTo(21);
        assertThat(result.seconds()).isEqualTo(3.08);
        assertThat(result.latency()).isEqualTo(new Latency(106.81, 407.77));
        assertThat(result.non2xx()).isZero();
        assertThat(result.socketErrors()).isZero();
    }

    @Test
    void wrkWithoutASummaryIsAFailureShowingWhatItPrinted() {
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:28180 Connection refused\n")).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("Connection refused");
    }

    @Test
    void pgbenchsTransactionLogIsRankedByNearestRankInMilliseconds() throws IOException {
        List<String> log = resource("pgbench-log.txt").lines().toList();

        Percentiles ms = Pgbench.fromLog(log);

        assertThat(ms.count()).isEqualTo(200);
        assertThat(ms.p50()).isEqualTo(0.034);
        assertThat(ms.p99()).isEqualTo(5.293);
    }

    @Test
    void redisBenchmarksCsvGivesItsP50AndP99ByColumnName() throws IOException {
        assertThat(RedisBenchmark.parseCsv(resource("redis-benchmark.csv"))).isEqualTo(new Latency(0.031, 4.303));
    }

    @Test
    void redisBenchmarkWithoutAResultLineIsAFailure() {
        assertThatThrownBy(() -> RedisBenchmark.parseCsv("Could not connect to Redis at 127.0.0.1:1: Connection refused\n"))
                .isInstanceOf(CommandFailure.class).hasMessageContaining("Could not connect");
    }

    @Test
    void aLatencyShowsAsP50SlashP99() {
        assertThat(new Latency(0.1234, 2.5)).hasToString("0.12 / 2.50 ms");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ToolOutputTest.class.getResourceAsStream("/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
