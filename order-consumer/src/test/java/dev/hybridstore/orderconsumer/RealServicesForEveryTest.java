package dev.hybridstore.orderconsumer;

import dev.hybridstore.orderconsumer.order.OrdersTestTopic;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this module runs against the real engines (PostgreSQL with pgvector, Redis, Kafka): declared here
 * once, for the whole module, instead of on each test class.
 */
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OrdersTestTopic.class, restrictToAnnotatedClass = false)
final class RealServicesForEveryTest {

    private RealServicesForEveryTest() {
    }
}
