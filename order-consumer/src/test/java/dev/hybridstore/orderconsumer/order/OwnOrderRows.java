package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class of the order path with rows of its own: before each test, a store under the class's id prefix and a
 * producer on the test's orders topic; after it, the producer closed and every row of the prefix deleted.
 */
abstract class OwnOrderRows {

    @ConfigProperty(name = OrdersTestTopic.TOPIC_PROPERTY)
    String topic;

    final TestIds ids;
    Commerce commerce;
    OrderEvents events;
    long store;

    OwnOrderRows(String idPrefix) {
        this.ids = TestIds.create(idPrefix);
    }

    @BeforeEach
    void openOwnRows() throws Exception {
        commerce = new Commerce(RealServices.endpoints().databaseUrl(), ids.prefix());
        events = new OrderEvents(RealServices.endpoints().kafkaBootstrap(), topic);
        store = commerce.store("store");
    }

    @AfterEach
    void deleteOwnRows() throws Exception {
        events.close();
        commerce.deleteAll();
        commerce.close();
    }
}
