package dev.hybridstore.coreapi.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

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
        @Pattern(regexp = OrderPlaced.STATUS, message = OrderPlaced.STATUS_MESSAGE) String status,
        Instant placedAt) {

    /** The event for this request under {@code id}, placed at {@code now} unless the request says when. */
    public OrderPlaced toEvent(String id, Instant now) {
        return new OrderPlaced(OrderPlaced.SCHEMA_VERSION, id, userId, productId, quantity, totalAmount, shippingCost, discountAmount,
                paymentMethod, status, placedAt != null ? placedAt : now);
    }

    /**
     * SHA-256 (hex) of the parsed request written out again, so field order, spacing and equal spellings of a value
     * (such as a time in another offset) do not count; order_id is part of it.
     */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Json.MAPPER.writeValueAsBytes(this)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint an order request", e);
        }
    }
}
