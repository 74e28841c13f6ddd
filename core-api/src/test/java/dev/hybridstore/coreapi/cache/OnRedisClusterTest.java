package dev.hybridstore.coreapi.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.RedisClusterProfile;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** core-api's Redis features on a Redis Cluster: cache-aside, the random pick (HRANDFIELD), the report reset by pattern. */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
@RedisClusterProfile.Required
class OnRedisClusterTest {

    static final TestIds IDS = TestIds.create("RCL");

    @Inject
    RedisDataSource redis;

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
    }

    @Test
    void theClientIsTheClusters() {
        assertThat(redis.execute("CLUSTER", "INFO").toString()).contains("cluster_state:ok", "cluster_known_nodes:6");
    }

    @Test
    void readinessSaysTheClusterServes() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'redis' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'redis' }.data.serving", equalTo("Redis"));
    }

    @Test
    void aMissIsWrittenBackAndTheNextReadServedFromTheCache() throws Exception {
        String id = IDS.next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(id, "On the cluster", "F", 31, "Busan");
            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("On the cluster"));
            assertThat(redis.hash(String.class).hget(RedisKeys.USERS, id)).contains("\"On the cluster\"");

            db.update("UPDATE users SET name = 'Changed behind the cache' WHERE user_id = ?", id);
            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("On the cluster"));
        }
    }

    @Test
    void theRandomPickIsOneOfTheCachedUsers() {
        String first = IDS.next(), second = IDS.next();
        redis.key().del(RedisKeys.USERS);
        redis.hash(String.class).hset(RedisKeys.USERS, Map.of(first, "{\"user_id\":\"" + first + "\",\"name\":\"One\"}",
                second, "{\"user_id\":\"" + second + "\",\"name\":\"Two\"}"));
        try {
            for (int i = 0; i < 5; i++) {
                given().when().get("/api/users/random").then().statusCode(200).contentType(ContentType.JSON)
                        .body("user_id", oneOf(first, second)).body("name", oneOf("One", "Two"));
            }
        } finally {
            redis.key().del(RedisKeys.USERS);
        }
    }

    /** 60 keys of one store fall on every master: the reset must scan each, not the one node a SCAN reaches. */
    @Test
    void aStoresResetFindsItsReportsOnEveryMaster() throws Exception {
        long store, otherStore;
        try (CommerceFixtures db = CommerceFixtures.open()) {
            store = db.store(IDS.prefix() + " main", "Seoul");
            otherStore = db.store(IDS.prefix() + " other", "Seoul");
        }
        LocalDate day = LocalDate.of(2025, 1, 9);
        List<String> ours = IntStream.range(0, 30).boxed()
                .flatMap(i -> List.of(RedisKeys.report(store, day.minusDays(i), "sales"), RedisKeys.report(store, day.minusDays(i), "orders")).stream())
                .toList();
        String theirs = RedisKeys.report(otherStore, day, "sales");
        ours.forEach(key -> redis.value(String.class).setex(key, 600, "{\"stale\": true}"));
        redis.value(String.class).setex(theirs, 600, "{\"stale\": true}");
        assertThat(ours.stream().map(key -> master(redis.execute("CLUSTER", "KEYSLOT", key).toInteger())).distinct())
                .as("the store's reports sit on all three masters").hasSize(3);

        given().when().delete("/api/stores/{id}/reports", store).then().statusCode(200)
                .body("store_id", equalTo((int) store)).body("dropped", equalTo(ours.size()));

        // KEYS, which the cluster client sends to every master, is fine in a test.
        assertThat(redis.key().keys(RedisKeys.reportPattern(store))).isEmpty();
        assertThat(redis.key().exists(theirs)).isTrue();
        redis.key().del(theirs);
    }

    /** The slot ranges redis-cli --cluster create gives three masters. */
    private static int master(int slot) {
        return slot <= 5460 ? 0 : slot <= 10922 ? 1 : 2;
    }
}
