package dev.hybridstore.coreapi.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.coreapi.web.OutageProfile;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis down: a write whose write-through fails leaves a mark in PostgreSQL for every instance before it is answered,
 * and a mark another instance drops (after its HDEL succeeded) is forgotten here too.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
class StaleMarkOnRedisDownTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("SMD");

    /** What another core-api instance runs once its HDEL of the entries succeeded. */
    private static final String DROP = """
            WITH dropped AS (DELETE FROM cache_stale_entries WHERE hash = ? AND id = ? RETURNING hash, id)
            SELECT pg_notify('cache_stale_entries', 'drop ' || hash || ' ' || id) FROM dropped""";

    @Inject
    StaleMarks marks;

    private static String marked(CommerceFixtures db, String hash, String id) {
        return String.join(",", db.strings("SELECT hash || ' ' || id FROM cache_stale_entries WHERE hash = ? AND id = ?", hash, id));
    }

    @Test
    void anUpdateThatMissedRedisIsMarkedInPostgresBeforeItIsAnswered() {
        String id = SHOP.ids().next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(id, "Before", "M", 45, "Ulsan");
            given().contentType(ContentType.JSON).body(Map.of("name", "After", "region", "Ulsan")).when().put("/api/users/" + id)
                    .then().statusCode(200).body("name", equalTo("After"));

            assertThat(marked(db, RedisKeys.USERS, id)).isEqualTo(RedisKeys.USERS + " " + id);
            assertThat(marks.contains(RedisKeys.USERS, id)).isTrue();
            given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("After"));

            db.strings(DROP, RedisKeys.USERS, id);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(marks.contains(RedisKeys.USERS, id)).isFalse());
        }
    }

    @Test
    void aDeleteThatMissedRedisIsMarkedInPostgres() {
        String id = SHOP.ids().next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.product(id, "Mocha", "coffee", 5200, SHOP.store());
            given().when().delete("/api/products/" + id).then().statusCode(204);

            assertThat(marked(db, RedisKeys.PRODUCTS, id)).isEqualTo(RedisKeys.PRODUCTS + " " + id);
            given().when().get("/api/products/" + id).then().statusCode(404).body("detail", equalTo("Product '" + id + "' does not exist"));
        }
    }
}
