package dev.hybridstore.coreapi.order;

import java.time.LocalDate;

/** A page request on orders: filters (null = any), an inclusive date range, and the keyset cursor. */
public record OrderQuery(String userId, Long storeId, LocalDate from, LocalDate to, OrderCursor after, int limit) {
}
