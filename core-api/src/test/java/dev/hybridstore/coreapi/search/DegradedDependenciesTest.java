package dev.hybridstore.coreapi.search;

import static dev.hybridstore.coreapi.question.KnowledgeRows.newCompany;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.hybridstore.coreapi.question.KnowledgeRows;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embedding provider and the Kafka broker are both down: writes and searches must still answer. */
@QuarkusTest
@TestProfile(DegradedDependenciesTest.ProviderAndBrokerDown.class)
class DegradedDependenciesTest {

    private static final TestIds IDS = TestIds.create("DGR");

    public static class ProviderAndBrokerDown implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(UnreachableEmbedder.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens on port 1; a send gives up after two seconds instead of thirty.
            String channel = "mp.messaging.outgoing.embedding-requests-out.";
            return Map.of(channel + "bootstrap.servers", "127.0.0.1:1", channel + "max.block.ms", "1000",
                    channel + "request.timeout.ms", "1000", channel + "delivery.timeout.ms", "2000");
        }
    }

    /** A provider that is down, selected only by this test's profile. */
    @Alternative
    @ApplicationScoped
    public static class UnreachableEmbedder implements Embedder {
        @Override
        public int dimension() {
            return 384;
        }

        @Override
        public String model() {
            return "test:unreachable";
        }

        @Override
        public Uni<List<float[]>> embed(List<String> texts) {
            return Uni.createFrom().failure(new IllegalStateException("provider unreachable"));
        }
    }

    @RegisterExtension
    static final OwnRows ROWS = KnowledgeRows.deletedAfterAll(IDS);

    @Test
    void aQuestionIsStoredWhileKafkaIsDownAndTheServiceStaysAlive() {
        String company = newCompany(IDS);
        int id = given().contentType(ContentType.JSON).body(Map.of("company_id", company, "content", "브로커 없이 저장되는 질문"))
                .when().post("/api/questions").then().statusCode(201).extract().path("id");

        given().when().get("/api/questions/{id}", id).then().statusCode(200).body("embedded", equalTo(false));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(containsString("hybridstore_coreapi_embedding_requests_total{outcome=\"failed\"} 1.0")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void withoutAQueryEmbeddingHybridSearchAnswersByKeywordAndSaysSo() {
        String company = newCompany(IDS);
        int match = given().contentType(ContentType.JSON).body(Map.of("company_id", company, "content", "장애 대응 매뉴얼을 작성해 본 적이 있나요"))
                .when().post("/api/questions").then().statusCode(201).extract().path("id");

        for (String mode : List.of("hybrid", "vector")) {
            given().queryParams(Map.of("q", "장애 대응", "company_id", company, "mode", mode)).when().get("/api/questions/search")
                    .then().statusCode(200).body("mode", equalTo("keyword")).body("degraded", equalTo(true))
                    .body("hits.id", contains(match)).body("hits[0].score", notNullValue());
        }
    }
}
