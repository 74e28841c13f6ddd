package dev.hybridstore.coreapi.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnStores;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DELETE of users and products (seed 003's CRUD) against the real PostgreSQL and Redis: the row, then its cache entry. */
@QuarkusTest
class CachedDeleteTest {

    @RegisterExtension
    static final OwnStores STORES = OwnStores.tagged("CDL", "Seoul");
    static final TestIds IDS = STORES.ids();

    @Inject
    RedisDataSource redis;

    /** As the cache-worker or an earlier read would have: the test does not depend on a read reaching Redis. */
    private void cache(String hash, String id, String json) {
        redis.hash(String.class).hset(hash, id, json);
    }

    private String cached(String hash, String id) {
        return redis.hash(String.class).hget(hash, id);
    }

    /** A cached table: how the test writes a row straight to PostgreSQL, and how the API and the cache name it. */
    record Cached(String label, String path, String hash, String key, String name, BiConsumer<CommerceFixtures, String> insert) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Cached> cachedTables() {
        return Stream.of(
                new Cached("User", "/api/users/", RedisKeys.USERS, "user_id", "Leaving",
                        (db, id) -> db.user(id, "Leaving", "F", 33, "Incheon")),
                new Cached("Product", "/api/products/", RedisKeys.PRODUCTS, "product_id", "Discontinued",
                        (db, id) -> db.product(id, "Discontinued", "Food", 1200, STORES.main())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cachedTables")
    void aDeletedRowIsGoneFromPostgresAndFromTheCache(Cached table) throws Exception {
        String id = IDS.next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            table.insert().accept(db, id);
        }
        cache(table.hash(), id, "{\"" + table.key() + "\":\"" + id + "\",\"name\":\"" + table.name() + "\"}");

        given().when().delete(table.path() + id).then().statusCode(204);

        // Had Redis missed the HDEL, the entry would be stale: read from PostgreSQL, and dropped on a later read.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            given().when().get(table.path() + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("detail", equalTo(table.label() + " '" + id + "' does not exist"));
            assertThat(cached(table.hash(), id)).isNull();
        });
        given().header("Cache-Control", "no-cache").when().get(table.path() + id).then().statusCode(404);
    }

    @Test
    void aUserOrAProductThatOrdersReferenceStaysAndTheAnswerSaysWhy() throws Exception {
        String user = IDS.next();
        String product = IDS.next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(user, "Customer", "M", 41, "Busan");
            db.product(product, "Bestseller", "Books", 15000, STORES.main());
            db.order(IDS.next(), user, product, STORES.main(), 1, 15000, "completed", "card", LocalDateTime.now());
        }
        cache(RedisKeys.USERS, user, "{\"user_id\":\"" + user + "\",\"name\":\"Customer\"}");

        given().when().delete("/api/users/" + user).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo("User '" + user + "' cannot be deleted: Key (user_id)=(" + user
                        + ") is still referenced from table \"orders\"."));
        given().when().delete("/api/products/" + product).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Product '" + product + "' cannot be deleted: Key (product_id)=(" + product
                        + ") is still referenced from table \"orders\"."));

        assertThat(cached(RedisKeys.USERS, user)).as("a kept user keeps its entry").contains("\"Customer\"");
        given().header("Cache-Control", "no-cache").when().get("/api/users/" + user).then().statusCode(200)
                .body("name", equalTo("Customer"));
        given().header("Cache-Control", "no-cache").when().get("/api/products/" + product).then().statusCode(200)
                .body("name", equalTo("Bestseller"));
    }

    @Test
    void deletingAnAbsentUserOrProductIsANotFoundProblem() {
        String id = IDS.next();
        given().when().delete("/api/users/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("User '" + id + "' does not exist"));
        given().when().delete("/api/products/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Product '" + id + "' does not exist"));
    }
}
