package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheCycleCheckTest {

    private static final Instant START = Instant.parse("2025-01-09T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(50);

    @Test
    void upDuringTheFirstThreeIntervalsBeforeAnyCycleSucceeded() {
        assertThat(CacheCycleCheck.isUp(START.plusSeconds(1), START, Optional.empty(), INTERVAL)).isTrue();
        assertThat(CacheCycleCheck.isUp(START.plusSeconds(150), START, Optional.empty(), INTERVAL)).isTrue();
        assertThat(CacheCycleCheck.isUp(START.plusSeconds(151), START, Optional.empty(), INTERVAL)).isFalse();
    }

    @Test
    void upWhileTheLastSuccessIsWithinThreeIntervals() {
        Instant success = START.plusSeconds(400);
        assertThat(CacheCycleCheck.isUp(success.plusSeconds(149), START, Optional.of(success), INTERVAL)).isTrue();
        assertThat(CacheCycleCheck.isUp(success.plusSeconds(151), START, Optional.of(success), INTERVAL)).isFalse();
    }
}
