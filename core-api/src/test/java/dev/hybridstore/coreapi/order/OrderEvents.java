package dev.hybridstore.coreapi.order;

import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.RealServices;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** What reached topic 'orders': read from the start by a consumer group of the caller's own. */
final class OrderEvents {

    private OrderEvents() {
    }

    /** The first {@code count} events keyed by this order id. */
    static List<ConsumerRecord<String, String>> of(String group, String orderId, int count) {
        try (KafkaCompanion kafka = new KafkaCompanion(RealServices.endpoints().kafkaBootstrap());
                ConsumerTask<String, String> events = kafka.consumeStrings().withGroupId(group)
                        .withOffsetReset(OffsetResetStrategy.EARLIEST)
                        .fromTopics(Topics.ORDERS, records -> records.select().where(r -> orderId.equals(r.key())))) {
            return events.awaitRecords(count, Duration.ofSeconds(20)).getRecords();
        }
    }
}
