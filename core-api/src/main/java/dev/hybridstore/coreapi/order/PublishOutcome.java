package dev.hybridstore.coreapi.order;

import dev.hybridstore.platform.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * What a 503 of POST /api/orders means for the order. REFUSED: the record certainly is not on the topic, so this
 * request stores nothing. UNKNOWN: the record may have been written and the order may still be stored. Only failures the
 * Kafka producer raises before the record joins its buffer count as REFUSED; everything else, a delivery timeout or
 * our own publish timeout included, is UNKNOWN: the safe answer, since a retry with the same order id never doubles an
 * order. This holds for one send per order: SmallRye's resend is off for orders-out ({@link OrdersProducerRetries}).
 */
enum PublishOutcome {
    REFUSED, UNKNOWN;

    static PublishOutcome of(Throwable failure) {
        // KafkaProducer.doSend: no broker told the producer where the topic lives within max.block.ms. The delivery
        // timeout of a buffered or in-flight record has the same class, so the message tells them apart; should
        // Kafka reword it, the answer falls back to UNKNOWN.
        boolean noMetadata = failure instanceof TimeoutException && failure.getMessage() != null
                && failure.getMessage().contains("not present in metadata");
        boolean beforeBuffer = failure instanceof BufferExhaustedException || failure instanceof SerializationException;
        // The emitter's stream is gone, or the producer is closed: the record was never handed to Kafka.
        boolean notHandedOver = failure instanceof IllegalStateException && failure.getCause() == null;
        return noMetadata || beforeBuffer || notHandedOver ? REFUSED : UNKNOWN;
    }

    /** The 503 problem: the order's id and this outcome as members, and what the client should do in the detail. */
    ProblemException problem(String orderId, String reason) {
        String retry = "Retry the same request with the same Idempotency-Key, or without a key with \"order_id\":\"" + orderId
                + "\"; a retry never doubles an order.";
        String detail = this == REFUSED
                ? "Order '" + orderId + "' was not accepted: " + reason + ", so this request stores nothing. " + retry
                : "The outcome of order '" + orderId + "' is unknown: " + reason + "; it may still be stored (GET /api/orders/"
                        + orderId + "). " + retry;
        return new ProblemException(503, "Service Unavailable", detail, List.of(),
                Map.of("order_id", orderId, "outcome", name().toLowerCase(Locale.ROOT)));
    }
}
