package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.coreapi.web.KeysetPages;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.OwnShop;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class OrderResourceTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("ORD");

    static Map<String, Object> order(String userId, String productId, int quantity) {
        return new HashMap<>(Map.of("user_id", userId, "product_id", productId, "quantity", quantity));
    }

    /** The event with this key on topic 'orders'. */
    static ConsumerRecord<String, String> eventOf(String orderId) {
        return OrderEvents.of(SHOP.ids().prefix() + "_" + orderId, orderId, 1).get(0);
    }

    @Test
    void anAcceptedOrderIsOnTheTopicKeyedByItsId() throws Exception {
        String orderId = SHOP.ids().next();
        Map<String, Object> body = order(SHOP.user(), SHOP.product(), 2);
        body.put("order_id", orderId);
        body.put("payment_method", "CARD");
        given().contentType(ContentType.JSON).body(body).when().post("/api/orders")
                .then().statusCode(202).header("Location", endsWith("/api/orders/" + orderId))
                .body("order_id", equalTo(orderId)).body("status", equalTo("ACCEPTED"));

        ConsumerRecord<String, String> record = eventOf(orderId);
        JsonNode event = Json.MAPPER.readTree(record.value());
        assertThat(event.get("order_id").asText()).isEqualTo(orderId);
        assertThat(event.get("user_id").asText()).isEqualTo(SHOP.user());
        assertThat(event.get("product_id").asText()).isEqualTo(SHOP.product());
        assertThat(event.get("quantity").asInt()).isEqualTo(2);
        assertThat(event.get("payment_method").asText()).isEqualTo("CARD");
        assertThat(event.get("schema_version").asInt()).isEqualTo(1);
        assertThat(event.get("placed_at").asText()).isNotBlank();
    }

    @Test
    void theServerAssignsAnOrderIdWhenAbsent() {
        String orderId = given().contentType(ContentType.JSON).body(order(SHOP.user(), SHOP.product(), 1)).when().post("/api/orders")
                .then().statusCode(202).body("order_id", matchesPattern("O[0-9A-Z]{14,}")).extract().path("order_id");
        assertThat(eventOf(orderId).value()).contains("\"order_id\":\"" + orderId + "\"");
    }

    @Test
    void anUnknownUserIsAnUnprocessableProblemNamingIt() {
        String ghost = SHOP.ids().next();
        given().contentType(ContentType.JSON).body(order(ghost, SHOP.product(), 1)).when().post("/api/orders")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Unprocessable Content"))
                .body("errors.field", containsInAnyOrder("user_id"))
                .body("errors[0].message", equalTo("no user '" + ghost + "'"));
    }

    @Test
    void anUnknownUserAndProductAreBothNamed() {
        given().contentType(ContentType.JSON).body(order(SHOP.ids().next(), SHOP.ids().next(), 1)).when().post("/api/orders")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("errors.field", containsInAnyOrder("user_id", "product_id"));
    }

    @Test
    void anUnsupportedSchemaVersionIsABadRequest() {
        Map<String, Object> body = order(SHOP.user(), SHOP.product(), 1);
        body.put("schema_version", 2);
        given().contentType(ContentType.JSON).body(body).when().post("/api/orders")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("schema_version"));
    }

    @Test
    void anOrderIsNotFoundUntilTheConsumerHasStoredIt() throws Exception {
        String orderId = SHOP.ids().next();
        given().when().get("/api/orders/" + orderId).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Not Found"));
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.order(orderId, SHOP.user(), SHOP.product(), SHOP.store(), 3, 15000, "paid", "CARD", LocalDateTime.of(2025, 1, 9, 10, 30));
        }
        given().when().get("/api/orders/" + orderId).then().statusCode(200)
                .body("order_id", equalTo(orderId)).body("quantity", equalTo(3)).body("total_amount", equalTo(15000))
                .body("user_age_group", equalTo("30대")).body("store_id", equalTo((int) SHOP.store()))
                .body("created_at", equalTo("2025-01-09T10:30:00"));
    }

    @Test
    void listsAUsersOrdersOfADateRangeInKeysetPages() throws Exception {
        String buyer = SHOP.ids().prefix() + "_list_user";
        List<String> expected = new ArrayList<>();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(buyer, "Lister", "M", 45, "Incheon");
            LocalDate day = LocalDate.of(2024, 3, 1);
            for (int i = 0; i < 6; i++) {
                String id = SHOP.ids().prefix() + "_list_" + i;
                // two orders share each timestamp, so the order_id tie-break is exercised across pages
                db.order(id, buyer, SHOP.product(), SHOP.store(), 1, 1000, "paid", "CARD", day.plusDays(i / 2).atTime(12, 0));
                if (i < 4) {
                    expected.add(id); // 2024-03-01 and 2024-03-02, inclusive
                }
            }
        }
        List<JsonPath> pages = KeysetPages.walk("/api/orders", Map.of("user_id", buyer, "from", "2024-03-01", "to", "2024-03-02", "limit", 3));
        assertThat(KeysetPages.items(pages, "order_id", String.class)).containsExactlyElementsOf(expected);

        List<String> ofStore = given().queryParam("store_id", SHOP.store()).queryParam("user_id", buyer).queryParam("limit", 100)
                .when().get("/api/orders").then().statusCode(200).extract().jsonPath().getList("items.order_id");
        assertThat(ofStore).hasSize(6);
    }

    @Test
    void aDeepPageSeeksTheKeysetIndexInsteadOfRescanningEarlierRows() throws Exception {
        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl()); Statement settings = db.createStatement()) {
            // The table is tiny here, so forbid sequential scans: the plan shows whether the cursor is an index condition.
            settings.execute("SET enable_seqscan = off");
            settings.execute("PREPARE deep_page (timestamp, varchar, varchar, bigint, timestamp, timestamp, int) AS "
                    + OrderRepository.PAGE);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = settings.executeQuery(
                    "EXPLAIN EXECUTE deep_page ('2025-01-09 12:00', 'O_cursor', NULL, NULL, NULL, NULL, 21)")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan).contains("ix_orders_created_at_order_id").containsPattern("Index Cond: .*order_id");
        }
    }

    @Test
    void badListParametersAreBadRequests() {
        given().queryParam("from", "2024-03-05").queryParam("to", "2024-03-01").when().get("/api/orders")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("from"));
        given().queryParam("from", "yesterday").when().get("/api/orders")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("from"));
        given().queryParam("after", "not-a-cursor").when().get("/api/orders")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("after"));
    }
}
