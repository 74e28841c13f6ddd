package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PgbenchTest {

    @Test
    void readsEachTransactionsMicrosecondsFromTheLogAsMilliseconds() {
        double[] ms = Pgbench.latenciesMs(Samples.read("pgbench_log.sample").lines().toList());

        assertThat(ms).hasSize(20);
        assertThat(ms[0]).isEqualTo(24.454);
        assertThat(ms[1]).isEqualTo(11.406);
    }

    @Test
    void theLogsLatenciesAreRankedByNearestRank() {
        double[] ms = Pgbench.latenciesMs(java.util.List.of("0 1 3000 0 1796418868 145187", "0 2 1000 0 1796418868 156636",
                "0 3 2000 0 1796418868 164709", "", "0 4 4000 0 1796418868 173503 12"));

        Percentiles p = Percentiles.of(ms);

        assertThat(p.count()).isEqualTo(4);
        assertThat(p.p50()).isEqualTo(2.0);
        assertThat(p.p95()).isEqualTo(4.0);
    }
}
