package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Points the service's orders channel at a topic and consumer group of this test run only: the shared broker's
 * {@code orders} topic may carry other people's events. The topic has the real one's 9 partitions and is deleted
 * at the end.
 */
public class OrdersTestTopic implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC_PROPERTY = "mp.messaging.incoming.orders.topic";

    private String topic;

    @Override
    public Map<String, String> start() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        topic = "orders-test-" + run;
        create(RealServices.endpoints().kafkaBootstrap(), topic);
        return Map.of(TOPIC_PROPERTY, topic, "mp.messaging.incoming.orders.group.id", "order-consumer-test-" + run);
    }

    static void create(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, Topics.ORDERS_PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test topic " + topic, e);
        }
    }

    @Override
    public void stop() {
        delete(RealServices.endpoints().kafkaBootstrap(), topic);
    }

    static void delete(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Left behind on the test broker: harmless, the name is never reused.
        }
    }
}
