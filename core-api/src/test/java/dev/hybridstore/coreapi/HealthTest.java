package dev.hybridstore.coreapi;

import dev.hybridstore.testsupport.HealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends HealthContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Reactive PostgreSQL connections health check", "redis",
                "Kafka connection health check", "settings" };
    }
}
