package dev.hybridstore.systemtests.instances;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.systemtests.topology.OwnCommerceRows;
import dev.hybridstore.systemtests.topology.Topology;
import dev.hybridstore.testsupport.CommerceFixtures;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Behind haproxy it must not matter which core-api answers: each instance, asked directly, gives the same body. */
class SameAnswerOnEveryInstanceIT {

    static final Topology TOPOLOGY = Topology.fromEnvironment();
    @RegisterExtension
    static final OwnCommerceRows ROWS = OwnCommerceRows.tagged("SYS");

    @Test
    void everyInstanceAnswersTheSameResourcesWithTheSameBody() {
        String user = ROWS.prefix() + "_user", product = ROWS.prefix() + "_product", order = ROWS.prefix() + "_order";
        long store;
        try (CommerceFixtures db = ROWS.database()) {
            store = db.store(ROWS.prefix() + " store", "Gwangju");
            db.user(user, "Same everywhere", "F", 52, "Gwangju");
            db.product(product, "Barley tea", "tea", 2500, store);
        }
        given().baseUri(TOPOLOGY.api()).contentType(ContentType.JSON)
                .body("{\"order_id\": \"%s\", \"user_id\": \"%s\", \"product_id\": \"%s\", \"quantity\": 3}".formatted(order, user, product))
                .when().post("/api/orders").then().statusCode(202);
        await().atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> given().baseUri(TOPOLOGY.api()).when().get("/api/orders/{id}", order).then().statusCode(200));
        String today = given().baseUri(TOPOLOGY.api()).when().get("/api/orders/{id}", order).then().extract().path("created_at");
        List<String> paths = List.of("/api/users/" + user, "/api/products/" + product, "/api/stores/" + store, "/api/orders/" + order,
                "/api/stores/%d/reports/%s/sales".formatted(store, today.substring(0, 10)));
        // The first read through haproxy fills the caches (users, products, the report), so that no instance answers a miss.
        paths.forEach(path -> given().baseUri(TOPOLOGY.api()).when().get(path).then().statusCode(200));

        // A cache-worker cycle may re-cache the user (a later last_cached_at) between two reads: compare again then.
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            for (String path : paths) {
                List<JsonNode> bodies = TOPOLOGY.coreApis().stream().map(instance -> json(given().baseUri(instance).when().get(path)
                        .then().statusCode(200).extract().asString())).toList();
                assertThat(bodies).as(path).allMatch(body -> body.equals(bodies.get(0)));
            }
        });
        JsonNode report = json(given().baseUri(TOPOLOGY.coreApis().get(1)).when().get(paths.get(4)).then().extract().asString());
        assertThat(report.at("/cached").asBoolean()).as("the second instance read the report the first one cached").isTrue();
        assertThat(report.at("/report/figures/order_count").asInt()).isEqualTo(1);
        assertThat(report.at("/report/figures/total_sales").asInt()).isEqualTo(7500);
    }

    private static JsonNode json(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
