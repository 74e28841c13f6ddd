package dev.hybridstore.orderconsumer.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderConsumerTest extends OwnOrderRows {

    @Inject
    RedisDataSource redis;

    OrderConsumerTest() {
        super("ORD");
    }

    @Test
    void storesABatchWithUserAndProductColumnsFromTheCacheAndFromTheDatabase() throws Exception {
        String cachedUser = user("F", 34, "부산"), uncachedUser = user("M", 27, "서울");
        String cachedProduct = product("전자", 1000), uncachedProduct = product("식품", 2000);
        // The cache holds a newer region and category than the rows: seeing them proves Redis was read first.
        cacheUser(new User(cachedUser, "tester", "F", 34, "30대", "대구", null, null, null));
        cacheProduct(new Product(cachedProduct, "thing", "가전", null, 1000, null, null, null, store, null, null));
        try {
            String fromCache = ids.next(), fromDatabase = ids.next();
            events.send(event(fromCache, cachedUser, cachedProduct, 1, 1000));
            events.send(event(fromDatabase, uncachedUser, uncachedProduct, 2, 4000));

            assertDenormalized(awaitOrder(fromCache), "대구", "F", "30대", "가전");

            Order stored = awaitOrder(fromDatabase);
            assertDenormalized(stored, "서울", "M", "20대", "식품");
            assertThat(stored.quantity()).isEqualTo(2);
            assertThat(stored.totalAmount()).isEqualTo(4000);
        } finally {
            redis.hash(String.class).hdel(RedisKeys.USERS, cachedUser);
            redis.hash(String.class).hdel(RedisKeys.PRODUCTS, cachedProduct);
        }
    }

    @Test
    void computesTheTotalFromPriceQuantityDiscountAndShippingWhenTheProducerLeftItOut() throws Exception {
        String user = user("F", 41, "광주"), product = product("의류", 12000);
        String computed = ids.next(), given = ids.next();
        events.send(new OrderPlaced(1, computed, user, product, 3, null, 3000, 1500, "card", "completed", Instant.now()));
        events.send(new OrderPlaced(1, given, user, product, 3, 99999, 3000, 1500, "card", "completed", Instant.now()));

        Order order = awaitOrder(computed);
        assertThat(order.totalAmount()).isEqualTo(12000 * 3 - 1500 + 3000);
        assertThat(order.shippingCost()).isEqualTo(3000);
        assertThat(order.discountAmount()).isEqualTo(1500);
        assertThat(awaitOrder(given).totalAmount()).isEqualTo(99999);
    }

    @Test
    void acceptsAnExternalEventThatOmitsEveryOptionalField() throws Exception {
        String user = user("M", 19, "제주"), product = product("도서", 15000);
        String orderId = ids.next();
        Instant sent = Instant.now();
        events.send(null, orderId, """
                {"schema_version": 1, "order_id": "%s", "user_id": "%s", "product_id": "%s", "quantity": 2, "coupon": "ignored"}
                """.formatted(orderId, user, product));

        Order order = awaitOrder(orderId);
        assertThat(order.totalAmount()).isEqualTo(30000);
        assertThat(order.shippingCost()).isZero();
        assertThat(order.discountAmount()).isZero();
        assertThat(order.userAgeGroup()).isEqualTo("10대");
        // Without placed_at the order is dated by the record's timestamp, so a redelivery keeps the same time.
        assertThat(order.createdAt()).isCloseTo(LocalDateTime.ofInstant(sent, ZoneId.systemDefault()), within(30, ChronoUnit.SECONDS));
    }

    @Test
    void redeliveredEventsAreNotStoredTwice() throws Exception {
        String user = user("F", 22, "인천"), product = product("잡화", 500);
        String batchPrefix = ids.next() + "_";
        List<OrderPlaced> batch = IntStream.range(0, 50)
                .mapToObj(i -> event(batchPrefix + i, user, product, 1, 500)).toList();
        batch.forEach(events::send);
        await().atMost(STORED_WITHIN).until(() -> commerce.countOrders(batchPrefix)[0] == 50);
        double duplicatesBefore = meter("hybridstore_orders_duplicates_total");

        batch.forEach(events::send);

        await().atMost(STORED_WITHIN).until(() -> meter("hybridstore_orders_duplicates_total") >= duplicatesBefore + 50);
        assertThat(commerce.countOrders(batchPrefix)).containsExactly(50, 50);
    }

    @Test
    void badEventsGoToTheDeadLetterTopicWithTheirReasonWhileTheRestOfTheBatchIsStored() throws Exception {
        String user = user("M", 50, "울산"), product = product("스포츠", 7000);
        String good = ids.next(), garbage = ids.next(), noUser = ids.next(), noProduct = ids.next(), invalid = ids.next();
        String farFuture = ids.next();
        String garbageValue = "{\"order_id\": \"" + garbage + "\", oops";
        try (DeadLetterReader dlq = new DeadLetterReader(RealServices.endpoints().kafkaBootstrap())) {
            // One partition, back to back: the bad records sit in the same batches as the good one.
            events.send(0, garbage, garbageValue);
            events.send(0, noUser, OrderEvents.json(event(noUser, ids.prefix() + "_ghost", product, 1, 7000)));
            events.send(0, good, OrderEvents.json(event(good, user, product, 1, 7000)));
            events.send(0, noProduct, OrderEvents.json(event(noProduct, user, ids.prefix() + "_ghost", 1, 7000)));
            events.send(0, invalid, OrderEvents.json(event(invalid, user, product, 0, 7000)));
            events.send(0, farFuture, """
                    {"schema_version": 1, "order_id": "%s", "user_id": "%s", "product_id": "%s", "quantity": 1,
                     "placed_at": "+20000-01-01T00:00:00Z"}""".formatted(farFuture, user, product));

            assertThat(awaitOrder(good).userRegion()).isEqualTo("울산");
            Map<String, ConsumerRecord<byte[], byte[]>> letters = dlq.awaitKeys(Set.of(garbage, noUser, noProduct, invalid, farFuture));
            assertThat(DeadLetterReader.header(letters.get(garbage), DlqHeaders.REASON)).isEqualTo("unparseable");
            assertThat(new String(letters.get(garbage).value())).isEqualTo(garbageValue);
            assertThat(DeadLetterReader.header(letters.get(noUser), DlqHeaders.REASON)).isEqualTo("unknown-user");
            assertThat(DeadLetterReader.header(letters.get(noProduct), DlqHeaders.REASON)).isEqualTo("unknown-product");
            assertThat(DeadLetterReader.header(letters.get(invalid), DlqHeaders.REASON)).isEqualTo("invalid");
            assertThat(DeadLetterReader.header(letters.get(invalid), DlqHeaders.DETAIL)).contains("quantity");
            assertThat(DeadLetterReader.header(letters.get(farFuture), DlqHeaders.REASON)).isEqualTo("unparseable");
            assertThat(DeadLetterReader.header(letters.get(farFuture), DlqHeaders.DETAIL)).startsWith("placed_at");
            for (ConsumerRecord<byte[], byte[]> letter : letters.values()) {
                assertThat(DeadLetterReader.header(letter, DlqHeaders.SOURCE_TOPIC)).isEqualTo(topic);
                assertThat(DeadLetterReader.header(letter, DlqHeaders.SOURCE_PARTITION)).isEqualTo("0");
                assertThat(DeadLetterReader.header(letter, DlqHeaders.SOURCE_OFFSET)).matches("\\d+");
            }
        }
        for (String rejected : List.of(garbage, noUser, noProduct, invalid, farFuture)) {
            assertThat(commerce.order(rejected)).isEmpty();
        }
    }

    @Test
    void aReplayedOrderThatFailsAgainKeepsItsReplayCountAndTimestampInTheDeadLetter() throws Exception {
        String product = ids.next(), noUser = ids.next();
        commerce.product(product, "스포츠", 7000, store);
        long placed = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        try (DeadLetterReader dlq = new DeadLetterReader(RealServices.endpoints().kafkaBootstrap())) {
            events.sendReplayed(noUser, OrderEvents.json(event(noUser, ids.prefix() + "_ghost", product, 1, 7000)), placed, 2, true, ids.next());

            ConsumerRecord<byte[], byte[]> letter = dlq.awaitKeys(Set.of(noUser)).get(noUser);
            assertThat(DeadLetterReader.header(letter, DlqHeaders.REASON)).isEqualTo("unknown-user");
            assertThat(DeadLetterReader.header(letter, DlqHeaders.REPLAY_COUNT)).isEqualTo("2");
            assertThat(letter.timestamp()).isEqualTo(placed);
        }
    }

    @Test
    void anAbortedReplayIsNeverStoredAndACommittedOneIs() throws Exception {
        String user = user("F", 30, "대전"), product = product("식품", 3000);
        String aborted = ids.next(), committed = ids.next();
        long now = System.currentTimeMillis();
        // Same partition, the aborted one first: once the committed one is stored, the consumer has passed the other.
        events.sendReplayed(aborted, OrderEvents.json(event(aborted, user, product, 1, 3000)), now, 1, false, ids.next());
        events.sendReplayed(committed, OrderEvents.json(event(committed, user, product, 1, 3000)), now, 1, true, ids.next());

        assertThat(awaitOrder(committed).userRegion()).isEqualTo("대전");
        assertThat(commerce.order(aborted)).isEmpty();
    }

    @Test
    void anOrderForAUserOnlyAStaleCacheStillHoldsIsDeadLetteredAsUnknownWhileTheOthersAreStored() throws Exception {
        String user = user("M", 45, "수원"), product = product("식품", 3000);
        String deletedUser = ids.next();
        // The user is gone from PostgreSQL but not yet from the cache: the lookup succeeds, the foreign key refuses.
        cacheUser(new User(deletedUser, "gone", "F", 28, "20대", "서울", null, null, null));
        String refused = ids.next();
        String[] stored = {ids.next(), ids.next(), ids.next()};
        try (DeadLetterReader dlq = new DeadLetterReader(RealServices.endpoints().kafkaBootstrap())) {
            events.send(0, stored[0], OrderEvents.json(event(stored[0], user, product, 1, 3000)));
            events.send(0, refused, OrderEvents.json(event(refused, deletedUser, product, 1, 3000)));
            events.send(0, stored[1], OrderEvents.json(event(stored[1], user, product, 1, 3000)));
            events.send(0, stored[2], OrderEvents.json(event(stored[2], user, product, 1, 3000)));

            for (String orderId : stored) {
                awaitOrder(orderId);
            }
            ConsumerRecord<byte[], byte[]> letter = dlq.awaitKeys(Set.of(refused)).get(refused);
            assertThat(DeadLetterReader.header(letter, DlqHeaders.REASON)).isEqualTo("unknown-user");
            assertThat(DeadLetterReader.header(letter, DlqHeaders.DETAIL)).contains(deletedUser).contains("stale");
            assertThat(commerce.order(refused)).isEmpty();
        } finally {
            redis.hash(String.class).hdel(RedisKeys.USERS, deletedUser);
        }
    }

    @Test
    void aRowTheDatabaseRefusesForAReasonTheConsumerCannotForeseeIsSetApartAndDeadLettered() throws Exception {
        String user = user("F", 36, "세종"), product = product("식품", 2500);
        // A rule only the database knows, standing in for any future constraint: this payment method is refused.
        String refusedMethod = "no-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String constraint = "ck_orders_test_" + refusedMethod.replace('-', '_');
        commerce.execute("ALTER TABLE orders ADD CONSTRAINT " + constraint + " CHECK (payment_method IS DISTINCT FROM '" + refusedMethod + "') NOT VALID");
        try (DeadLetterReader dlq = new DeadLetterReader(RealServices.endpoints().kafkaBootstrap())) {
            String refused = ids.next();
            List<String> stored = IntStream.range(0, 6).mapToObj(i -> ids.next()).toList();
            for (int i = 0; i < stored.size(); i++) {
                if (i == 4) {
                    events.send(0, refused, OrderEvents.json(new OrderPlaced(1, refused, user, product, 1, null, 0, 0, refusedMethod,
                            "completed", Instant.now())));
                }
                events.send(0, stored.get(i), OrderEvents.json(event(stored.get(i), user, product, 1, 2500)));
            }

            for (String orderId : stored) {
                awaitOrder(orderId);
            }
            ConsumerRecord<byte[], byte[]> letter = dlq.awaitKeys(Set.of(refused)).get(refused);
            assertThat(DeadLetterReader.header(letter, DlqHeaders.REASON)).isEqualTo("rejected-by-database");
            assertThat(DeadLetterReader.header(letter, DlqHeaders.DETAIL)).startsWith("23514").contains(constraint);
            assertThat(commerce.order(refused)).isEmpty();
        } finally {
            commerce.execute("ALTER TABLE orders DROP CONSTRAINT " + constraint);
        }
    }

    @Test
    void dropsTheStoresReportsOfTheOrdersDayAndKeepsTheOthers() throws Exception {
        String user = user("F", 30, "대전"), product = product("가구", 90000);
        long otherStore = commerce.store("other");
        LocalDate today = LocalDate.now();
        String sales = RedisKeys.report(store, today, "sales"), categories = RedisKeys.report(store, today, "categories");
        String yesterday = RedisKeys.report(store, today.minusDays(1), "sales"), otherStores = RedisKeys.report(otherStore, today, "sales");
        List<String> reports = List.of(sales, categories, yesterday, otherStores);
        reports.forEach(key -> redis.value(String.class).set(key, "{\"stale\": true}"));
        try {
            String orderId = ids.next();
            events.send(event(orderId, user, product, 1, 90000));
            awaitOrder(orderId);

            await().atMost(STORED_WITHIN).until(() -> redis.key().exists(sales, categories) == 0);
            assertThat(redis.key().exists(yesterday, otherStores)).isEqualTo(2);
        } finally {
            redis.key().del(reports.toArray(String[]::new));
        }
    }

    private OrderPlaced event(String orderId, String userId, String productId, int quantity, Integer total) {
        return new OrderPlaced(1, orderId, userId, productId, quantity, total, 0, 0, "card", "completed",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The user's and product's columns the order was stored with, and the class's store. */
    private void assertDenormalized(Order order, String region, String gender, String ageGroup, String category) {
        assertThat(order.userRegion()).isEqualTo(region);
        assertThat(order.userGender()).isEqualTo(gender);
        assertThat(order.userAgeGroup()).isEqualTo(ageGroup);
        assertThat(order.category()).isEqualTo(category);
        assertThat(order.storeId()).isEqualTo(store);
    }

    private void cacheUser(User user) throws Exception {
        redis.hash(String.class).hset(RedisKeys.USERS, user.userId(), Json.MAPPER.writeValueAsString(user));
    }

    private void cacheProduct(Product product) throws Exception {
        redis.hash(String.class).hset(RedisKeys.PRODUCTS, product.productId(), Json.MAPPER.writeValueAsString(product));
    }

    private static double meter(String name) {
        return PrometheusText.value(given().get("/q/metrics").asString(), name);
    }
}
