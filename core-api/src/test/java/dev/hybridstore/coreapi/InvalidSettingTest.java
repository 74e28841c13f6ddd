package dev.hybridstore.coreapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.hybridstore.testsupport.ConfigProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InvalidSettingTest.BadPoolSize.class)
class InvalidSettingTest {

    public static class BadPoolSize extends ConfigProfile {
        public BadPoolSize() {
            super("DB_POOL_SIZE", "lots");
        }
    }

    @Test
    void aWrongSettingTurnsReadinessDownNamingTheSettingWithoutSecrets() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'settings' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'settings' }.data.errors", containsString("DB_POOL_SIZE"))
                .body("checks.name", hasItem("settings"))
                .body(not(containsString(":hybridstore@")));
    }

    @Test
    void livenessStaysUpSoTheProcessIsNotRestartedInALoop() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
