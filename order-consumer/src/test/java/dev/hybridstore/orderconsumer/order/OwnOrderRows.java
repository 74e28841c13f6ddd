package dev.hybridstore.orderconsumer.order;

import static org.awaitility.Awaitility.await;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class of the order path with rows of its own: before each test, a store under the class's id prefix and a
 * producer on the test's orders topic; after it, the producer closed and every row of the prefix deleted.
 */
abstract class OwnOrderRows {

    static final Duration STORED_WITHIN = Duration.ofSeconds(30);

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

    /** A user under the class's prefix; its id. */
    String user(String gender, int age, String region) throws SQLException {
        String id = ids.next();
        commerce.user(id, gender, age, region);
        return id;
    }

    /** A product of the class's store; its id. */
    String product(String category, int price) throws SQLException {
        String id = ids.next();
        commerce.product(id, category, price, store);
        return id;
    }

    /** The order once the consumer has stored it. */
    Order awaitOrder(String orderId) {
        return await().atMost(STORED_WITHIN).until(() -> commerce.order(orderId), Optional::isPresent).orElseThrow();
    }
}
