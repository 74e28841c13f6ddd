package dev.hybridstore.coreapi.order;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of POST /api/orders/batch. Each order is read on its own, as JSON, so one malformed order is refused alone
 * instead of failing the batch.
 */
public record OrderBatch(@NotNull @Size(min = 1, max = OrderBatch.MAX_ORDERS) List<JsonNode> orders) {

    public static final int MAX_ORDERS = 1_000;
}
