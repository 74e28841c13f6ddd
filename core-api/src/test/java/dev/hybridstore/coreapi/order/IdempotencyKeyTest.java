package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnShop;
import dev.hybridstore.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/orders with an Idempotency-Key: a retry gets the first attempt's order, never a second one. */
@QuarkusTest
class IdempotencyKeyTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("IDK");

    @Inject
    IdempotencyKeyCleanup cleanup;

    static Map<String, Object> order(int quantity) {
        return new HashMap<>(Map.of("user_id", SHOP.user(), "product_id", SHOP.product(), "quantity", quantity, "placed_at", "2025-03-01T09:30:00Z"));
    }

    static ValidatableResponse post(String key, Object body) {
        return given().log().ifValidationFails().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/orders").then().log().ifValidationFails();
    }

    /** The order ids stored for the key: one row, or none. */
    static List<String> keyRows(String key) {
        try (TestDatabase db = new TestDatabase()) {
            return db.strings("SELECT order_id FROM order_idempotency_keys WHERE idempotency_key = ?", key);
        }
    }

    @Test
    void aRetryWithTheSameKeyGetsTheServerPickedOrderIdAgainAndPublishesTheSameEvent() throws Exception {
        String key = SHOP.ids().next();
        String first = post(key, order(2)).statusCode(202).body("order_id", matchesPattern("O[0-9A-Z]{14,}"))
                .extract().path("order_id");
        // The same request in another spelling: other field order, spacing and time offset.
        String respelled = "{ \"placed_at\": \"2025-03-01T18:30:00+09:00\", \"quantity\": 2, \"product_id\": \"" + SHOP.product()
                + "\",\n \"user_id\": \"" + SHOP.user() + "\" }";
        post(key, respelled).statusCode(202).header("Location", endsWith("/api/orders/" + first)).body("order_id", equalTo(first))
                .body("status", equalTo("ACCEPTED"));

        assertThat(keyRows(key)).containsExactly(first);
        // Published twice under one order id, with the same content: the order-consumer stores it once.
        List<ConsumerRecord<String, String>> events = OrderEvents.of(SHOP.ids().prefix() + "_" + first, first, 2);
        assertThat(events).extracting(ConsumerRecord::value).containsOnly(events.get(0).value());
        assertThat(events.get(0).value()).contains("\"order_id\":\"" + first + "\"", "\"quantity\":2");
    }

    @Test
    void theKeyWithADifferentBodyIsAnUnprocessableProblemNamingTheHeader() throws Exception {
        String key = SHOP.ids().next();
        String first = post(key, order(1)).statusCode(202).extract().path("order_id");
        post(key, order(3)).statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Unprocessable Content"))
                .body("detail", equalTo("This Idempotency-Key was first used with a different request; retries must repeat that "
                        + "request unchanged, and a new order needs a new key"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("was used with a different body"));
        assertThat(keyRows(key)).containsExactly(first);
    }

    @Test
    void aClientChosenOrderIdMustAgreeWithItsKeyOnRetries() throws Exception {
        String key = SHOP.ids().next();
        String orderId = SHOP.ids().next();
        Map<String, Object> body = order(1);
        body.put("order_id", orderId);
        post(key, body).statusCode(202).body("order_id", equalTo(orderId));
        post(key, body).statusCode(202).body("order_id", equalTo(orderId));
        body.put("order_id", SHOP.ids().next());
        post(key, body).statusCode(422).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(keyRows(key)).containsExactly(orderId);
    }

    @Test
    void concurrentFirstUsesOfOneKeyGetOneOrderId() throws Exception {
        String key = SHOP.ids().next();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<String> client = () -> {
                    start.await();
                    return post(key, order(4)).statusCode(202).extract().path("order_id");
                };
                answers.add(pool.submit(client));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get());
            }
            assertThat(ids).hasSize(clients).containsOnly(ids.get(0));
            assertThat(keyRows(key)).containsExactly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBadKeyIsABadRequestNamingTheHeader() throws Exception {
        Map<String, String> bad = Map.of(
                "", "must be 1 to 255 characters",
                SHOP.ids().prefix() + "x".repeat(256), "must be 1 to 255 characters",
                SHOP.ids().prefix() + "\tkey", "must be printable ASCII",
                SHOP.ids().prefix() + "\u00e9", "must be printable ASCII");
        for (Map.Entry<String, String> key : bad.entrySet()) {
            post(key.getKey(), order(1)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("Idempotency-Key")).body("errors[0].message", equalTo(key.getValue()));
        }
        String longest = SHOP.ids().prefix() + "~".repeat(255 - SHOP.ids().prefix().length());
        post(longest, order(1)).statusCode(202);
        assertThat(keyRows(longest)).hasSize(1);
    }

    @Test
    void anExpiredKeyIsFreeForANewOrder() throws Exception {
        String key = SHOP.ids().next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.update("INSERT INTO order_idempotency_keys (idempotency_key, fingerprint, order_id, created_at) "
                    + "VALUES (?, repeat('0', 64), 'O_EXPIRED', now() - interval '25 hours')", key);
        }
        String orderId = post(key, order(1)).statusCode(202).body("order_id", not(equalTo("O_EXPIRED"))).extract().path("order_id");
        assertThat(keyRows(key)).containsExactly(orderId);
    }

    @Test
    void theCleanupDeletesExpiredKeysInBatchesAndKeepsLiveOnes() throws Exception {
        String live = SHOP.ids().next();
        List<String> expired = new ArrayList<>();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            for (int i = 0; i < 5; i++) {
                expired.add(SHOP.ids().next());
                db.update("INSERT INTO order_idempotency_keys (idempotency_key, fingerprint, order_id, created_at) "
                        + "VALUES (?, repeat('0', 64), 'O_OLD', now() - interval '24 hours 1 minute')", expired.get(i));
            }
            db.update("INSERT INTO order_idempotency_keys (idempotency_key, fingerprint, order_id, created_at) "
                    + "VALUES (?, repeat('0', 64), 'O_LIVE', now() - interval '23 hours')", live);
        }
        // Batches of 2: the 5 expired keys take three statements.
        assertThat(cleanup.deleteExpired(2).await().atMost(Duration.ofSeconds(10))).isGreaterThanOrEqualTo(5);
        for (String key : expired) {
            assertThat(keyRows(key)).as(key).isEmpty();
        }
        assertThat(keyRows(live)).containsExactly("O_LIVE");
    }
}
