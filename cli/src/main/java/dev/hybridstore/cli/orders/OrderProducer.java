package dev.hybridstore.cli.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.cli.orders.OrderCatalog.PricedProduct;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The suite's order simulator and benchmark load: OrderPlaced events for random users and products of a catalog, keyed
 * by order_id ({@code <prefix>-<n>}), at a steady rate or as fast as the broker takes them. A send counts once all
 * in-sync replicas have it (acks=all, idempotent producer).
 */
final class OrderProducer implements AutoCloseable {

    private static final String[] PAYMENT_METHODS = {"card", "card", "card", "bank_transfer", "kakao_pay", "naver_pay", "toss_pay"};
    private static final int FREE_SHIPPING_FROM = 50_000;

    private final String topic;
    private final String prefix;
    private final OrderCatalog catalog;
    private final KafkaProducer<String, byte[]> producer;
    private final SplittableRandom random = new SplittableRandom();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    OrderProducer(String bootstrap, String topic, String prefix, OrderCatalog catalog) {
        this.topic = topic;
        this.prefix = prefix;
        this.catalog = catalog;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024, ProducerConfig.CLIENT_ID_CONFIG, "order-producer-" + prefix),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends acknowledged so far. */
    long acked() {
        return acked.get();
    }

    /**
     * Sends until {@code count} orders (0: no limit) or for {@code duration} (zero: no limit), at {@code rate} orders/s
     * (0: as fast as the broker takes them). Returns the acknowledged sends; fails on the first refused send.
     */
    long run(double rate, long count, Duration duration) throws JsonProcessingException {
        producer.partitionsFor(topic); // metadata first, so the clock starts with the first real send
        long start = System.nanoTime();
        long origin = start; // the pace's reference point
        long sent = 0;
        while ((count == 0 || sent < count) && (duration.isZero() || System.nanoTime() - start < duration.toNanos()) && failure.get() == null) {
            if (rate > 0) {
                long now = System.nanoTime();
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
            producer.send(new ProducerRecord<>(topic, orderId, Json.MAPPER.writeValueAsBytes(order(orderId))), (metadata, error) -> {
                if (error == null) {
                    acked.incrementAndGet();
                } else {
                    failure.compareAndSet(null, error);
                }
            });
            sent++;
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("sending to " + topic + " failed: " + failure.get().getMessage(), failure.get());
        }
        return acked.get();
    }

    private OrderPlaced order(String orderId) {
        PricedProduct product = catalog.products().get(random.nextInt(catalog.products().size()));
        int quantity = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(4);
        Integer price = product.price();
        long subtotal = price == null ? 0 : (long) price * quantity;
        int shipping = price != null && subtotal >= FREE_SHIPPING_FROM ? 0 : 3000;
        int discount = price != null && random.nextInt(5) == 0 ? (int) (subtotal / 10) : 0;
        String status = random.nextInt(50) == 0 ? "cancelled" : "completed";
        // total_amount is left out, as external producers may: the consumer computes it from the product's price.
        return new OrderPlaced(OrderPlaced.SCHEMA_VERSION, orderId, catalog.users().get(random.nextInt(catalog.users().size())), product.id(),
                quantity, null, shipping, discount, PAYMENT_METHODS[random.nextInt(PAYMENT_METHODS.length)], status, Instant.now());
    }

    @Override
    public void close() {
        producer.close();
    }
}
