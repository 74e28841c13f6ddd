package dev.hybridstore.coreapi.question;

import static io.restassured.RestAssured.given;

import dev.hybridstore.model.event.EmbeddingRequested;
import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A knowledge test class's own companies and questions (ids upper-cased from its {@link TestIds}), and the requests to
 * embed them that core-api sends ai-worker.
 */
public final class KnowledgeRows {

    private KnowledgeRows() {
    }

    /** A company created through the API, named by the class's next id. */
    public static String newCompany(TestIds ids) {
        String id = ids.next().toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("id", id, "name", id)).post("/api/companies").then().statusCode(201);
        return id;
    }

    /** Deletes the class's companies and their questions after its tests, after {@code first} (e.g. their interviews). */
    public static OwnRows deletedAfterAll(TestIds ids, String... first) {
        return OwnRows.deletedAfterAll(ids.prefix().toUpperCase() + "%", Stream.concat(Stream.of(first), Stream.of(
                "DELETE FROM questions WHERE company_id LIKE ?",
                "DELETE FROM companies WHERE id LIKE ?")).toArray(String[]::new));
    }

    /** The request to embed row {@code key} ("questions:42") that core-api put on embedding-requests, waited for 30 s at most. */
    public static EmbeddingRequested awaitEmbeddingRequest(TestIds ids, String key) {
        try (KafkaCompanion kafka = new KafkaCompanion(RealServices.endpoints().kafkaBootstrap())) {
            ConsumerTask<String, EmbeddingRequested> task = kafka
                    .consumeWithDeserializers(new StringDeserializer(), new EmbeddingRequested.Deserializer())
                    .withGroupId("core-api-test-" + ids.prefix()).withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Set.of(Topics.EMBEDDING_REQUESTS), records -> records.filter(r -> key.equals(r.key())))
                    .awaitRecords(1, Duration.ofSeconds(30));
            EmbeddingRequested request = task.getFirstRecord().value();
            task.stop();
            return request;
        }
    }

    public static Connection db() throws Exception {
        return Migrations.connect(RealServices.endpoints().databaseUrl());
    }
}
