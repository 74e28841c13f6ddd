package dev.hybridstore.coreapi.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.coreapi.web.OutageProfile;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.LogCapture;
import dev.hybridstore.testsupport.OwnShop;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis at a closed port: every read still answers from PostgreSQL, and the outage is logged once. */
@QuarkusTest
@TestProfile(OutageProfile.class)
class RedisDownTest {

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("RDN");

    @Inject
    RedisGuard guard;

    @Test
    void readsAnswerFromTheDatabaseAndTheOutageIsLoggedOnce() {
        boolean alreadyReported = guard.isDown(); // another test of this profile may have met the outage first
        List<LogRecord> warnings;
        try (LogCapture capture = LogCapture.start()) {
            for (int i = 0; i < 10; i++) {
                given().when().get("/api/users/" + SHOP.user()).then().statusCode(200).body("name", equalTo("Buyer"));
                given().when().get("/api/products/" + SHOP.product()).then().statusCode(200).body("name", equalTo("Latte"));
            }
            warnings = capture.warnings(RedisGuard.class.getName());
        }
        assertThat(guard.isDown()).isTrue();
        assertThat(warnings).extracting(LogCapture::text).filteredOn(m -> m.contains("Redis unavailable, serving from PostgreSQL"))
                .hasSize(alreadyReported ? 0 : 1);
    }

    @Test
    void readinessKeepsRedisUpAndSaysTheDatabaseServes() {
        // Kafka is down in this profile too, so only the Redis check is this test's to judge.
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'redis' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'redis' }.data.serving", startsWith("PostgreSQL"));
    }

    @Test
    void aMissingUserIsStillANotFound() {
        given().when().get("/api/users/" + SHOP.ids().next()).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void randomFallsBackToTheDatabase() {
        given().when().get("/api/users/random").then().statusCode(200);
        given().when().get("/api/products/random").then().statusCode(200);
    }

    @Test
    void reportsAreComputedWithoutTheCache() {
        given().when().get("/api/stores/{id}/reports/{date}/sales", SHOP.store(), LocalDate.now().minusDays(1).toString())
                .then().statusCode(200).body("cached", equalTo(false)).body("report.figures.order_count", equalTo(0));
    }

    @Test
    void droppingReportsNeedsRedisAndSaysSo() {
        given().when().delete("/api/stores/{id}/reports", SHOP.store()).then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Service Unavailable"));
    }

    @Test
    void ordersStillValidateTheirUserFromTheDatabase() {
        given().contentType("application/json").body("{\"user_id\":\"" + SHOP.ids().next() + "\",\"product_id\":\"" + SHOP.product() + "\",\"quantity\":1}")
                .when().post("/api/orders").then().statusCode(422).body("errors[0].field", equalTo("user_id"));
    }
}
