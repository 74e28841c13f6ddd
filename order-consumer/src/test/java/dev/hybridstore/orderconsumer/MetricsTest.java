package dev.hybridstore.orderconsumer;

import dev.hybridstore.testsupport.MetricsContract;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;

@QuarkusTest
class MetricsTest extends MetricsContract {

    @Override
    protected String job() {
        return "order-consumer";
    }

    /** The Kafka client's lag per partition appears once Micrometer's scan (every 60 s) has seen the assignment. */
    @Override
    protected Duration appearsWithin() {
        return Duration.ofMinutes(2);
    }
}
