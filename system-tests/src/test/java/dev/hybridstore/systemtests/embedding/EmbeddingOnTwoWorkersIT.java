package dev.hybridstore.systemtests.embedding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.systemtests.topology.InstanceMetrics;
import dev.hybridstore.systemtests.topology.Topology;
import dev.hybridstore.testsupport.TestDatabase;
import dev.hybridstore.testsupport.TestIds;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Questions written through haproxy are embedded by the two ai-workers, each row exactly once (the claims keep the
 * workers apart), and vector search through haproxy then finds them.
 */
class EmbeddingOnTwoWorkersIT {

    static final Topology TOPOLOGY = Topology.fromEnvironment();
    static final TestIds IDS = TestIds.create("SYE");
    static final String EMBEDDED = "hybridstore_ai_worker_embeddings_total";
    static final String COMPANY = IDS.prefix();
    static final List<String> TOPICS = List.of("a payment system outage", "a cache for heavy read traffic", "replaying failed Kafka records",
            "tuning a slow database index", "a Redis master failover", "improving search ranking", "idempotent order intake",
            "vector search recall", "automating service deployment", "designing on-call alerts", "a blameless postmortem",
            "principles of code review");

    @AfterAll
    static void cleanUp() {
        try (TestDatabase db = new TestDatabase(TOPOLOGY.databaseUrl())) {
            db.update("DELETE FROM questions WHERE company_id = ?", COMPANY);
            db.update("DELETE FROM companies WHERE id = ?", COMPANY);
        }
    }

    @Test
    void eachNewRowIsEmbeddedOnceByTheTwoWorkersAndFoundBySearch() {
        // The demo data's rows first: the count below must see only this class's rows being embedded.
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            for (String worker : TOPOLOGY.aiWorkers()) {
                JsonPath status = given().baseUri(worker).when().get("/embeddings/status").then().statusCode(200).extract().jsonPath();
                Map<String, Integer> backlog = status.getMap("backlog", String.class, Integer.class);
                assertThat(backlog.values()).as("rows waiting on %s", worker).allMatch(n -> n == 0);
                assertThat(status.getInt("retrying")).isZero();
            }
        });
        double before = InstanceMetrics.sum(TOPOLOGY.aiWorkers(), EMBEDDED, Map.of());

        List<Integer> ids = new ArrayList<>();
        try (TestDatabase db = new TestDatabase(TOPOLOGY.databaseUrl())) {
            db.update("INSERT INTO companies (id, name) VALUES (?, 'System test company')", COMPANY);
            for (String topic : TOPICS) {
                ids.add(given().baseUri(TOPOLOGY.api()).contentType(ContentType.JSON)
                        .body("{\"company_id\": \"%s\", \"category\": \"backend\", \"content\": \"%s\"}".formatted(COMPANY, content(topic)))
                        .when().post("/api/questions").then().statusCode(201).body("company_id", equalTo(COMPANY))
                        .extract().path("id"));
            }

            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(db.longValue("SELECT count(*) FROM questions WHERE company_id = ? AND embedding IS NOT NULL", COMPANY))
                        .as("questions embedded").isEqualTo(TOPICS.size());
                assertThat(InstanceMetrics.sum(TOPOLOGY.aiWorkers(), EMBEDDED, Map.of()) - before).isGreaterThanOrEqualTo(TOPICS.size());
            });
            // A row embedded twice would be counted twice: watch a while for a late second write.
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(InstanceMetrics.sum(TOPOLOGY.aiWorkers(), EMBEDDED, Map.of()) - before)
                            .as("rows embedded by the two workers together").isEqualTo(TOPICS.size()));
            assertThat(db.longValue("""
                    SELECT count(*) FROM embedding_states WHERE source = 'questions' AND key IN (SELECT id FROM questions WHERE company_id = ?)
                    """, COMPANY)).as("claims or failures left behind").isZero();
        }

        int target = ids.get(1);
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            JsonPath found = given().baseUri(TOPOLOGY.api()).queryParam("q", content(TOPICS.get(1))).queryParam("mode", "vector")
                    .queryParam("company_id", COMPANY).queryParam("k", 3)
                    .when().get("/api/questions/search").then().statusCode(200).extract().jsonPath();
            assertThat(found.getBoolean("degraded")).isFalse();
            assertThat(found.getInt("hits[0].id")).as("the nearest question").isEqualTo(target);
            assertThat(found.getBoolean("hits[0].embedded")).isTrue();
        });
    }

    private static String content(String topic) {
        return "Tell us about " + topic + " you worked on";
    }
}
