package dev.hybridstore.coreapi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.coreapi.ops.OpsHistory.Sample;
import dev.hybridstore.coreapi.ops.OpsViews.Point;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpsHistoryTest {

    private static final Instant T0 = Instant.parse("2026-12-05T03:00:00Z");

    private static Sample sample(long secondsAfter, Long accepted, Long stored, double hits, double misses) {
        return new Sample(T0.plusSeconds(secondsAfter), accepted, stored, 0L, 0L, hits, misses, 0, 0, 0L, 0L, 1L);
    }

    @Test
    void ratesAreTheIncreaseOverTheSecondsBetweenSamples() {
        OpsHistory history = new OpsHistory(Duration.ofMinutes(5));
        Point first = history.add(sample(0, 100L, 90L, 10, 10));
        Point second = history.add(sample(2, 140L, 100L, 19, 11));

        assertThat(first.acceptedPerSecond()).isNull();
        assertThat(first.hitRatio()).isNull();
        assertThat(second.acceptedPerSecond()).isEqualTo(20.0);
        assertThat(second.storedPerSecond()).isEqualTo(5.0);
        assertThat(second.hitRatio()).isEqualTo(0.9);
    }

    @Test
    void aTotalThatWentDownOrIsMissingGivesNoRate() {
        OpsHistory history = new OpsHistory(Duration.ofMinutes(5));
        history.add(sample(0, 100L, 90L, 10, 10));
        Point restarted = history.add(sample(1, 120L, null, 0, 0));

        assertThat(restarted.acceptedPerSecond()).isEqualTo(20.0);
        assertThat(restarted.storedPerSecond()).isNull();
        assertThat(restarted.hitRatio()).as("the counters restarted at 0").isNull();
    }

    @Test
    void pointsOlderThanTheWindowAreDropped() {
        OpsHistory history = new OpsHistory(Duration.ofSeconds(10));
        for (int s = 0; s <= 30; s += 5) {
            history.add(sample(s, (long) s, (long) s, 0, 0));
        }
        assertThat(history.points()).extracting(Point::at)
                .containsExactly(T0.plusSeconds(20), T0.plusSeconds(25), T0.plusSeconds(30));
    }
}
