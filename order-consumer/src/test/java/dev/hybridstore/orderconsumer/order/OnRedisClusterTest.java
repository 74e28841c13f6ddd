package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.testsupport.RedisClusterProfile;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** order-consumer on a Redis Cluster: the report invalidation after a batch finds the reports on every master. */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
@RedisClusterProfile.Required
class OnRedisClusterTest extends OwnOrderRows {

    private static final List<String> CATEGORIES = List.of("sales", "orders", "products", "categories");

    @Inject
    RedisDataSource redis;

    OnRedisClusterTest() {
        super("ORC");
    }

    @Test
    void dropsTheReportsOfEveryStoreAndDayOrderedOnEveryMaster() throws Exception {
        LocalDate today = LocalDate.now();
        String user = ids.next();
        commerce.user(user, "F", 30, "대전");
        List<Long> stores = List.of(store, commerce.store("second"), commerce.store("third"));
        List<String> touched = new ArrayList<>(), kept = new ArrayList<>(), orders = new ArrayList<>();
        for (long s : stores) {
            CATEGORIES.forEach(category -> touched.add(RedisKeys.report(s, today, category)));
            kept.add(RedisKeys.report(s, today.minusDays(1), "sales"));
        }
        kept.add(RedisKeys.report(commerce.store("untouched"), today, "sales"));
        touched.forEach(key -> redis.value(String.class).setex(key, 600, "{\"stale\": true}"));
        kept.forEach(key -> redis.value(String.class).setex(key, 600, "{\"stale\": true}"));
        assertThat(touched.stream().map(key -> master(redis.execute("CLUSTER", "KEYSLOT", key).toInteger())).distinct())
                .as("the touched reports sit on more than one master").hasSizeGreaterThan(1);
        try {
            for (long s : stores) {
                String product = ids.next(), orderId = ids.next();
                commerce.product(product, "가구", 90000, s);
                orders.add(orderId);
                events.send(new OrderPlaced(1, orderId, user, product, 1, 90000, 0, 0, "card", "completed",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            }
            for (String orderId : orders) {
                await().atMost(Duration.ofSeconds(30)).until(() -> commerce.order(orderId).isPresent());
            }

            // One EXISTS per key: a cluster refuses several keys of different slots in one command.
            await().atMost(Duration.ofSeconds(30)).until(() -> touched.stream().noneMatch(redis.key()::exists));
            assertThat(kept).allMatch(redis.key()::exists);
        } finally {
            redis.key().del(touched.toArray(String[]::new));
            redis.key().del(kept.toArray(String[]::new));
        }
    }

    /** The slot ranges redis-cli --cluster create gives three masters. */
    private static int master(int slot) {
        return slot <= 5460 ? 0 : slot <= 10922 ? 1 : 2;
    }
}
