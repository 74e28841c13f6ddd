package dev.hybridstore.cli.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The broker's side of the orders commands: topics of a benchmark run, and a consumer group's lag. */
public final class OrderTopics implements AutoCloseable {

    private static final long TIMEOUT_S = 30;

    private final Admin admin;

    public OrderTopics(String bootstrap) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000));
    }

    /**
     * Creates the topic and returns once every partition's leader answers: a producer that writes sooner can meet
     * NOT_LEADER_OR_FOLLOWER on a loaded broker, and its idempotent retries then stall on OUT_OF_ORDER_SEQUENCE_NUMBER.
     */
    public void create(String topic, int partitions, short replicationFactor) throws ExecutionException, InterruptedException, TimeoutException {
        admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor))).all().get(TIMEOUT_S, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            ends.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (true) {
            try {
                admin.listOffsets(ends).all().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** Deletes the topics; one that is already gone is no error. */
    public void delete(List<String> topics) {
        try {
            admin.deleteTopics(topics).all().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("warning: topics " + topics + " not deleted: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The topic's partitions and replication factor, so a benchmark can write to a scratch topic of the same shape. */
    public record Shape(int partitions, short replicationFactor) {
    }

    public Shape shape(String topic) throws ExecutionException, InterruptedException, TimeoutException {
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_S, TimeUnit.SECONDS).get(topic);
        return new Shape(description.partitions().size(), (short) description.partitions().get(0).replicas().size());
    }

    /** Records of the topic the group has not committed yet (committed offsets trail processing by the commit interval). */
    long lag(String topic, String group) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag += end.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
