package dev.hybridstore.coreapi.user;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 002's lazy loading and write-through on cache:users, against the real Redis. */
@QuarkusTest
class UserCacheTest {

    static final TestIds IDS = TestIds.create("UCA");

    @Inject
    RedisDataSource redis;

    HashCommands<String, String, String> hash;

    @BeforeEach
    void hashes() {
        hash = redis.hash(String.class, String.class, String.class);
    }

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
    }

    /** A new user named {@code name}, created through the API and read once (the read caches it). */
    private String createdAndRead(String name) {
        String id = IDS.next();
        given().contentType(ContentType.JSON).body(Map.of("user_id", id, "name", name, "region", "Daegu")).when().post("/api/users")
                .then().statusCode(201);
        given().when().get("/api/users/" + id).then().body("name", equalTo(name));
        return id;
    }

    @Test
    void aMissReadsTheDatabaseAndWritesTheEntryBack() throws Exception {
        String id = IDS.next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(id, "Lazy Loaded", "F", 27, "Busan");
        }
        assertThat(hash.hget(RedisKeys.USERS, id)).isNull();

        given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Lazy Loaded"));

        String cached = hash.hget(RedisKeys.USERS, id);
        assertThat(cached).isNotNull();
        assertThat(Json.MAPPER.readTree(cached).get("user_id").asText()).isEqualTo(id);
        assertThat(Json.MAPPER.readTree(cached).get("age_group").asText()).isEqualTo("20대");
    }

    @Test
    void returnsCachedUserWithoutTouchingTheDatabase() throws Exception {
        String id = IDS.next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(id, "Original", "M", 40, "Seoul");
            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Original"));

            db.update("UPDATE users SET name = 'Changed behind the cache' WHERE user_id = ?", id);

            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Original"));
            given().header("Cache-Control", "no-cache").when().get("/api/users/" + id)
                    .then().statusCode(200).body("name", equalTo("Changed behind the cache"));
            // no-cache bypasses the cache entirely: the stale entry is still there
            assertThat(hash.hget(RedisKeys.USERS, id)).contains("\"Original\"");
        }
    }

    @Test
    void anUpdateWritesThroughToTheCache() {
        String id = createdAndRead("Before");

        given().contentType(ContentType.JSON).body(Map.of("name", "After", "region", "Daegu")).when().put("/api/users/" + id)
                .then().statusCode(200);

        assertThat(hash.hget(RedisKeys.USERS, id)).contains("\"After\"");
        given().when().get("/api/users/" + id).then().body("name", equalTo("After"));
    }

    @Test
    void anUpdateRedisRefusedIsNeverAnsweredWithTheOldEntryAfterRedisRecovers() {
        String id = createdAndRead("Before");
        assertThat(hash.hget(RedisKeys.USERS, id)).contains("\"Before\"");

        // Redis keeps its data but refuses writes (full, noeviction): the write-through fails, the old entry stays.
        String maxmemory = redis.execute("CONFIG", "GET", "maxmemory").get("maxmemory").toString();
        String policy = redis.execute("CONFIG", "GET", "maxmemory-policy").get("maxmemory-policy").toString();
        try {
            redis.execute("CONFIG", "SET", "maxmemory-policy", "noeviction");
            redis.execute("CONFIG", "SET", "maxmemory", "1");
            given().contentType(ContentType.JSON).body(Map.of("name", "After", "region", "Daegu")).when().put("/api/users/" + id)
                    .then().statusCode(200).body("name", equalTo("After"));
            given().when().get("/api/users/" + id).then().body("name", equalTo("After"));
        } finally {
            redis.execute("CONFIG", "SET", "maxmemory", maxmemory);
            redis.execute("CONFIG", "SET", "maxmemory-policy", policy);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            given().when().get("/api/users/" + id).then().body("name", equalTo("After"));
            assertThat(Objects.toString(hash.hget(RedisKeys.USERS, id), "")).as("the old entry is dropped once Redis answers")
                    .doesNotContain("\"Before\"");
        });
        given().when().get("/api/users/" + id).then().body("name", equalTo("After"));
    }

    @Test
    void randomFromAnEmptyCacheIsANotFoundNamingTheCacheWorker() {
        redis.key().del(RedisKeys.USERS);
        given().when().get("/api/users/random").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("The cache 'cache:users' is empty: the cache-worker fills it from PostgreSQL every 50 s; "
                        + "check that it is running"));
    }

    @Test
    void randomAnswersOneOfTheCachedUsers() {
        redis.key().del(RedisKeys.USERS);
        String first = IDS.next();
        String second = IDS.next();
        hash.hset(RedisKeys.USERS, Map.of(first, "{\"user_id\":\"" + first + "\",\"name\":\"One\"}",
                second, "{\"user_id\":\"" + second + "\",\"name\":\"Two\"}"));
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/users/random").then().statusCode(200).contentType(ContentType.JSON)
                    .body("user_id", oneOf(first, second));
        }
        redis.key().del(RedisKeys.USERS);
    }

    @Test
    void randomWithNoCachePicksFromPostgresEvenWhenTheCacheIsEmpty() {
        redis.key().del(RedisKeys.USERS);
        given().contentType(ContentType.JSON).body(Map.of("user_id", IDS.next(), "name", "Random"))
                .when().post("/api/users").then().statusCode(201);
        redis.key().del(RedisKeys.USERS);
        given().header("Cache-Control", "no-cache").when().get("/api/users/random").then().statusCode(200)
                .contentType(ContentType.JSON).body("user_id", notNullValue());
        assertThat(redis.key().exists(RedisKeys.USERS)).isFalse();
    }
}
