package dev.hybridstore.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void ranksByNearestRankOverTheSortedSamples() {
        Percentiles p = Percentiles.of(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

        assertEquals(50, p.p50());
        assertEquals(95, p.p95());
        assertEquals(99, p.p99());
        assertEquals(100, p.at(100));
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Percentiles p = Percentiles.of(3.0, 1.0, 2.0);

        assertEquals(2.0, p.p50());
        assertEquals(3.0, p.p99());
        assertEquals(1.0, p.at(1));
    }

    @Test
    void noSamplesHaveNoPercentile() {
        assertTrue(Double.isNaN(Percentiles.of(new double[0]).p50()));
        assertEquals(0, Percentiles.of(new double[0]).count());
    }

    @Test
    void refusesAPercentileOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(1.0).at(0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(1.0).at(101));
    }

    @Test
    void leavesTheCallersSamplesUnsorted() {
        double[] samples = {3.0, 1.0, 2.0};
        Percentiles.of(samples);
        assertEquals(3.0, samples[0]);
    }
}
