package dev.hybridstore.systemtests.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.systemtests.topology.InstanceMetrics;
import dev.hybridstore.systemtests.topology.OwnCommerceRows;
import dev.hybridstore.systemtests.topology.Topology;
import dev.hybridstore.testsupport.CommerceFixtures;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Orders posted through haproxy (either core-api, 3 brokers with replication 3) are stored once each by the three
 * order-consumers, which share the 9 partitions of {@code orders}.
 */
class OrderPipelineIT {

    static final Topology TOPOLOGY = Topology.fromEnvironment();
    @RegisterExtension
    static final OwnCommerceRows ROWS = OwnCommerceRows.tagged("SYO");
    static final String STORED = "hybridstore_orders_stored_total";
    static final int ORDERS = 90;

    @Test
    void everyAcceptedOrderIsStoredExactlyOnceAcrossTheThreeConsumers() {
        String user = ROWS.prefix() + "_user", product = ROWS.prefix() + "_product";
        long store;
        try (CommerceFixtures db = ROWS.database()) {
            store = db.store(ROWS.prefix() + " store", "Incheon");
            db.user(user, "Pipeline buyer", "M", 27, "Incheon");
            db.product(product, "Green tea", "tea", 4000, store);
        }
        List<Double> before = InstanceMetrics.each(TOPOLOGY.orderConsumers(), STORED, Map.of());
        List<String> ids = IntStream.rangeClosed(1, ORDERS).mapToObj(i -> ROWS.prefix() + "_o" + i).toList();
        for (String id : ids) {
            given().baseUri(TOPOLOGY.api()).contentType(ContentType.JSON)
                    .body("{\"order_id\": \"%s\", \"user_id\": \"%s\", \"product_id\": \"%s\", \"quantity\": 2}".formatted(id, user, product))
                    .when().post("/api/orders").then().statusCode(202).body("order_id", equalTo(id)).body("status", equalTo("ACCEPTED"));
        }

        try (CommerceFixtures db = ROWS.database()) {
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(
                    db.longValue("SELECT count(*) FROM orders WHERE order_id LIKE ?", ROWS.prefix() + "%")).isEqualTo(ORDERS));
            assertThat(db.strings("""
                    SELECT order_id FROM orders
                     WHERE order_id LIKE ? AND user_id = ? AND product_id = ? AND quantity = 2 AND total_amount = 8000
                       AND category = 'tea' AND store_id = ? AND user_region = 'Incheon' AND user_age_group = '20대'
                    """, ROWS.prefix() + "%", user, product, store))
                    .as("each order stored once, denormalized").containsExactlyInAnyOrderElementsOf(ids);
        }
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            List<Double> stored = InstanceMetrics.delta(before, InstanceMetrics.each(TOPOLOGY.orderConsumers(), STORED, Map.of()));
            assertThat(stored.stream().mapToDouble(Double::doubleValue).sum()).as("inserted by the consumers %s", stored).isEqualTo(ORDERS);
            assertThat(stored).as("each consumer holds its share of the partitions").allMatch(n -> n > 0);
        });
        given().baseUri(TOPOLOGY.api()).when().get("/api/orders/{id}", ids.get(0)).then().statusCode(200)
                .body("order_id", equalTo(ids.get(0))).body("total_amount", equalTo(8000)).body("store_id", equalTo((int) store));
    }
}
