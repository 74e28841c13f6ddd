package dev.hybridstore.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the shipped alert rules and dashboards expect of a service: every metric they read from it is on its real
 * /q/metrics, and its readiness is there as a gauge. A service's {@code @QuarkusTest} extends it and names its job.
 */
public abstract class MetricsContract {

    /** The service's Prometheus job: core-api, order-consumer, cache-worker or ai-worker. */
    protected abstract String job();

    /**
     * How long a metric may take to appear: meters of our own exist from the start, but the Kafka client's lag per
     * partition appears once Micrometer's scan of the client's metrics (every 60 s) has seen the assignment.
     */
    protected Duration appearsWithin() {
        return Duration.ofSeconds(5);
    }

    @Test
    void everyMetricTheRulesAndDashboardsReadFromThisServiceIsOnItsMetricsPage() {
        List<MonitoringFiles.Reference> shipped = MonitoringFiles.shipped();
        assertThat(shipped).as("what the rules and dashboards read from %s", job()).anyMatch(r -> r.concerns(job()));
        await().atMost(appearsWithin()).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                MonitoringFiles.missing(shipped, job(), page())).as("metrics read from %s that its /q/metrics lacks", job()).isEmpty());
    }

    @Test
    void readinessIsAGaugeThatReadsOneWhileReady() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(page().value("hybridstore_ready")).hasValue(1.0));
    }

    private static MetricsPage page() {
        return new MetricsPage(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
