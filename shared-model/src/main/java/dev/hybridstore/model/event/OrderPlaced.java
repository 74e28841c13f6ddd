package dev.hybridstore.model.event;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.kafka.JsonDeserializer;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An order accepted for storage, on topic {@code orders}, keyed by order_id. Only order_id, user_id, product_id and
 * quantity are required; the consumer fills the rest (total from the product's price, denormalized fields).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderPlaced(
        @Min(1) int schemaVersion,
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_\\-:.]+") String orderId,
        @NotBlank @Size(max = 50) String userId,
        @NotBlank @Size(max = 50) String productId,
        @Positive int quantity,
        @PositiveOrZero Integer totalAmount,
        @PositiveOrZero Integer shippingCost,
        @PositiveOrZero Integer discountAmount,
        @Size(max = 20) String paymentMethod,
        @Size(max = 20) String status,
        Instant placedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** Kafka deserializer for this event. */
    public static class Deserializer extends JsonDeserializer<OrderPlaced> {
        public Deserializer() {
            super(OrderPlaced.class);
        }
    }
}
