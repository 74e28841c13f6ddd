package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.cli.bench.CacheLookups.Phase;
import org.junit.jupiter.api.Test;

/** The warnings beside a lookup row: when a figure does not measure what its label says. */
class CacheLookupsTest {

    private static Phase phase(long requests, long non2xx, long statements) {
        return new Phase(new Wrk.Result(requests / 3.0, 0.2, 1.0, 1.5, non2xx, 0, requests), statements);
    }

    @Test
    void failedAnswersAreCounted() {
        assertThat(CacheLookups.note("~60", phase(1000, 7, 1000))).isEqualTo("!! 7 of 1000 answers not 2xx");
    }

    @Test
    void aNoCacheLookupThatRanNoStatementWasServedFromRedis() {
        assertThat(CacheLookups.note("~60", phase(1000, 0, 10))).isEqualTo("!! served from Redis: core-api ignores Cache-Control: no-cache here");
    }

    @Test
    void aRowThatMeasuresWhatItSaysHasNoNote() {
        assertThat(CacheLookups.note("~60", phase(1000, 0, 1000))).isEmpty();
        assertThat(CacheLookups.note("~1.2", phase(1000, 0, 0))).isEmpty();
    }
}
