package dev.hybridstore.coreapi.question;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.coreapi.search.Vectors;
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
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A knowledge test class's own companies and questions (ids upper-cased from its {@link TestIds}), the requests to embed
 * them that core-api sends ai-worker, and embeddings set as ai-worker would.
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

    /** Stands in for ai-worker: stores an embedding chosen by the test on row {@code id} of {@code table}. */
    public static void embedAs(String table, long id, float[] vector) throws Exception {
        try (Connection db = db();
                PreparedStatement update = db.prepareStatement("UPDATE " + table + " SET embedding = ?::vector, embedded_at = now() WHERE id = ?")) {
            update.setString(1, Vectors.literal(vector));
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
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
