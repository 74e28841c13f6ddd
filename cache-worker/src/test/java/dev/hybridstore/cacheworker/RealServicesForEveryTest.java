package dev.hybridstore.cacheworker;

import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this module runs against the real engines (PostgreSQL with pgvector, Redis, Kafka): declared here
 * once, for the whole module, instead of on each test class.
 */
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
final class RealServicesForEveryTest {

    private RealServicesForEveryTest() {
    }
}
