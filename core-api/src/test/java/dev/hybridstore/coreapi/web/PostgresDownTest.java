package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests that need PostgreSQL while it refuses connections: a 503 problem to retry, never a 500. */
@QuarkusTest
@TestProfile(PostgresDownTest.RequestPoolRefused.class)
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
class PostgresDownTest {

    /** The requests' reactive pool points at a closed port; migrations (JDBC) still run against the real database. */
    public static class RequestPoolRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:1/hybridstore");
        }
    }

    @Test
    void aReadFromTheDatabaseIsA503Problem() {
        given().header("Cache-Control", "no-cache").when().get("/api/users/U_DOWN")
                .then().log().ifValidationFails().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(503)).body("title", equalTo("Service Unavailable"));
    }

    @Test
    void aListIsA503Problem() {
        given().when().get("/api/orders?user_id=U_DOWN")
                .then().log().ifValidationFails().statusCode(503).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(503)).body("title", equalTo("Service Unavailable"));
    }
}
