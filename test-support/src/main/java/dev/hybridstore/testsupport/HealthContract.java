package dev.hybridstore.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * What every service promises operators: readiness that checks each backing service for real, liveness, and
 * Prometheus metrics. A service's {@code @QuarkusTest} extends it and names the readiness checks it must show.
 */
public abstract class HealthContract {

    /** The names of the readiness checks this service must report UP. */
    protected abstract String[] readinessChecks();

    @Test
    void readinessChecksEveryBackingServiceAndHidesCredentials() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks()))
                .body(not(containsString("hybridstore:hybridstore")));
    }

    @Test
    void livenessAndPrometheusMetricsAreServed() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }
}
