package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A packaged-service test's own orders topic, with the real one's partitions, made before each test and deleted after
 * it. Registered as an instance field: {@code @RegisterExtension final OwnOrdersTopic orders = OwnOrdersTopic.tagged("LOGS");}
 */
final class OwnOrdersTopic implements BeforeEachCallback, AfterEachCallback {

    private final String run;

    private OwnOrdersTopic(String run) {
        this.run = run;
    }

    static OwnOrdersTopic tagged(String tag) {
        return new OwnOrdersTopic(TestIds.create(tag).prefix().toLowerCase().replace('_', '-'));
    }

    /** This run's name, for the consumer groups and service names of the test. */
    String run() {
        return run;
    }

    String topic() {
        return "orders-" + run;
    }

    /** The packaged service on this topic, in this run's consumer group (plus the suffix), logging to target/{name}.log. */
    PackagedConsumer consumer(String name, String groupSuffix, Map<String, String> overrides) throws IOException {
        return PackagedConsumer.start(RealServices.endpoints(), name, topic(), "order-consumer-" + run + groupSuffix, overrides);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        OrdersTestTopic.create(RealServices.endpoints().kafkaBootstrap(), topic());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        OrdersTestTopic.delete(RealServices.endpoints().kafkaBootstrap(), topic());
    }
}
