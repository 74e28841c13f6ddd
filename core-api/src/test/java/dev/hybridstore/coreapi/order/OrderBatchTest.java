package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/orders/batch: each order accepted or refused on its own, as a single POST would answer it. */
@QuarkusTest
class OrderBatchTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("OBT");

    static Map<String, Object> order(Object quantity) {
        return new HashMap<>(Map.of("user_id", SHOP.user(), "product_id", SHOP.product(), "quantity", quantity));
    }

    static ValidatableResponse post(String key, List<?> orders) {
        var request = given().log().ifValidationFails().contentType(ContentType.JSON).body(Collections.singletonMap("orders", orders));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/orders/batch").then().log().ifValidationFails();
    }

    @Test
    void validOrdersAreAcceptedAndEachInvalidOneIsRefusedAloneWithItsProblem() {
        Map<String, Object> unknownUser = order(1);
        unknownUser.put("user_id", SHOP.ids().next());
        List<Object> orders = Arrays.asList(order(2), unknownUser, order(-1), null);

        ValidatableResponse answer = post(null, orders).statusCode(200).contentType(ContentType.JSON)
                .body("accepted", equalTo(1)).body("refused", equalTo(3)).body("results", hasSize(4))
                .body("results[0].index", equalTo(0)).body("results[0].status", equalTo(202)).body("results[0].order_id", startsWith("O"))
                .body("results[0].problem", nullValue())
                .body("results[1].status", equalTo(422)).body("results[1].problem.errors[0].field", equalTo("user_id"))
                .body("results[2].status", equalTo(400)).body("results[2].problem.errors[0].field", equalTo("quantity"))
                .body("results[2].problem.errors[0].message", equalTo("must be greater than 0"))
                .body("results[3].status", equalTo(400)).body("results[3].problem.title", equalTo("Bad Request"));

        String accepted = answer.extract().path("results[0].order_id");
        assertThat(OrderEvents.of(SHOP.ids().prefix() + "-accepted", accepted, 1)).singleElement()
                .satisfies(event -> assertThat(event.value()).contains("\"quantity\":2").contains("\"user_id\":\"" + SHOP.user() + "\""));
    }

    @Test
    void aBatchRetriedWithItsKeyGetsEveryOrderItsFirstIdAgain() {
        String key = SHOP.ids().next();
        List<Map<String, Object>> orders = List.of(order(1), order(2), order(3));

        List<String> first = post(key, orders).statusCode(200).body("accepted", equalTo(3)).extract().path("results.order_id");
        List<String> again = post(key, orders).statusCode(200).body("accepted", equalTo(3)).extract().path("results.order_id");

        assertThat(first).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id.startsWith("O"));
        assertThat(again).isEqualTo(first);
        // Another body under an order's key is refused for that order only, as for a single order.
        post(key, List.of(order(1), order(5), order(3))).statusCode(200).body("accepted", equalTo(2))
                .body("results[1].status", equalTo(422)).body("results[1].problem.errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void anEmptyOrOversizedOrMisshapenBatchOrATooLongKeyIsRefusedAsAWhole() {
        // A body that is not of the documented shape is refused as any body is, naming the field.
        post(null, List.of(order(1), order("two"))).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("orders[1].quantity"));
        post(null, List.of()).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("orders"));
        post(null, Collections.nCopies(OrderBatch.MAX_ORDERS + 1, order(1))).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("orders"));
        post("k".repeat(IdempotencyKey.MAX_BATCH_LENGTH + 1), List.of(order(1))).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
