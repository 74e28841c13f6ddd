package dev.hybridstore.coreapi.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hybridstore.orders")
public interface OrderConfig {

    /**
     * How long POST /api/orders waits for the broker's acknowledgement before answering 503 with outcome 'unknown'.
     * Longer than the producer's max.block.ms, so an order no broker could take is answered 'refused' before that.
     */
    @WithDefault("15s")
    Duration publishTimeout();

    /**
     * How long an Idempotency-Key is remembered (HYBRIDSTORE_ORDERS_IDEMPOTENCY_KEY_RETENTION): within it a retry with the
     * key gets the first use's order; after it the key is free again, and {@link IdempotencyKeyCleanup} deletes it.
     */
    @WithDefault("24h")
    Duration idempotencyKeyRetention();
}
