package dev.hybridstore.systemtests.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.commerce.User;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.systemtests.topology.ClusterRedis;
import dev.hybridstore.systemtests.topology.InstanceMetrics;
import dev.hybridstore.systemtests.topology.OwnCommerceRows;
import dev.hybridstore.systemtests.topology.Topology;
import dev.hybridstore.testsupport.CommerceFixtures;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cache-aside and the random pick through haproxy, with both core-api instances sharing the Redis Cluster. */
class CacheAsideThroughHaproxyIT {

    static final Topology TOPOLOGY = Topology.fromEnvironment();
    @RegisterExtension
    static final OwnCommerceRows ROWS = OwnCommerceRows.tagged("SYC");
    static final String HITS = "hybridstore_coreapi_cache_reads_total";
    static ClusterRedis redis;

    @BeforeAll
    static void connect() {
        redis = new ClusterRedis(TOPOLOGY.redisNodes());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Test
    void aWriteGoesToTheClusterAndEveryReadOnEitherInstanceIsAHit() {
        String id = ROWS.ids().next();
        try (CommerceFixtures db = ROWS.database()) {
            db.user(id, "Before the write", "F", 41, "Busan");
        }
        given().baseUri(TOPOLOGY.api()).contentType(ContentType.JSON)
                .body("{\"name\": \"Written through haproxy\", \"gender\": \"F\", \"age\": 41, \"region\": \"Busan\"}")
                .when().put("/api/users/{id}", id).then().statusCode(200).body("name", equalTo("Written through haproxy"));
        assertThat(redis.hget(RedisKeys.USERS, id)).as("the entry the write put in the cluster").contains("\"Written through haproxy\"");

        // A cache-worker cycle may evict the entry between two reads (it trims entries it did not cache); then try again.
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            int reads = 6;
            List<Double> before = InstanceMetrics.each(TOPOLOGY.coreApis(), HITS, Map.of("cache", "cache:users", "result", "hit"));
            for (int i = 0; i < reads; i++) {
                given().baseUri(TOPOLOGY.api()).when().get("/api/users/{id}", id).then().statusCode(200)
                        .body("user_id", equalTo(id)).body("name", equalTo("Written through haproxy")).body("age_group", equalTo("40대"));
            }
            List<Double> hits = InstanceMetrics.delta(before,
                    InstanceMetrics.each(TOPOLOGY.coreApis(), HITS, Map.of("cache", "cache:users", "result", "hit")));
            assertThat(hits.stream().mapToDouble(Double::doubleValue).sum()).as("hits over both instances").isEqualTo(reads);
            assertThat(hits).as("haproxy sends reads to both instances").allMatch(h -> h > 0);
        });
    }

    @Test
    void theRandomPickIsAnEntryOfTheClustersHash() {
        for (int i = 0; i < 5; i++) {
            String body = given().baseUri(TOPOLOGY.api()).when().get("/api/users/random").then().statusCode(200)
                    .contentType(ContentType.JSON).extract().asString();
            User picked = read(body);
            String entry = redis.hget(RedisKeys.USERS, picked.userId());
            assertThat(entry).as("cache:users holds the picked user %s", picked.userId()).isNotNull();
            // A cycle may have cached the user again since (a later last_cached_at): the row itself must be the same.
            assertThat(read(entry)).usingRecursiveComparison().ignoringFields("lastCachedAt").isEqualTo(picked);
        }
    }

    private static User read(String json) {
        try {
            return Json.MAPPER.readValue(json, User.class);
        } catch (Exception e) {
            throw new IllegalStateException("not a user: " + json, e);
        }
    }
}
