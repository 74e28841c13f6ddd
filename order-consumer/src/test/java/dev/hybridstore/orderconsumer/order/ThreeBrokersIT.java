package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.KafkaCluster;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.ServiceEndpoints;
import dev.hybridstore.testsupport.TestIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 003's scale-out on a cluster of its own: 3 brokers (replication 3, min.insync.replicas 2) and 3 packaged
 * order-consumer processes with 3 Kafka consumers each, one per partition of orders. Orders stream in with acks=all
 * while the broker coordinating the group is killed with SIGKILL and later restarted: every acknowledged order is
 * stored exactly once, every partition keeps flowing while the broker is down, nothing is dead-lettered.
 */
class ThreeBrokersIT {

    @RegisterExtension
    static final KafkaCluster kafka = KafkaCluster.of(3);

    /** The test's producer warns at every retry while the broker is down: thousands of lines in the build's output. */
    private static final Logger KAFKA_CLIENTS = Logger.getLogger("org.apache.kafka");

    static {
        KAFKA_CLIENTS.setLevel(Level.SEVERE);
    }

    private static final int INSTANCES = 3;
    /** As KafkaCluster's brokers: 7 JVMs share 2 cores here, and C2 and parallel GC threads would only compete for them. */
    private static final String LEAN_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final String GROUP = "order-consumer";
    /** One order every 5 ms: 200 a second. */
    private static final long PACE_NANOS = 5_000_000L;

    private final TestIds ids = TestIds.create("BROKERS");
    private final ServiceEndpoints services = RealServices.endpoints();
    private final List<PackagedConsumer> consumers = new ArrayList<>();
    private final List<Sent> sends = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean producing = new AtomicBoolean(true);
    private Commerce commerce;
    private OrderStream stream;
    private Admin admin;

    private record Sent(String orderId, Future<RecordMetadata> ack) {}

