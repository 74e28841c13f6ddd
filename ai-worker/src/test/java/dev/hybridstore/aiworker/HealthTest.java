package dev.hybridstore.aiworker;

import dev.hybridstore.testsupport.HealthContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends HealthContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Reactive PostgreSQL connections health check", "Kafka connection health check", "settings" };
    }
}
