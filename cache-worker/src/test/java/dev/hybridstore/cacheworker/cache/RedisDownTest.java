package dev.hybridstore.cacheworker.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.testsupport.ConfigProfile;
import dev.hybridstore.testsupport.LogCapture;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RedisDownTest.RedisAtAClosedPort.class)
class RedisDownTest extends CacheCycleTest {

    @Override
    RedisDataSource fixturesRedis() {
        return null;
    }

    public static class RedisAtAClosedPort extends ConfigProfile {
        public RedisAtAClosedPort() {
            super("quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Test
    void aCycleWithRedisDownStampsNothingAndLogsOneWarningWithoutStackTrace() {
        rows.users(50);
        rows.products(50);
        long usersNew = rows.neverCached(CachedTable.USERS);
        Timestamp before = rows.databaseNow();

        try (LogCapture logs = LogCapture.start()) {
            assertThatThrownBy(() -> cache.runCycle().await().atMost(Duration.ofSeconds(30)))
                    .isInstanceOf(StoreUnavailable.class)
                    .hasMessageContaining("users: Redis unavailable").hasMessageContaining("products: Redis unavailable");

            assertThat(logs.warnings("dev.hybridstore")).singleElement()
                    .satisfies(r -> assertThat(LogCapture.text(r)).contains("Redis unavailable"));
            assertThat(logs.withStackTraces()).isEmpty();
        }
        assertThat(rows.stampedSince(CachedTable.USERS, before)).isEmpty();
        assertThat(rows.stampedSince(CachedTable.PRODUCTS, before)).isEmpty();
        assertThat(rows.neverCached(CachedTable.USERS)).isEqualTo(usersNew);
    }

    @Test
    void refreshAnswers503WithAProblemNamingRedis() {
        given().when().post("/cache/refresh").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("Redis unavailable"));
    }
}
