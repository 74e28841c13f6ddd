package dev.hybridstore.orderconsumer.order;

import io.opentelemetry.context.Context;
import java.time.Instant;

/**
 * One Kafka record of the orders topic, as received: raw bytes, so a bad value can be forwarded untouched. replayCount
 * is the dead-letter replay's header, null on a record that was never replayed; trace is the context its traceparent
 * header carries (the request that placed the order), the root context without one.
 */
public record IncomingOrder(String topic, int partition, long offset, byte[] key, byte[] value, Instant timestamp, byte[] replayCount,
        Context trace) {
}
