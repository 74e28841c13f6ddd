package dev.hybridstore.orderconsumer.order;

import java.time.Instant;

/**
 * One Kafka record of the orders topic, as received: raw bytes, so a bad value can be forwarded untouched. replayCount
 * is the dead-letter replay's header, null on a record that was never replayed.
 */
public record IncomingOrder(String topic, int partition, long offset, byte[] key, byte[] value, Instant timestamp, byte[] replayCount) {
}
