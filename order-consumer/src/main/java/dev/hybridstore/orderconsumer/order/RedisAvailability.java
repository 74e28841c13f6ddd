package dev.hybridstore.orderconsumer.order;

import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Redis is optional for storing orders: lookups fall back to PostgreSQL and report invalidation is skipped. This keeps
 * the outage state so it is logged once (WARN when it starts, INFO when it ends) and so batches skip Redis for a while
 * instead of each waiting for a timeout.
 */
@Singleton
public class RedisAvailability {

    private static final long UP = 0;

    private final long retryAfterNanos;
    /** 0 while Redis works; otherwise when the outage was last observed (System.nanoTime, never 0 in practice). */
    private final AtomicLong downSince = new AtomicLong(UP);

    RedisAvailability(OrdersConfig config) {
        this.retryAfterNanos = config.redisRetryAfter().toNanos();
    }

    /** False while the last failure is recent: callers skip Redis. */
    public boolean worthTrying() {
        long since = downSince.get();
        return since == UP || System.nanoTime() - since >= retryAfterNanos;
    }

    public void succeeded() {
        if (downSince.getAndSet(UP) != UP) {
            Log.info("Redis is reachable again: order lookups and report invalidation use it again");
        }
    }

    public void failed(String what, Throwable failure) {
        if (downSince.getAndSet(System.nanoTime()) == UP) {
            Log.warnf("Redis unavailable (%s: %s): orders are still stored; users/products are read from PostgreSQL and "
                    + "today's report keys are not dropped until it is back", what, failure.toString());
        }
    }
}
