package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.event.OrderPlaced;

/** A record whose value is a valid OrderPlaced, still tied to its source for dead-lettering later. */
public record ParsedOrder(IncomingOrder source, OrderPlaced event) {
}
