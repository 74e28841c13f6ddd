package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.testsupport.ConfigProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Redis is a cache for this service: with it unreachable, orders are still denormalized (from PostgreSQL) and stored. */
@QuarkusTest
@TestProfile(OrderConsumerWithoutRedisTest.RedisUnreachable.class)
class OrderConsumerWithoutRedisTest extends OwnOrderRows {

    public static class RedisUnreachable extends ConfigProfile {
        public RedisUnreachable() {
            // A port nothing listens on: every Redis call fails at once.
            super("quarkus.redis.hosts", "redis://127.0.0.1:1", "quarkus.redis.timeout", "1s");
        }
    }

    OrderConsumerWithoutRedisTest() {
        super("NORED");
    }

    @Test
    void ordersAreStoredWithTheirDenormalizedColumnsWhileRedisIsDown() throws Exception {
        String user = user("F", 61, "춘천"), product = product("건강", 8000);
        String first = ids.next(), second = ids.next();
        events.send(new OrderPlaced(1, first, user, product, 1, null, 0, 0, "card", "completed", Instant.now()));
        events.send(new OrderPlaced(1, second, user, product, 2, null, 0, 0, "card", "completed", Instant.now()));

        for (String orderId : new String[] {first, second}) {
            Order order = awaitOrder(orderId);
            assertThat(order.userRegion()).isEqualTo("춘천");
            assertThat(order.category()).isEqualTo("건강");
            assertThat(order.storeId()).isEqualTo(store);
        }
        assertThat(commerce.order(second).orElseThrow().totalAmount()).isEqualTo(16000);
    }
}
