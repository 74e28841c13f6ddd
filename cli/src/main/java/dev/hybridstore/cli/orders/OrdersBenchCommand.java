package dev.hybridstore.cli.orders;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.KafkaConfig;
import dev.hybridstore.cli.bench.Seeder;
import dev.hybridstore.cli.chaos.FaultDriver;
import dev.hybridstore.cli.chaos.FaultDriver.Action;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Table;
import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.model.metrics.MetricSample;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hybridstore bench orders}: how fast order-consumer drains a backlog into PostgreSQL, with 1 and with 3 instances,
 * beside the limits measured in the same run: durable COPY of the same rows into an identical table, and Kafka's own
 * consumer on the same topic. The instances are started and stopped by the deployment's fault command.
 */
@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "Drain a backlog of OrderPlaced events into PostgreSQL with 1 and with 3 order-consumer instances; print orders/s "
                + "beside durable COPY of the same rows and Kafka's consumer alone on the same topic.")
public class OrdersBenchCommand implements Callable<Integer> {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static final Duration STALL = Duration.ofSeconds(60);

    @Option(names = "--events", defaultValue = "1000000", description = "Orders in the backlog (default ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--users", defaultValue = "100000", description = "Users to order with; seeded up to this many (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--products", defaultValue = "10000", description = "Products, seeded up to this many (default ${DEFAULT-VALUE})")
    int products;

    @Inject
    CliConfig config;
    @Inject
    FaultDriver faults;
    @Inject
    Api api;
    @Inject
    OrdersDatabase db;
    @Inject
    Seeder seeder;
    @Inject
    KafkaConfig kafka;

    @Override
    public Integer call() throws Exception {
        if (config.faultCommand().isEmpty()) {
            System.err.println("error: HYBRIDSTORE_CLI_FAULT_COMMAND is not set; run it as ./suite bench orders");
            return 2;
        }
        seeder.topUp(users, products);
        OrderCatalog catalog = db.catalog(users);
        String run = "B" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        int restore = 0;
        for (int n = 1; n <= config.consumerUrls().size(); n++) {
            if (answers(n)) {
                restore = n;
            }
        }
        try (OrderTopics topics = new OrderTopics(kafka.bootstrapServers())) {
            try {
                if (restore > 0) {
                    say("stopping the running order-consumer instances (restarted at the end)");
                    stopInstances(restore);
                }
                double one = drain(topics, catalog, run, 1);
                say("COPY of the same " + events + " rows into an identical table (durable)");
                double copy = events / db.copySeconds(run + "-1");
                System.err.printf("    ok COPY: %s rows/s%n", whole(copy));
                double kafkaAlone = kafkaConsumerRate(topic(run, 1));
                db.deleteRun(run + "-1");
                double three = drain(topics, catalog, run, 3);
                System.out.printf("==> orders benchmark: %,d OrderPlaced events, backlog drained into PostgreSQL (every commit durable)%n", events);
                System.out.print(new Table("", "per second", "of COPY", "of Kafka")
                        .row("order-consumer, 1 instance (orders)", whole(one), ratio(one, copy), ratio(one, kafkaAlone))
                        .row("order-consumer, 3 instances (orders)", whole(three), ratio(three, copy), ratio(three, kafkaAlone))
                        .row("limit: durable COPY into an identical table, same indexes and FKs (rows)", whole(copy), "1.00", ratio(copy, kafkaAlone))
                        .row("limit: Kafka's consumer alone on the same topic (records)", whole(kafkaAlone), "-", "1.00")
                        .render());
                return 0;
            } finally {
                cleanUp(topics, run, restore);
            }
        }
    }

