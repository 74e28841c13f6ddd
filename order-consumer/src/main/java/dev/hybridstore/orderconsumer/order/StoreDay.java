package dev.hybridstore.orderconsumer.order;

import java.time.LocalDate;

/** One store's reports of one day: what a stored order makes stale. */
public record StoreDay(long storeId, LocalDate date) {
}
