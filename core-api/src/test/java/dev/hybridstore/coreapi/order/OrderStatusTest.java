package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class OrderStatusTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("OST");
    static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @Inject
    RedisDataSource redis;

    /** A stored order of the shop, placed on {@code day}. */
    static String order(String status, int total, LocalDate day) {
        String id = SHOP.ids().next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.order(id, SHOP.user(), SHOP.product(), SHOP.store(), 1, total, status, "CARD", day.atTime(10, 0));
        }
        return id;
    }

    static ValidatableResponse change(String id, String status) {
        return given().contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                .when().patch("/api/orders/{id}", id).then();
    }

    static JsonPath salesReport(LocalDate day) {
        return given().when().get("/api/stores/{id}/reports/{date}/sales", SHOP.store(), day.toString())
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPaidOrderCanBeCancelledAndAnswersWithTheChangedOrder() {
        String id = order("paid", 5000, DAY);

        change(id, "cancelled").statusCode(200).contentType(ContentType.JSON)
                .body("order_id", equalTo(id)).body("status", equalTo("cancelled")).body("total_amount", equalTo(5000))
                .body("store_id", equalTo((int) SHOP.store()));
        given().when().get("/api/orders/{id}", id).then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void aMoveTheCurrentStatusDoesNotAllowIsAConflictNamingBothStatuses() {
        String id = order("cancelled", 5000, DAY);

        change(id, "refunded").statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("current_status", equalTo("cancelled")).body("requested_status", equalTo("refunded"))
                .body("detail", containsString("'cancelled'")).body("detail", containsString("'refunded'"));
        given().when().get("/api/orders/{id}", id).then().body("status", equalTo("cancelled"));
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheField() {
        String id = order("paid", 5000, DAY);

        change(id, "lost").statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("'lost'"));
        given().contentType(ContentType.JSON).body("{}").when().patch("/api/orders/{id}", id)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aNewOrderWithAStatusOutsideTheSetIsABadRequestNamingTheAllowedOnes() {
        for (String status : List.of("PAID", "delivered", "")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("user_id", SHOP.user(), "product_id", SHOP.product(), "quantity", 1, "status", status))
                    .when().post("/api/orders").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("status"))
                    .body("errors[0].message", containsString("paid, shipped, completed, cancelled, refunded"));
        }
    }

    @Test
    void theDatabaseRefusesAStatusOutsideTheSetFromAnyWriter() {
        assertThatThrownBy(() -> order("DELIVERED", 5000, DAY)).hasStackTraceContaining("ck_orders_status");
    }

    @Test
    void anAbsentOrderIsNotFound() {
        change(SHOP.ids().next(), "cancelled").statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("does not exist"));
    }

    @Test
    void aCancelledOrderLeavesTheCachedSalesReportOfItsStoreAndDay() {
        LocalDate day = DAY.minusDays(1);
        order("paid", 3000, day);
        String cancelled = order("paid", 7000, day);
        assertThat(salesReport(day).getLong("report.figures.total_sales")).isEqualTo(10000);
        // Cached by then, unless a Redis command timed out on a loaded machine and the guard skipped the write.
        await().atMost(Duration.ofSeconds(30)).until(() -> salesReport(day).getBoolean("cached"));
        assertThat(salesReport(day).getLong("report.figures.total_sales")).isEqualTo(10000);

        change(cancelled, "cancelled").statusCode(200);

        JsonPath after = salesReport(day);
        assertThat(after.getBoolean("cached")).isFalse();
        assertThat(after.getLong("report.figures.order_count")).isEqualTo(1);
        assertThat(after.getLong("report.figures.total_sales")).isEqualTo(3000);
        redis.key().del(RedisKeys.report(SHOP.store(), day, "sales"));
    }

    @Test
    void ofConcurrentChangesOfOneOrderExactlyOneWins() throws Exception {
        String id = order("paid", 5000, DAY);
        // Both targets are final, so after the winner no other request may move the order.
        List<String> targets = List.of("cancelled", "refunded");
        List<Integer> codes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = IntStream.range(0, 8).mapToObj(i -> threads.submit(() -> {
                start.await();
                return change(id, targets.get(i % 2)).extract().statusCode();
            })).toList();
            start.countDown();
            for (Future<Integer> f : sent) {
                codes.add(f.get());
            }
        } finally {
            threads.shutdown();
        }

        assertThat(codes).containsOnly(200, 409);
        assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
    }
}
