package dev.hybridstore.aiworker.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.testsupport.ConfigProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BenchDisabledTest.Deployed.class)
class BenchDisabledTest {

    /** A worker as deployed: the benchmark switch at its default. */
    public static class Deployed extends ConfigProfile {
        public Deployed() {
            super("hybridstore.bench.enabled", "false");
        }
    }

    @Test
    void aDeployedWorkerRefusesToRunTheBenchmarkAndSaysHowToRunIt() {
        given().post("/embeddings/bench?rows=40").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("hybridstore.bench.enabled=true"));
    }
}
