package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.coreapi.web.CommerceFixtures;
import dev.hybridstore.coreapi.web.OutageProfile;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The orders producer cannot reach Kafka: POST /api/orders refuses with 503 instead of accepting what it cannot deliver. */
@QuarkusTest
@TestProfile(OutageProfile.class)
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
class KafkaDownTest {

    static final TestIds IDS = TestIds.create("KDN");
    static final String USER = IDS.prefix() + "_user";
    static final String PRODUCT = IDS.prefix() + "_product";

    @BeforeAll
    static void rows() throws Exception {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            long store = db.store(IDS.prefix() + " store", "Seoul");
            db.user(USER, "Buyer", "M", 30, "Seoul");
            db.product(PRODUCT, "Item", "misc", 100, store);
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.deleteByPrefix(IDS.prefix());
        }
    }

    @Test
    void anOrderKafkaDoesNotAcknowledgeIsRefusedWith503() {
        for (int attempt = 0; attempt < 2; attempt++) {
            String orderId = IDS.next();
            given().contentType("application/json")
                    .body("{\"order_id\":\"" + orderId + "\",\"user_id\":\"" + USER + "\",\"product_id\":\"" + PRODUCT + "\",\"quantity\":1}")
                    .when().post("/api/orders")
                    .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                    .body("title", equalTo("Service Unavailable")).body("detail", containsString(orderId));
        }
    }
}
