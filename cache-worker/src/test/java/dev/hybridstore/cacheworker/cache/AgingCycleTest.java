package dev.hybridstore.cacheworker.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.hybridstore.model.commerce.User;
import dev.hybridstore.model.kafka.Json;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgingCycleTest {

    private static final Duration CYCLE_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    CacheService cache;
    @Inject
    RedisDataSource redis;
    @Inject
    CacheConfig config;

    CacheFixtures rows;

    @BeforeEach
    void ownRows() {
        rows = new CacheFixtures("AGE", redis);
    }

    @AfterEach
    void dropOwnRows() throws Exception {
        rows.close();
    }

    @Test
    void everyRowIsCachedWithinRowsOverNewBatchCycles() {
        List<String> users = rows.users(1_234);
        List<String> products = rows.products(567);
        // The cycle sees the whole table: count every never-cached row, ours and any left by others.
        long users0 = rows.neverCached(CachedTable.USERS);
        long products0 = rows.neverCached(CachedTable.PRODUCTS);
        long cycles = Math.max(ceilDiv(users0, config.newBatch()), ceilDiv(products0, config.newBatch()));

        for (int i = 0; i < cycles; i++) {
            cache.runCycle().await().atMost(CYCLE_TIMEOUT);
        }

        assertThat(rows.neverCached(CachedTable.USERS)).isZero();
        assertThat(rows.neverCached(CachedTable.PRODUCTS)).isZero();
        assertThat(rows.stampedUsers()).containsExactlyInAnyOrderElementsOf(users);
        assertThat(rows.stampedProducts()).containsExactlyInAnyOrderElementsOf(products);
    }

    @Test
    void refreshEndpointRunsACycleAndReportsWhatItCachedStampedAndEvicted() {
        rows.users(700);
        rows.products(300);
        long backlogBefore = rows.neverCached(CachedTable.USERS);

        JsonPath report = given().when().post("/cache/refresh").then().statusCode(200)
                .body("duration_ms", greaterThan(0f))
                .body("tables.table", equalTo(List.of("users", "products")))
                .body("tables.hash", equalTo(List.of("cache:users", "cache:products")))
                .extract().jsonPath();

        int cached = report.getInt("tables[0].cached");
        int fresh = report.getInt("tables[0].fresh");
        assertThat(fresh).isEqualTo(Math.min(config.newBatch(), backlogBefore));
        assertThat(cached).isEqualTo(fresh + report.getInt("tables[0].aged"));
        assertThat(report.getInt("tables[0].stamped")).isEqualTo(cached);
        assertThat(report.getLong("tables[0].hash_size")).isEqualTo(rows.hashSize(CachedTable.USERS))
                .isLessThanOrEqualTo(config.windowSize());
        assertThat(report.getLong("tables[0].backlog")).isEqualTo(rows.neverCached(CachedTable.USERS))
                .isEqualTo(backlogBefore - fresh);
    }

    @Test
    void cachedEntryIsTheRowAsItIsOnceStampedInTheSharedJson() throws Exception {
        rows.cycleUntilNothingIsNew(cache);
        String id = rows.users(1).get(0); // now the only never-cached user: the next pick's fresh row
        cache.runCycle().await().atMost(CYCLE_TIMEOUT);

        String json = redis.hash(String.class).hget(CachedTable.USERS.hash(), id);
        assertThat(json).as("entry of %s", id).isNotNull();
        User cached = Json.MAPPER.readValue(json, User.class);
        assertThat(cached.userId()).isEqualTo(id);
        assertThat(cached.name()).isEqualTo("Cache tester 1");
        assertThat(cached.ageGroup()).isEqualTo("30대");
        try (var st = rows.connection().prepareStatement("SELECT last_cached_at FROM users WHERE user_id = ?")) {
            st.setString(1, id);
            var rs = st.executeQuery();
            rs.next();
            assertThat(cached.lastCachedAt()).isNotNull().isEqualTo(rs.getObject(1, LocalDateTime.class));
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