    /**
     * Produces the backlog to a fresh topic with the consumers stopped, then starts the instances on it and times them
     * until every order is stored. Orders/s.
     */
    private double drain(OrderTopics topics, OrderCatalog catalog, String run, int instances) throws Exception {
        String topic = topic(run, instances);
        String prefix = run + "-" + instances;
        topics.create(topic, Topics.ORDERS_PARTITIONS, kafka.replicationFactor());
        say("producing " + events + " orders to " + topic);
        long begin = System.nanoTime();
        try (OrderProducer producer = new OrderProducer(kafka.bootstrapServers(), topic, prefix, catalog)) {
            long sent = producer.run(0, events, Duration.ZERO);
            double seconds = (System.nanoTime() - begin) / 1e9;
            System.err.printf("    produced %d in %.1f s: %s events/s (acks=all)%n", sent, seconds, whole(sent / seconds));
        }
        say("draining with " + instances + " instance(s)");
        // Started together; JVM start is not part of the figure.
        for (int n = 1; n <= instances; n++) {
            faults.run(Action.start(instance(n)), "MP_MESSAGING_INCOMING_ORDERS_TOPIC=" + topic, "MP_MESSAGING_INCOMING_ORDERS_GROUP_ID=order-bench-" + prefix);
        }
        for (int n = 1; n <= instances; n++) {
            awaitReady(n);
        }
        // The clock starts at the first insert seen once all are ready: the group join is not part of the figure either.
        long done0 = stored(instances);
        long handled = done0;
        for (int i = 0; i < 240 && handled <= done0; i++) {
            Thread.sleep(250);
            handled = stored(instances);
        }
        done0 = handled;
        long start = System.nanoTime();
        long now = start;
        long last = handled;
        long lastProgress = start;
        long shown = 0;
        while (handled < events) {
            Thread.sleep(500); // each poll renders every instance's /q/metrics: often enough to time, rarely enough to cost nothing
            handled = stored(instances);
            now = System.nanoTime();
            if (handled != last) {
                lastProgress = now;
                last = handled;
            } else if (now - lastProgress > STALL.toNanos()) {
                throw new IllegalStateException("no progress for " + STALL.toSeconds() + " s at " + handled + "/" + events
                        + " stored (dead letters? see the order-consumer logs)");
            }
            long elapsed = (now - start) / 1_000_000_000;
            if (elapsed > shown) {
                shown = elapsed;
                System.err.printf("    %4ds %10d stored%n", elapsed, handled);
            }
        }
        stopInstances(instances);
        long stored = db.stored(prefix)[0];
        if (stored != events) {
            throw new IllegalStateException(stored + " of " + events + " orders in PostgreSQL after the drain");
        }
        if (done0 * 2 >= events) {
            System.err.println("warning: half the backlog was drained before all instances were ready: too few --events for a figure");
        }
        double rate = (events - done0) / ((now - start) / 1e9);
        System.err.printf("    ok %d instance(s): %d orders stored, %s orders/s%n", instances, events, whole(rate));
        return rate;
    }

    /**
     * Orders the instances have inserted, from their /q/metrics. Each order is inserted once, whichever instance has it
     * (records consumed twice around a rebalance count as duplicates, not here), so the sum reaches the backlog exactly
     * when every order is in PostgreSQL.
     */
    private long stored(int instances) throws InterruptedException {
        double total = 0;
        for (int n = 1; n <= instances; n++) {
            try {
                total += MetricSample.parse(api.get(URI.create(url(n) + "/q/metrics")).raw()).stream()
                        .filter(s -> s.name().equals("hybridstore_orders_stored_total")).mapToDouble(MetricSample::value).sum();
            } catch (IOException e) {
                // not answering this time: counted on the next poll
            }
        }
        return (long) total;
    }

    /** Kafka's consumer alone, fresh group, from the first record fetched: how fast records can leave the broker. */
    private double kafkaConsumerRate(String topic) {
        say("Kafka's consumer alone on " + topic);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "perf-" + topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long first = 0;
            long afterFirst = 0;
            long seen = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (seen < events && System.nanoTime() < deadline) {
                int n = consumer.poll(Duration.ofSeconds(1)).count();
                if (n > 0 && first == 0) {
                    first = System.nanoTime(); // the first fetch's records arrived before the clock started
                } else {
                    afterFirst += n;
                }
                seen += n;
            }
            double rate = afterFirst / ((System.nanoTime() - first) / 1e9);
            System.err.printf("    ok Kafka: %s records/s%n", whole(rate));
            return rate;
        }
    }

    private void awaitReady(int n) throws InterruptedException {
        if (!api.awaitReady(url(n), READY_WITHIN)) {
            throw new IllegalStateException(instance(n) + " not ready within " + READY_WITHIN.toSeconds() + " s; see its log");
        }
    }

    private boolean answers(int n) {
        try {
            api.get(URI.create(url(n) + "/q/health/live"));
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stopInstances(int count) {
        for (int n = 1; n <= count; n++) {
            faults.run(Action.stop(instance(n)));
        }
    }

    private void cleanUp(OrderTopics topics, String run, int restore) throws Exception {
        stopInstances(config.consumerUrls().size());
        say("removing the benchmark's orders and topics");
        db.deleteRun(run);
        db.dropCopyTable();
        topics.delete(List.of(topic(run, 1), topic(run, 3)));
        if (restore > 0) {
            say("restarting " + restore + " order-consumer instance(s)");
            for (int n = 1; n <= restore; n++) {
                faults.run(Action.start(instance(n)));
            }
            for (int n = 1; n <= restore; n++) {
                awaitReady(n);
            }
        }
    }

    private String url(int n) {
        return config.consumerUrls().get(n - 1);
    }

    private static String instance(int n) {
        return n == 1 ? "order-consumer" : "order-consumer-" + n;
    }

    private static String topic(String run, int instances) {
        return "orders-bench-" + run + "-" + instances;
    }

    private static void say(String line) {
        System.err.println("==> " + line);
    }

    private static String whole(double perSecond) {
        return String.format("%,.0f", perSecond);
    }

    private static String ratio(double part, double whole) {
        return String.format("%.2f", part / whole);
    }
}
