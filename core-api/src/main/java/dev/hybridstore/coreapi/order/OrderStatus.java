package dev.hybridstore.coreapi.order;

import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.event.OrderPlaced;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The statuses a stored order moves between by PATCH /api/orders/{id}: the set {@link OrderPlaced#STATUS} and
 * orders.status's CHECK (V11) allow, in lower case. Rows stored before V11 may differ in case, so stored values compare
 * case-insensitively. Cancelled and refunded are final, and they are the two that no longer count as sales.
 */
public enum OrderStatus {
    PAID, SHIPPED, COMPLETED, CANCELLED, REFUNDED;

    /** SQL condition (on column {@code status}) for an order that counts as a sale in reports and analytics. */
    public static final String COUNTS_AS_SALE = "lower(coalesce(status, '')) NOT IN ('cancelled', 'refunded')";

    /** The statuses this one may move to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PAID -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(COMPLETED, REFUNDED);
            case COMPLETED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** The stored spellings (lower case) of the statuses that may move to this one. */
    public String[] from() {
        return Arrays.stream(values()).filter(s -> s.next().contains(this)).map(OrderStatus::key).toArray(String[]::new);
    }

    public String key() {
        return Params.lowerCase(this);
    }

    public static OrderStatus parse(String raw) {
        return Params.lowerCaseName("status", raw, OrderStatus.class);
    }
}
