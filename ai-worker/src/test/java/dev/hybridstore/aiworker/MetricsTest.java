package dev.hybridstore.aiworker;

import dev.hybridstore.testsupport.MetricsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsTest extends MetricsContract {

    @Override
    protected String job() {
        return "ai-worker";
    }
}
