package dev.hybridstore.coreapi.order;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.coreapi.web.Ids;
import dev.hybridstore.model.event.OrderPlaced;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of POST /api/orders: {@link OrderPlaced}'s fields, with order_id, schema_version and placed_at optional
 * (the server fills them). Same constraints as the event, so an accepted request always makes a valid event.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderRequest(
        @Min(OrderPlaced.SCHEMA_VERSION) @Max(OrderPlaced.SCHEMA_VERSION) Integer schemaVersion,
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_\\-:.]+") String orderId,
        @NotBlank @Size(max = 50) String userId,
        @NotBlank @Size(max = 50) String productId,
        @NotNull @Positive Integer quantity,
        @PositiveOrZero Integer totalAmount,
        @PositiveOrZero Integer shippingCost,
        @PositiveOrZero Integer discountAmount,
        @Size(max = 20) String paymentMethod,
        @Size(max = 20) String status,
        Instant placedAt) {

    /** The event for this request: a new 'O…' order id when the client chose none, placed now unless it says when. */
    public OrderPlaced toEvent(Instant now) {
        return new OrderPlaced(OrderPlaced.SCHEMA_VERSION, orderId != null ? orderId : Ids.next('O'), userId, productId, quantity,
                totalAmount, shippingCost, discountAmount, paymentMethod, status, placedAt != null ? placedAt : now);
    }
}
