package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.ConfigProfile;
import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The broker answers after POST /api/orders stopped waiting: the producer holds each record for 3 s (its linger, through
 * OrderConfig's typed setting) and the answer comes after 300 ms. The 503 must not claim the order was refused, because
 * it reaches the topic after all.
 */
@QuarkusTest
@TestProfile(KafkaSlowAckTest.SlowAck.class)
class KafkaSlowAckTest {

    public static class SlowAck extends ConfigProfile {
        public SlowAck() {
            super("hybridstore.orders.publish-timeout", "300ms", "hybridstore.orders.producer.linger-ms", "3000");
        }
    }

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("KSA");

    @Test
    void anOrderTheBrokerAcknowledgesTooLateHasAnUnknownOutcomeAndIsOnTheTopicAfterAll() {
        String orderId = SHOP.ids().next();
        given().contentType("application/json")
                .body("{\"order_id\":\"" + orderId + "\",\"user_id\":\"" + SHOP.user() + "\",\"product_id\":\"" + SHOP.product() + "\",\"quantity\":1}")
                .when().post("/api/orders")
                .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("order_id", equalTo(orderId)).body("outcome", equalTo("unknown"))
                .body("detail", equalTo("The outcome of order '" + orderId + "' is unknown: Kafka did not acknowledge it; it may still "
                        + "be stored (GET /api/orders/" + orderId + "). Retry the same request with the same Idempotency-Key, or "
                        + "without a key with \"order_id\":\"" + orderId + "\"; a retry never doubles an order."));

        assertThat(OrderEvents.of(SHOP.ids().prefix() + "_" + orderId, orderId, 1).get(0).value()).contains("\"order_id\":\"" + orderId + "\"");
    }
}
