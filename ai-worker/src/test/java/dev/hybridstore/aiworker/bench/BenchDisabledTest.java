package dev.hybridstore.aiworker.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BenchDisabledTest.Deployed.class)
class BenchDisabledTest {

    /** A worker as deployed: the benchmark switch at its default. */
    public static class Deployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hybridstore.bench.enabled", "false");
        }
    }

    @Test
    void aDeployedWorkerRefusesToRunTheBenchmarkAndSaysHowToRunIt() {
        given().post("/embeddings/bench?rows=40").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("hybridstore.bench.enabled=true"));
    }
}
