package dev.hybridstore.coreapi.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of POST /api/orders/batch. A body that is not of this shape (a wrong type, a control character) is a 400
 * naming the field, as for any body; each order's constraints and references are then checked on their own, so one
 * invalid order is refused alone.
 */
public record OrderBatch(@NotNull @Size(min = 1, max = OrderBatch.MAX_ORDERS) List<OrderRequest> orders) {

    public static final int MAX_ORDERS = 1_000;
}
