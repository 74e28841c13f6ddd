package dev.hybridstore.coreapi.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which publish failures prove that the record is not on the topic; the messages are the Kafka producer's own. */
class PublishOutcomeTest {

    @Test
    void failuresBeforeTheRecordJoinsTheProducersBufferAreRefusals() {
        assertThat(PublishOutcome.of(new TimeoutException("Topic orders not present in metadata after 5000 ms.")))
                .isEqualTo(PublishOutcome.REFUSED);
        assertThat(PublishOutcome.of(new BufferExhaustedException("Failed to allocate 120 bytes within the configured max blocking time 5000 ms.")))
                .isEqualTo(PublishOutcome.REFUSED);
        assertThat(PublishOutcome.of(new IllegalStateException("Cannot perform operation after producer has been closed")))
                .isEqualTo(PublishOutcome.REFUSED);
    }

    @Test
    void aRecordThatMayHaveBeenSentHasAnUnknownOutcome() {
        assertThat(PublishOutcome.of(new TimeoutException("Expiring 1 record(s) for orders-3:10004 ms has passed since batch creation")))
                .isEqualTo(PublishOutcome.UNKNOWN);
        assertThat(PublishOutcome.of(new io.smallrye.mutiny.TimeoutException())).isEqualTo(PublishOutcome.UNKNOWN);
        assertThat(PublishOutcome.of(new NotEnoughReplicasException("Messages are rejected since there are fewer in-sync replicas")))
                .isEqualTo(PublishOutcome.UNKNOWN);
        assertThat(PublishOutcome.of(new KafkaException("Producer is closed forcefully."))).isEqualTo(PublishOutcome.UNKNOWN);
        // A resend's exhaustion wraps the last attempt's failure; an earlier attempt may have been written.
        assertThat(PublishOutcome.of(new IllegalStateException("Retries exhausted : 1 attempts",
                new TimeoutException("Topic orders not present in metadata after 5000 ms.")))).isEqualTo(PublishOutcome.UNKNOWN);
    }
}
