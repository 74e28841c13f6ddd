package dev.hybridstore.coreapi.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.LogCapture;
import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stale marks shared through PostgreSQL: this instance honours the marks another instance writes (a row of
 * cache_stale_entries and its notification, the statement StaleMarkRepository runs) and deletes them once its HDEL
 * succeeded. Redis is up here; the instance that marks is in StaleMarkOnRedisDownTest.
 */
@QuarkusTest
class SharedStaleMarksTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("SSM");

    /** What another core-api instance runs when its write-through of the entry failed. */
    private static final String MARK = """
            WITH marked AS (INSERT INTO cache_stale_entries (hash, id) VALUES (?, ?) ON CONFLICT (hash, id) DO NOTHING
                            RETURNING hash, id)
            SELECT pg_notify('cache_stale_entries', 'mark ' || hash || ' ' || id) FROM marked""";

    @Inject
    RedisDataSource redis;

    /**
     * A user cached as "Old" whose row another instance then changed to "New" without reaching Redis: this instance
     * still answers the cached "Old" until it learns of the mark.
     */
    private String cachedThenChangedBehindTheCache(CommerceFixtures db) {
        String id = SHOP.ids().next();
        db.user(id, "Old", "F", 31, "Incheon");
        given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Old"));
        db.update("UPDATE users SET name = 'New' WHERE user_id = ?", id);
        given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Old"));
        return id;
    }

    private static long marks(CommerceFixtures db, String id) {
        return db.longValue("SELECT count(*) FROM cache_stale_entries WHERE hash = ? AND id = ?", RedisKeys.USERS, id);
    }

    private String cached(String id) {
        return Objects.toString(redis.hash(String.class).hget(RedisKeys.USERS, id), "");
    }

    @Test
    void aMarkFromAnotherInstanceIsReadFromPostgresAndDroppedOnceRedisTookTheHdel() {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            String id = cachedThenChangedBehindTheCache(db);

            db.strings(MARK, RedisKeys.USERS, id);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("New")));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(marks(db, id)).as("the mark, deleted for every instance after the HDEL").isZero();
                assertThat(cached(id)).doesNotContain("\"Old\"");
            });
            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("New"));
        }
    }

    @Test
    void marksMadeWhileTheListenerWasDisconnectedAreReadWhenItListensAgain() {
        try (CommerceFixtures db = CommerceFixtures.open(); LogCapture logs = LogCapture.start()) {
            String id = cachedThenChangedBehindTheCache(db);
            // A mark whose notification this instance missed: only reading the table at resubscription finds it.
            db.update("INSERT INTO cache_stale_entries (hash, id) VALUES (?, ?)", RedisKeys.USERS, id);
            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Old"));

            assertThat(db.strings("SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE application_name = ?",
                    StaleMarks.APPLICATION_NAME)).as("this instance's listening connection").containsExactly("true");

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("New")));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(marks(db, id)).isZero());
            assertThat(logs.warnings(StaleMarks.class.getName())).extracting(LogCapture::text)
                    .singleElement().asString().startsWith("Not receiving other instances' stale cache marks");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(logs.records()).extracting(LogCapture::text)
                    .anyMatch(text -> text.startsWith("Receiving other instances' stale cache marks again")));
        }
    }
}
