package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Order;

/** A complete orders row and the record it came from (dead-lettered if the database still refuses the row). */
public record StorableOrder(IncomingOrder source, Order row) {
}
