package dev.hybridstore.cli.orders;

import dev.hybridstore.cli.KafkaConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hybridstore orders simulate}: a steady stream of orders into the running suite, with what the consumers make of it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Produce R orders/s for S seconds from cached users/products (seed 003's producer); print sent/s, stored/s and "
                + "the consumers' lag each second, then check that every order was stored exactly once.")
public class SimulateCommand implements Callable<Integer> {

    private static final int CATALOG_SIZE = 10_000;
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Option(names = "--rate", defaultValue = "1000", description = "Orders per second (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--duration", defaultValue = "60", description = "Seconds to produce for (default ${DEFAULT-VALUE})")
    long seconds;

    @Option(names = "--topic", defaultValue = "orders", description = "Topic to produce to (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--group", defaultValue = "${env:MP_MESSAGING_INCOMING_ORDERS_GROUP_ID:-order-consumer}",
            description = "The consumers' group, for the lag (default ${DEFAULT-VALUE})")
    String group;

    @Inject
    RedisDataSource redis;
    @Inject
    OrdersDatabase db;
    @Inject
    KafkaConfig kafka;

    @Override
    public Integer call() throws Exception {
        OrderCatalog catalog = OrderCatalog.fromCache(redis, CATALOG_SIZE);
        if (catalog.empty()) {
            System.err.println("warning: the Redis hashes cache:users/cache:products are empty (is the cache-worker running?): "
                    + "taking ids from PostgreSQL");
            catalog = db.catalog(CATALOG_SIZE);
        }
        if (catalog.empty()) {
            System.err.println("error: no users or products in the database; load some with ./suite seed");
            return 1;
        }
        System.out.printf("    ok %d users and %d products to order with%n", catalog.users().size(), catalog.products().size());
        String prefix = "SIM" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        System.out.printf("==> producing %.0f orders/s for %ds to '%s' (order ids %s-*)%n", rate, seconds, topic, prefix);
        long sent;
        try (OrderProducer producer = new OrderProducer(kafka.bootstrapServers(), topic, prefix, catalog);
                OrderTopics topics = new OrderTopics(kafka.bootstrapServers())) {
            CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return producer.run(rate, 0, Duration.ofSeconds(seconds));
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            watch(prefix, producer, topics, run);
            sent = run.join();
        }
        verify(prefix, sent);
        return 0;
    }

    /** One line a second while the producer runs: sent/s, stored/s, consumer lag. */
    private void watch(String prefix, OrderProducer producer, OrderTopics topics, CompletableFuture<Long> run) throws Exception {
        // The lag is polled off this thread: a slow or failed broker must not hold up the lines.
        AtomicReference<String> lag = new AtomicReference<>("-");
        ScheduledExecutorService lagPoller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lag-poller");
            t.setDaemon(true);
            return t;
        });
        lagPoller.scheduleWithFixedDelay(() -> {
            try {
                lag.set(Long.toString(topics.lag(topic, group)));
            } catch (Exception e) {
                lag.set("?");
            }
        }, 0, 1, TimeUnit.SECONDS);
        try {
            System.out.printf("    %6s %10s %10s %10s %10s %10s%n", "time", "sent", "sent/s", "stored", "stored/s", "lag");
            long begin = System.nanoTime();
            long lastSent = 0;
            long lastStored = 0;
            long lastT = 0;
            while (!run.isDone()) {
                Thread.sleep(1000);
                long t = (System.nanoTime() - begin) / 1_000_000_000;
                long dt = Math.max(t - lastT, 1);
                long sent = producer.acked();
                long stored = db.stored(prefix)[0];
                System.out.printf("    %5ds %10d %10d %10d %10d %10s%n", t, sent, (sent - lastSent) / dt, stored, (stored - lastStored) / dt, lag.get());
                lastSent = sent;
                lastStored = stored;
                lastT = t;
            }
        } finally {
            lagPoller.shutdownNow();
        }
    }

    /** Waits for the consumers to catch up, then compares the produced ids with the stored ones; warns when they differ. */
    private void verify(String prefix, long produced) throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        long[] stored = db.stored(prefix);
        while (stored[1] < produced && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            stored = db.stored(prefix);
        }
        long rows = stored[0];
        long distinct = stored[1];
        System.out.printf("==> produced %d orders; stored %d distinct ids in %d rows: %d missing, %d duplicates%n", produced, distinct, rows,
                produced - distinct, rows - distinct);
        if (distinct != produced || rows != distinct) {
            System.err.printf("warning: not every order was stored within %d s of the last send: are the order-consumers running "
                    + "(./suite status)?%n", CATCH_UP.toSeconds());
        }
    }
}