    @BeforeEach
    void setUp() throws Exception {
        commerce = new Commerce(services.databaseUrl(), ids.prefix());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap()));
    }

    @AfterEach
    void tearDown() throws Exception {
        producing.set(false);
        for (PackagedConsumer consumer : consumers) {
            consumer.kill();
        }
        admin.close();
        commerce.deleteAll();
        commerce.close();
    }

    @Test
    void aBrokerKilledUnderLoadLosesAndDuplicatesNoOrder() throws Exception {
        stream = OrderStream.create(commerce, ids, "brokers");
        ServiceEndpoints cluster = new ServiceEndpoints(services.databaseUrl(), services.redisUrl(), kafka.bootstrap());
        for (int i = 1; i <= INSTANCES; i++) {
            // The services create orders and orders-dlq themselves, replicated 3 times.
            consumers.add(PackagedConsumer.start(cluster, "three-brokers-" + i, Topics.ORDERS, GROUP,
                    Map.of("KAFKA_REPLICATION_FACTOR", "3", "MP_MESSAGING_INCOMING_ORDERS_CLIENT_ID_PREFIX", "instance" + i + "-",
                            "JAVA_TOOL_OPTIONS", LEAN_JVM)));
        }
        int victim = awaitOneConsumerPerPartition().coordinator().id();
        assertThat(leaders()).as("partition leaders of orders").contains(victim);

        CompletableFuture<Void> production = CompletableFuture.runAsync(this::produce);
        await().atMost(Duration.ofSeconds(60)).until(() -> storedCount() >= 200);

        kafka.kill(victim);
        int sentAtKill = sends.size();
        // With the broker down, every partition still takes orders (new leaders) and its consumer stores them.
        await().atMost(Duration.ofSeconds(60)).until(() -> ackedPartitions(sentAtKill).size() == Topics.ORDERS_PARTITIONS);
        Set<String> ackedWhileDown = acked(sentAtKill);
        await().atMost(Duration.ofSeconds(60)).until(() -> stored().containsAll(ackedWhileDown));
        assertThat(leaders()).doesNotContain(victim);

        kafka.restart(victim);
        await().atMost(Duration.ofSeconds(60)).until(() -> inSyncEverywhere(victim));
        producing.set(false);
        production.get(30, TimeUnit.SECONDS);

        Set<String> produced = new HashSet<>();
        for (Sent sent : List.copyOf(sends)) {
            sent.ack().get(60, TimeUnit.SECONDS); // throws if any order was not acknowledged
            produced.add(sent.orderId());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> storedCount() >= produced.size());
        assertThat(stored()).isEqualTo(produced);
        assertThat(commerce.countOrders(stream.orderPrefix())).containsExactly(produced.size(), produced.size());
        assertThat(deadLetters()).as("records in orders-dlq").isZero();
        awaitOneConsumerPerPartition();
    }

    /** About 200 orders a second until told to stop; each send's acknowledgement kept. */
    private void produce() {
        try (OrderEvents events = new OrderEvents(kafka.bootstrap(), Topics.ORDERS)) {
            long start = System.nanoTime();
            for (int i = 0; producing.get(); i++) {
                LockSupport.parkNanos(start + i * PACE_NANOS - System.nanoTime());
                sends.add(new Sent(stream.orderId(i), events.sendAsync(stream.order(i))));
            }
        }
    }

    /**
     * Waits until the group has 3 × 3 consumers holding one partition of orders each, 3 per instance; returns the
     * group's description (its coordinator).
     */
    private ConsumerGroupDescription awaitOneConsumerPerPartition() {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS).get(GROUP);
            return group;
        }, group -> {
            Map<String, Integer> perInstance = new HashMap<>();
            Set<Integer> partitions = new HashSet<>();
            for (MemberDescription member : group.members()) {
                Set<TopicPartition> assigned = member.assignment().topicPartitions();
                if (assigned.size() != 1) {
                    return false;
                }
                partitions.add(assigned.iterator().next().partition());
                perInstance.merge(member.clientId().substring(0, member.clientId().indexOf('-')), 1, Integer::sum);
            }
            return group.members().size() == Topics.ORDERS_PARTITIONS && partitions.size() == Topics.ORDERS_PARTITIONS
                    && perInstance.equals(Map.of("instance1", 3, "instance2", 3, "instance3", 3));
        });
    }

    private Set<Integer> leaders() throws Exception {
        return ordersPartitions().stream().filter(p -> p.leader() != null).map(p -> p.leader().id()).collect(Collectors.toSet());
    }

    private boolean inSyncEverywhere(int broker) throws Exception {
        return ordersPartitions().stream().allMatch(p -> p.isr().stream().anyMatch(n -> n.id() == broker));
    }

    private List<TopicPartitionInfo> ordersPartitions() throws Exception {
        TopicDescription orders = admin.describeTopics(List.of(Topics.ORDERS)).allTopicNames().get(10, TimeUnit.SECONDS).get(Topics.ORDERS);
        return orders.partitions();
    }

    /** Partitions of the orders acknowledged so far among those sent from index {@code from} on. */
    private Set<Integer> ackedPartitions(int from) {
        Set<Integer> partitions = new HashSet<>();
        for (Sent sent : since(from)) {
            RecordMetadata metadata = acknowledgement(sent);
            if (metadata != null) {
                partitions.add(metadata.partition());
            }
        }
        return partitions;
    }

    private Set<String> acked(int from) {
        return since(from).stream().filter(s -> acknowledgement(s) != null)
                .map(Sent::orderId).collect(Collectors.toSet());
    }

    private List<Sent> since(int from) {
        List<Sent> all = List.copyOf(sends);
        return all.subList(from, all.size());
    }

    /** The broker's acknowledgement, or null while it is pending; a failed send fails the test. */
    private static RecordMetadata acknowledgement(Sent sent) {
        if (!sent.ack().isDone()) {
            return null;
        }
        try {
            return sent.ack().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("order " + sent.orderId() + " was not acknowledged", e);
        }
    }

    private long deadLetters() throws Exception {
        Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(List.of(Topics.ORDERS_DLQ)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(Topics.ORDERS_DLQ).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.ORDERS_DLQ, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS).values().stream().mapToLong(o -> o.offset()).sum();
    }

    private long storedCount() throws Exception {
        return commerce.countOrders(stream.orderPrefix())[0];
    }

    private Set<String> stored() throws Exception {
        return stream.stored(commerce);
    }
}
