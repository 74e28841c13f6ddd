package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.kafka.DlqReason;

/** A record that cannot be stored, with the reason sent along in its headers. */
public record DeadLetter(IncomingOrder source, DlqReason reason, String detail) {
}
