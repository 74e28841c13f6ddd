package dev.hybridstore.coreapi.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The default test configuration sets no ADMIN_TOKEN: the admin API must be off, not open. */
@QuarkusTest
class AdminDisabledTest {

    @Test
    void adminApiIsOffWithoutAConfiguredToken() {
        given().when().get("/admin/db/health").then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", equalTo("admin API disabled: set ADMIN_TOKEN"));
    }

    @Test
    void noTokenOpensItEvenAnEmptyBearer() {
        given().header("Authorization", "Bearer ").post("/admin/db/migrations/undo").then().statusCode(503)
                .body("detail", containsString("ADMIN_TOKEN"));
    }

    @Test
    void otherPathsAreUntouched() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
