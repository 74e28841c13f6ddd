package dev.hybridstore.coreapi.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits against the real Redis: each test is its own client (its own API key), so each has its own budget. */
@QuarkusTest
@TestProfile(ProtectionProfile.class)
class RateLimitTest {

    static final TestIds IDS = TestIds.create("RLT");
    static final int SEARCHES = ProtectionProfile.SEARCHES_PER_MINUTE;

    @Inject
    RedisDataSource redis;

    @Test
    void aClientGetsItsSearchesThenA429WithRetryAfterAndAProblemNamingTheLimit() {
        String key = IDS.next();
        awaitWindowWithAtLeast(Duration.ofSeconds(10), Limit.SEARCH);
        for (int i = 0; i < SEARCHES; i++) {
            search(key).statusCode(200).body("query", equalTo("river"));
        }
        long retryAfter = Long.parseLong(search(key).statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"))
                .body("limit", equalTo("search")).body("limit_per_window", equalTo(SEARCHES)).body("window_seconds", equalTo(60))
                .body("detail", containsString("search limit of 3 requests per 60 seconds"))
                .extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
    }

    @Test
    void everySearchEndpointDrawsOnTheOneSearchBudget() {
        String key = IDS.next();
        awaitWindowWithAtLeast(Duration.ofSeconds(10), Limit.SEARCH);
        for (int i = 0; i < SEARCHES; i++) {
            search(key).statusCode(200);
        }
        given().header("X-API-Key", key).queryParam("q", "river").when().get("/api/questions/search")
                .then().statusCode(429).body("limit", equalTo("search"));
        given().header("X-API-Key", key).queryParam("q", "river").when().get("/api/search/questions")
                .then().statusCode(429).body("limit", equalTo("search"));
        given().header("X-API-Key", key).queryParam("q", "river").when().get("/api/stores/1/manuals/search")
                .then().statusCode(429).body("limit", equalTo("search"));
    }

    @Test
    void twoApiKeysHaveSeparateBudgets() {
        String spent = IDS.next();
        String other = IDS.next();
        awaitWindowWithAtLeast(Duration.ofSeconds(10), Limit.SEARCH);
        for (int i = 0; i < SEARCHES; i++) {
            search(spent).statusCode(200);
        }
        search(spent).statusCode(429);
        search(other).statusCode(200);
    }

    @Test
    void whatAnotherInstanceCountedInRedisSpendsTheSameBudget() {
        String key = IDS.next();
        awaitWindowWithAtLeast(Duration.ofSeconds(10), Limit.SEARCH);
        // Another core-api instance served this client SEARCHES - 1 searches in this window: it counted them in the one key.
        String counter = ClientId.counterKey(Limit.SEARCH, ClientId.of(key, null, null, false),
                Window.at(System.currentTimeMillis(), Limit.SEARCH.window()));
        redis.value(Long.class).incrby(counter, SEARCHES - 1);
        search(key).statusCode(200);
        search(key).statusCode(429).body("limit", equalTo("search"));
        assertThat(redis.value(Long.class).get(counter)).isEqualTo(SEARCHES + 1);
    }

    @Test
    void orderIntakeIsLimitedPerSecondBeforeTheBodyIsRead() {
        String key = IDS.next();
        int orders = ProtectionProfile.ORDERS_PER_SECOND;
        awaitWindowWithAtLeast(Duration.ofMillis(700), Limit.ORDERS);
        for (int i = 0; i < orders; i++) {
            order(key, "/api/orders").statusCode(400).body("title", equalTo("Bad Request"));
        }
        order(key, "/api/orders/batch").statusCode(429).contentType(Problem.MEDIA_TYPE).header("Retry-After", "1")
                .body("limit", equalTo("orders")).body("limit_per_window", equalTo(orders)).body("window_seconds", equalTo(1))
                .body("detail", containsString("orders limit of 2 requests per second"));
    }

    @Test
    void unprotectedRoutesAreNotCounted() {
        String key = IDS.next();
        for (int i = 0; i < SEARCHES + 2; i++) {
            given().header("X-API-Key", key).when().get("/api/products/" + IDS.next()).then().statusCode(404);
        }
        assertThat(redis.key().keys("ratelimit:*:" + ClientId.of(key, null, null, false) + ":*"))
                .isEmpty();
    }

    private static ValidatableResponse search(String apiKey) {
        return given().header("X-API-Key", apiKey).queryParam("q", "river").when().get("/api/catalog/search").then();
    }

    private static ValidatableResponse order(String apiKey, String path) {
        return given().header("X-API-Key", apiKey).contentType("application/json").body("{}").when().post(path).then();
    }

    /** The budget of a window must not reset in the middle of a test. */
    private static void awaitWindowWithAtLeast(Duration left, Limit limit) {
        await().atMost(limit.window().plusSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> Window.at(System.currentTimeMillis(), limit.window()).millisLeft() >= left.toMillis());
    }
}
