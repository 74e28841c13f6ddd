package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.ServiceEndpoints;
import dev.hybridstore.testsupport.TestIds;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real crash: the packaged order-consumer runs as a child process, is killed with SIGKILL while orders stream in, and
 * a second process of the same group takes over. Every produced order must be stored exactly once.
 */
class OrderConsumerCrashIT {

    private static final int ORDERS = 4000;

    private final TestIds ids = TestIds.create("CRASH");
    private final String run = ids.prefix().toLowerCase().replace('_', '-');
    private final String topic = "orders-" + run;
    private final ServiceEndpoints services = RealServices.endpoints();
    private Commerce commerce;
    private PackagedConsumer consumer;

    @BeforeEach
    void setUp() throws Exception {
        OrdersTestTopic.create(services.kafkaBootstrap(), topic);
        commerce = new Commerce(services.databaseUrl(), ids.prefix());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (consumer != null) {
            consumer.kill();
        }
        commerce.deleteAll();
        commerce.close();
        OrdersTestTopic.delete(services.kafkaBootstrap(), topic);
    }

    @Test
    void aConsumerKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
        OrderStream stream = OrderStream.create(commerce, ids, "crash");

        // First process: small batches, one Kafka consumer (no rebalance of its own, which would commit) and offsets
        // committed only once a minute, so at the kill every order it stored is uncommitted and comes back.
        consumer = start("first", Map.of("MP_MESSAGING_INCOMING_ORDERS_MAX_POLL_RECORDS", "50",
                "MP_MESSAGING_INCOMING_ORDERS_AUTO_COMMIT_INTERVAL_MS", "60000", "MP_MESSAGING_INCOMING_ORDERS_CONCURRENCY", "1"));
        CompletableFuture<Void> production = CompletableFuture.runAsync(() -> produce(stream));

        await().atMost(Duration.ofSeconds(60)).until(() -> stream.stored(commerce).size() >= ORDERS / 4);
        consumer.kill();
        int storedBeforeCrash = stream.stored(commerce).size();
        assertThat(storedBeforeCrash).isLessThan(ORDERS);

        consumer = start("second", Map.of());
        production.get(60, TimeUnit.SECONDS);

        Set<String> expected = new HashSet<>();
        IntStream.range(0, ORDERS).forEach(i -> expected.add(stream.orderId(i)));
        await().atMost(Duration.ofSeconds(60)).until(() -> stream.stored(commerce).size() == ORDERS);
        assertThat(stream.stored(commerce)).isEqualTo(expected);
        assertThat(commerce.countOrders(stream.orderPrefix())).containsExactly(ORDERS, ORDERS);
        // The orders stored by the killed process were redelivered and skipped, not stored again.
        assertThat(meter(consumer.port(), "hybridstore_orders_duplicates_total")).isGreaterThanOrEqualTo(storedBeforeCrash);
    }

    /** About 400 orders a second, so the stream is still flowing when the first process dies; every send acknowledged. */
    private void produce(OrderStream stream) {
        try (OrderEvents events = new OrderEvents(services.kafkaBootstrap(), topic)) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(ORDERS);
            long start = System.nanoTime();
            for (int i = 0; i < ORDERS; i++) {
                LockSupport.parkNanos(start + i * 2_500_000L - System.nanoTime());
                sends.add(events.sendAsync(stream.order(i)));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("producing the orders failed", e);
        }
    }

    private PackagedConsumer start(String name, Map<String, String> overrides) throws IOException {
        return PackagedConsumer.start(services, "crash-it-" + name, topic, "order-consumer-" + run, overrides);
    }

    private static double meter(int port, String name) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return PrometheusText.value(page, name);
    }
}
