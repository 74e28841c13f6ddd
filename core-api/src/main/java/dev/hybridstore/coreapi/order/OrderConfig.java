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

    /** The order producer's batching ({@link OrdersProducerBatching}): the trade between an order's latency and records per request. */
    Producer producer();

    interface Producer {

        /**
         * linger.ms (KAFKA_PRODUCER_LINGER_MS): how long a record waits for others to join its batch before it is sent.
         * Every POST /api/orders waits for its record's acknowledgement, so this is added to a lone order's latency; under
         * load, batches fill before it runs out. 5 is the Kafka 4 client's default.
         */
        @WithDefault("5")
        int lingerMs();

        /** batch.size (KAFKA_PRODUCER_BATCH_SIZE): the most bytes of records per partition sent in one request. */
        @WithDefault("16384")
        int batchSize();
    }
}
