package dev.hybridstore.coreapi.shedding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.coreapi.ratelimit.ProtectionProfile;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The profile allows one request in flight. A request whose body never comes stays in flight, so the server is
 * "overloaded" for as long as the test holds it.
 */
@QuarkusTest
@TestProfile(ProtectionProfile.class)
class LoadSheddingTest {

    static final TestIds IDS = TestIds.create("LST");

    @Test
    void overloadedTheApiAnswersA503ProblemAtOnceButHealthAndMetricsStillAnswer() throws IOException {
        String product = "/api/products/" + IDS.next();
        given().when().get(product).then().statusCode(404);
        try (Socket held = holdARequestInFlight()) {
            // The server reads the held request's headers asynchronously; until then the next one is still admitted.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get(product).then().statusCode(503));
            long start = System.nanoTime();
            String retryAfter = given().when().get(product).then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(503)).body("title", equalTo("Service Unavailable"))
                    .body("detail", containsString("overloaded")).extract().header("Retry-After");
            assertThat(retryAfter).isEqualTo("1");
            // Waiting for a slot would mean waiting for the held request, which never ends; a busy CI host can still
            // take seconds to answer anything, so the bound only separates "at once" from "queued".
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms to refuse").isLessThan(10_000);
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(200);
            given().when().get("/q/metrics").then().statusCode(200).body(containsString("hybridstore_coreapi_load_shed_total"));
        }
        given().when().get(product).then().statusCode(404); // the held request ended with its connection
    }

    /** A POST that announces a body and sends none: the request has begun and cannot end. */
    private static Socket holdARequestInFlight() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
