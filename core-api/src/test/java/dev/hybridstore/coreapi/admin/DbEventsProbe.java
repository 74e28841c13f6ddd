package dev.hybridstore.coreapi.admin;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.RealServices;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** Reads db-events from the start with a group of its own; tests pick their events by their own file names and versions. */
final class DbEventsProbe implements AutoCloseable {

    private final KafkaCompanion companion = new KafkaCompanion(RealServices.endpoints().kafkaBootstrap());
    private final ConsumerTask<String, String> task = companion.consumeStrings()
            .withGroupId("admin-test-" + UUID.randomUUID())
            .withOffsetReset(OffsetResetStrategy.EARLIEST)
            .fromTopics(Topics.DB_EVENTS);

    /** Waits until an event matching {@code wanted} has arrived, and returns it. */
    JsonNode first(Predicate<JsonNode> wanted) {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = events().stream().filter(wanted).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    List<JsonNode> events() {
        return task.getRecords().stream().map(r -> parse(r.value())).toList();
    }

    private static JsonNode parse(String value) {
        try {
            return Json.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        task.close();
        companion.close();
    }
}
