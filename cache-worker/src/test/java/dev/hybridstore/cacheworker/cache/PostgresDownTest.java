package dev.hybridstore.cacheworker.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.testsupport.ConfigProfile;
import dev.hybridstore.testsupport.LogCapture;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** PostgreSQL unreachable and the schedule on, every second: each cycle fails with one WARN, and readiness turns DOWN. */
@QuarkusTest
@TestProfile(PostgresDownTest.PostgresAtAClosedPortEverySecond.class)
class PostgresDownTest {

    public static class PostgresAtAClosedPortEverySecond extends ConfigProfile {
        public PostgresAtAClosedPortEverySecond() {
            super("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:1/hybridstore",
                    "quarkus.scheduler.enabled", "true",
                    "hybridstore.cache.interval", "1s");
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void scheduledCyclesFailWithOneWarningEachAndNoStackTrace() {
        try (LogCapture logs = LogCapture.start()) {
            double before = failedCycles();
            await().atMost(Duration.ofSeconds(20)).until(() -> failedCycles() >= before + 3);
            double failed = failedCycles() - before;

            // A cycle may be failing right now; its WARN can lag its timer record by a moment, never the reverse.
            assertThat(logs.warnings("dev.hybridstore.cacheworker").size()).isBetween((int) failed - 1, (int) failed + 1);
            assertThat(logs.warnings("dev.hybridstore.cacheworker"))
                    .allSatisfy(r -> assertThat(LogCapture.text(r)).contains("users: PostgreSQL unavailable"));
            assertThat(logs.withStackTraces()).isEmpty();
        }
    }

    @Test
    void readinessTurnsDownOnceNoCycleHasSucceededForThreeIntervals() {
        try (LogCapture logs = LogCapture.start()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'cache-cycle' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'cache-cycle' }.data.last_success", equalTo("none yet")));
            assertThat(logs.withStackTraces()).as("stack traces logged while probing readiness").isEmpty();
        }
    }

    private double failedCycles() {
        return registry.get("hybridstore.cacheworker.cycle.duration").tag("outcome", "failure").timer().count();
    }
}
