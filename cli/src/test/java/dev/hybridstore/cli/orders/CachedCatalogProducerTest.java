package dev.hybridstore.cli.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.runtime.datasource.BlockingRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's producer (orders simulate) against the real Redis and Kafka: it orders for the users and products of the
 * cache-worker's hashes, and its orders reach the topic as the consumer reads them. That an order-consumer then stores
 * them is order-consumer's own test (OrderConsumerTest); this module starts no service.
 */
class CachedCatalogProducerTest {

    /** A Redis database of this class's own, so the hashes hold exactly the entries the test puts there (db 0 is the suite's). */
    private static final int REDIS_DB = 11;

    private static Vertx vertx;
    private static RedisDataSource redis;
    private static TestTopics topics;
    private final TestIds ids = TestIds.create("SIM");

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        Redis client = Redis.createClient(vertx, RealServices.endpoints().redisUrl().replaceFirst("/\\d*$", "") + "/" + REDIS_DB);
        redis = new BlockingRedisDataSourceImpl(vertx, client, RedisAPI.api(client), Duration.ofSeconds(10));
        topics = new TestTopics();
    }

    @AfterAll
    static void close() throws Exception {
        redis.key().del(RedisKeys.USERS, RedisKeys.PRODUCTS);
        topics.close();
        vertx.closeAndAwait();
    }

    @Test
    void ordersGoToTheCachedUsersAndProductsWithDiscountsBelowThePrice() throws Exception {
        redis.key().del(RedisKeys.USERS, RedisKeys.PRODUCTS);
        Set<String> users = Set.of(ids.next(), ids.next(), ids.next());
        Map<String, Integer> prices = Map.of(ids.next(), 12_000, ids.next(), 70_000);
        users.forEach(u -> redis.hash(String.class).hset(RedisKeys.USERS, u, "{\"user_id\": \"" + u + "\"}"));
        for (var p : prices.entrySet()) {
            redis.hash(String.class).hset(RedisKeys.PRODUCTS, p.getKey(), Json.MAPPER.writeValueAsString(
                    new Product(p.getKey(), "상품", "스포츠", null, p.getValue(), null, null, 10, 1L, null, null)));
        }

        OrderCatalog catalog = OrderCatalog.fromCache(redis, 10_000);
        assertThat(catalog.users()).containsExactlyInAnyOrderElementsOf(users);
        assertThat(catalog.products()).extracting(OrderCatalog.PricedProduct::id, OrderCatalog.PricedProduct::price)
                .containsExactlyInAnyOrderElementsOf(prices.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue()))
                        .toList());

        String topic = topics.create("orders-sim", 9);
        long sent;
        try (OrderProducer producer = new OrderProducer(topics.bootstrap, topic, ids.prefix(), catalog)) {
            sent = producer.run(0, 300, Duration.ZERO);
        }
        assertThat(sent).isEqualTo(300);

        List<ConsumerRecord<byte[], byte[]>> records = topics.readAll(topic);
        assertThat(records).hasSize(300);
        Set<String> usersSeen = new HashSet<>();
        Map<String, Integer> productsSeen = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            OrderPlaced order = Json.MAPPER.readValue(r.value(), OrderPlaced.class);
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(order.orderId()).startsWith(ids.prefix() + "-");
            assertThat(users).contains(order.userId());
            assertThat(prices).containsKey(order.productId());
            long subtotal = (long) prices.get(order.productId()) * order.quantity();
            assertThat(order.discountAmount()).isBetween(0, (int) (subtotal / 10));
            assertThat(order.shippingCost()).isEqualTo(subtotal >= 50_000 ? 0 : 3000);
            usersSeen.add(order.userId());
            productsSeen.merge(order.productId(), 1, Integer::sum);
        }
        assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).doesNotHaveDuplicates();
        assertThat(usersSeen).isEqualTo(users);
        assertThat(productsSeen.keySet()).isEqualTo(prices.keySet());
    }

    @Test
    void anEmptyCacheGivesAnEmptyCatalogSoTheCommandFallsBackToPostgres() {
        redis.key().del(RedisKeys.USERS, RedisKeys.PRODUCTS);
        assertThat(OrderCatalog.fromCache(redis, 10_000).empty()).isTrue();
    }
}
