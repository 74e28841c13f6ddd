package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {

    @Test
    void readsTheScriptsResultLineAfterWrksOwnSummary() {
        Wrk.Result r = Wrk.parse(Samples.read("wrk-ok.out")).orElseThrow();

        assertThat(r).isEqualTo(new Wrk.Result(349.1, 10.310, 92.138, 146.910, 0, 0, 1067));
        assertThat(r.failed()).isZero();
    }

    @Test
    void countsNon2xxAnswersAsFailed() {
        Wrk.Result r = Wrk.parse(Samples.read("wrk-non2xx.out")).orElseThrow();

        assertThat(r.non2xx()).isEqualTo(570);
        assertThat(r.failed()).isEqualTo(570);
        assertThat(r.requests()).isEqualTo(570);
        assertThat(r.p99()).isEqualTo(63.197);
    }

    @Test
    void outputWithoutAResultLineGivesNothing() {
        assertThat(Wrk.parse("unable to connect to 127.0.0.1:28099 Connection refused\n")).isEmpty();
    }
}
