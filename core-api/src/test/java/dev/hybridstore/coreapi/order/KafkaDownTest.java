package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.hybridstore.coreapi.web.OutageProfile;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The orders producer cannot reach Kafka: POST /api/orders refuses with a 503 problem naming the order and the outcome
 * 'refused', instead of accepting what it cannot deliver.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
class KafkaDownTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("KDN");

    static String body(String orderIdMember) {
        return "{" + orderIdMember + "\"user_id\":\"" + SHOP.user() + "\",\"product_id\":\"" + SHOP.product() + "\",\"quantity\":1}";
    }

    /** No broker ever told the producer where topic 'orders' lives: the record never left it. */
    @Test
    void anOrderNoBrokerCouldTakeIsRefusedWithItsId() {
        for (int attempt = 0; attempt < 2; attempt++) {
            String orderId = SHOP.ids().next();
            given().contentType("application/json").body(body("\"order_id\":\"" + orderId + "\","))
                    .when().post("/api/orders")
                    .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                    .body("title", equalTo("Service Unavailable"))
                    .body("order_id", equalTo(orderId)).body("outcome", equalTo("refused"))
                    .body("detail", equalTo("Order '" + orderId + "' was not accepted: the Kafka producer failed before sending it, "
                            + "so this request stores nothing. Retry the same request with the same Idempotency-Key, or without a key with "
                            + "\"order_id\":\"" + orderId + "\"; a retry never doubles an order."));
        }
    }

    @Test
    void aRefusedServerPickedOrderNamesTheIdItsKeyKeepsForTheRetry() {
        String key = SHOP.ids().next();
        String orderId = given().contentType("application/json").header("Idempotency-Key", key).body(body(""))
                .when().post("/api/orders")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("order_id", matchesPattern("O[0-9A-Z]{14,}")).body("outcome", equalTo("refused"))
                .extract().path("order_id");
        given().contentType("application/json").header("Idempotency-Key", key).body(body(""))
                .when().post("/api/orders")
                .then().statusCode(503).body("order_id", equalTo(orderId)).body("outcome", equalTo("refused"));
    }
}
