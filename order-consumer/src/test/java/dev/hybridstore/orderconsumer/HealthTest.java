package dev.hybridstore.orderconsumer;

import dev.hybridstore.testsupport.HealthContract;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
class HealthTest extends HealthContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Reactive PostgreSQL connections health check", "Redis connection health check",
                "Kafka connection health check", "settings", "orders-pipeline" };
    }
}
