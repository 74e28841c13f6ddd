package dev.hybridstore.orderconsumer.tools;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The suite's order simulator and benchmark load: OrderPlaced events for random users and products, keyed by order_id,
 * at a steady rate (or as fast as the broker takes them). Runs outside Quarkus on the service's library folder:
 * <pre>
 * java -cp 'order-consumer/target/quarkus-app/app/*:order-consumer/target/quarkus-app/lib/main/*' \
 *   dev.hybridstore.orderconsumer.tools.OrderProducer --bootstrap HOST:PORT --topic orders --users users.txt \
 *   --products products.txt --prefix SIM-1 [--rate 5000] [--count N | --duration SECONDS] [--lag-group order-consumer]
 * </pre>
 * The files hold one id per line, products optionally as {@code id,price} so discounts stay below the price. Once a
 * second it prints {@code progress seconds=.. sent=.. rate=.. [lag=..]}; at the end {@code done sent=.. seconds=.. rate=..}.
 * Every send is acknowledged by all in-sync replicas (idempotent producer) before it counts as sent.
 */
public final class OrderProducer {

    private static final String[] PAYMENT_METHODS = {"card", "card", "card", "bank_transfer", "kakao_pay", "naver_pay", "toss_pay"};
    private static final int FREE_SHIPPING_FROM = 50_000;

    private final Map<String, String> options;
    private final SplittableRandom random = new SplittableRandom();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicReference<String> lag = new AtomicReference<>("?");
    private long lastReportAt;
    private long lastReportSent;

    private OrderProducer(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("bootstrap", "topic", "users", "products", "prefix")) {
            if (!options.containsKey(required)) {
                System.err.println("missing --" + required);
                System.exit(2);
            }
        }
        System.exit(new OrderProducer(options).run());
    }

    private int run() throws IOException, InterruptedException {
        List<String> users = lines(options.get("users"));
        List<String[]> products = lines(options.get("products")).stream().map(l -> l.split(",", 2)).toList();
        if (users.isEmpty() || products.isEmpty()) {
            System.err.println("no users or no products to order with");
            return 2;
        }
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        long count = Long.parseLong(options.getOrDefault("count", "0"));
        long durationNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(options.getOrDefault("duration", "0")));
        String prefix = options.get("prefix");
        String topic = options.get("topic");

        ScheduledExecutorService lagPoller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lag-poller");
            t.setDaemon(true);
            return t;
        });
        try (KafkaProducer<String, byte[]> producer = producer(); Admin admin = admin()) {
            if (options.containsKey("lag-group")) {
                // Off the sending thread: a slow or failed broker must not hold up the pace.
                lagPoller.scheduleWithFixedDelay(() -> lag.set(lag(admin, topic, options.get("lag-group"))), 0, 1, TimeUnit.SECONDS);
            }
            producer.partitionsFor(topic); // metadata first, so the clock starts with the first real send
            long start = System.nanoTime();
            long origin = start; // the pace's reference point
            lastReportAt = start;
            long nextReport = start + TimeUnit.SECONDS.toNanos(1);
            long sent = 0;
            while ((count == 0 || sent < count) && (durationNanos == 0 || System.nanoTime() - start < durationNanos)) {
                if (failure.get() != null) {
                    break;
                }
                long now = System.nanoTime();
                if (now >= nextReport) {
                    report("progress", start);
                    nextReport += TimeUnit.SECONDS.toNanos(1);
                }
                if (rate > 0) {
                    long due = (long) (rate * (now - origin) / 1e9);
                    if (due - sent > rate) {
                        // More than a second behind (a broker stalled the buffer): resume the pace instead of bursting.
                        origin = now - (long) (sent / rate * 1e9);
                    } else if (sent >= due) {
                        LockSupport.parkNanos(200_000);
                        continue;
                    }
                }
                String orderId = prefix + "-" + sent;
                producer.send(new ProducerRecord<>(topic, orderId, Json.MAPPER.writeValueAsBytes(order(orderId, users, products))),
                        (metadata, error) -> {
                            if (error == null) {
                                acked.incrementAndGet();
                            } else {
                                failure.compareAndSet(null, error);
                            }
                        });
                sent++;
            }
            producer.flush();
            report("done", start);
        } finally {
            lagPoller.shutdownNow();
        }
        if (failure.get() != null) {
            System.err.println("sending failed: " + failure.get());
            return 1;
        }
        return 0;
    }

    private OrderPlaced order(String orderId, List<String> users, List<String[]> products) {
        String[] product = products.get(random.nextInt(products.size()));
        int quantity = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(4);
        Integer price = product.length > 1 ? Integer.valueOf(product[1].strip()) : null;
        long subtotal = price == null ? 0 : (long) price * quantity;
        int shipping = price != null && subtotal >= FREE_SHIPPING_FROM ? 0 : 3000;
        int discount = price != null && random.nextInt(5) == 0 ? (int) (subtotal / 10) : 0;
        String status = random.nextInt(50) == 0 ? "cancelled" : "completed";
        // total_amount is left out, as external producers may: the consumer computes it from the product's price.
        return new OrderPlaced(OrderPlaced.SCHEMA_VERSION, orderId, users.get(random.nextInt(users.size())), product[0], quantity,
                null, shipping, discount, PAYMENT_METHODS[random.nextInt(PAYMENT_METHODS.length)], status, Instant.now());
    }

    /** progress: the rate over the last interval; done: over the whole run. */
    private void report(String what, long start) {
        long now = System.nanoTime();
        long sent = acked.get();
        boolean done = what.equals("done");
        double interval = (now - (done ? start : lastReportAt)) / 1e9;
        double rate = (sent - (done ? 0 : lastReportSent)) / Math.max(interval, 1e-3);
        lastReportAt = now;
        lastReportSent = sent;
        String lagNow = options.containsKey("lag-group") ? " lag=" + lag.get() : "";
        System.out.printf("%s seconds=%.1f sent=%d rate=%.0f%s%n", what, (now - start) / 1e9, sent, rate, lagNow);
        System.out.flush();
    }

    /** Records in the topic not yet committed by the group (committed offsets trail processing by the commit interval). */
    private static String lag(Admin admin, String topic, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata c = committed.get(p);
                lag += ends.get(p).offset() - (c == null ? 0 : c.offset());
            }
            return Long.toString(lag);
        } catch (Exception e) {
            return "?";
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("bootstrap"),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024, ProducerConfig.CLIENT_ID_CONFIG, "order-producer-" + options.get("prefix"));
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("bootstrap"),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000));
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
