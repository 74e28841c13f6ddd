package dev.hybridstore.cacheworker.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheMetricsTest {

    @Inject
    CacheService cache;
    @Inject
    RedisDataSource redis;

    @Test
    void aCycleIsMeasuredOnTheMetricsEndpoint() throws Exception {
        try (CacheFixtures rows = new CacheFixtures("MET", redis)) {
            rows.users(20);
            cache.runCycle().await().atMost(Duration.ofSeconds(30));
            long hashSize = rows.hashSize(CachedTable.USERS);
            long backlog = rows.neverCached(CachedTable.USERS);

            given().when().get("/q/metrics").then().statusCode(200).body(allOf(
                    containsString("hybridstore_cacheworker_cycle_duration_seconds_count{outcome=\"success\"}"),
                    containsString("hybridstore_cacheworker_rows_cached_count{table=\"users\"}"),
                    containsString("hybridstore_cacheworker_rows_cached_sum{table=\"products\"}"),
                    containsString("hybridstore_cacheworker_backlog{table=\"users\"} " + (double) backlog),
                    containsString("hybridstore_cacheworker_hash_size{hash=\"cache:users\"} " + (double) hashSize),
                    matchesPattern("(?s).*hybridstore_cacheworker_last_success_seconds \\d\\.\\d+E9.*")));
        }
    }
}
