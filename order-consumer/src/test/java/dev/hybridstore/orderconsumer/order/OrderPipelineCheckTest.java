package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderPipelineCheckTest {

    private static final Instant SINCE = Instant.parse("2025-01-09T10:00:00Z");
    private static final Duration STUCK_AFTER = Duration.ofSeconds(60);

    @Test
    void upWhileBatchesAreStored() {
        assertThat(OrderPipelineCheck.isUp(SINCE, Optional.empty(), STUCK_AFTER)).isTrue();
    }

    @Test
    void aShortFailureIsRetriedQuietlyAndALongOneTurnsReadinessDown() {
        var failing = Optional.of(new OrderBatchService.Failing(SINCE, "PgException: connection refused"));
        assertThat(OrderPipelineCheck.isUp(SINCE.plusSeconds(60), failing, STUCK_AFTER)).isTrue();
        assertThat(OrderPipelineCheck.isUp(SINCE.plusSeconds(61), failing, STUCK_AFTER)).isFalse();
    }
}
