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
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_:.-]+") String orderId,
        @NotBlank @Size(max = 50) @Pattern(regexp = PLAIN_TEXT, message = NO_CONTROL_CHARACTERS) String userId,
        @NotBlank @Size(max = 50) @Pattern(regexp = PLAIN_TEXT, message = NO_CONTROL_CHARACTERS) String productId,
        @Positive int quantity,
        @PositiveOrZero Integer totalAmount,
        @PositiveOrZero Integer shippingCost,
        @PositiveOrZero Integer discountAmount,
        @Size(max = 20) @Pattern(regexp = PLAIN_TEXT, message = NO_CONTROL_CHARACTERS) String paymentMethod,
        @Pattern(regexp = STATUS, message = STATUS_MESSAGE) String status,
        Instant placedAt) {

    public static final int SCHEMA_VERSION = 1;
    /** The statuses an order may have (orders.status's CHECK, core-api's OrderStatus); absent or null is none. */
    public static final String STATUS = "(paid|shipped|completed|cancelled|refunded)";
    public static final String STATUS_MESSAGE = "must be one of paid, shipped, completed, cancelled, refunded (lower case)";
    /**
     * Text without C0 control characters other than tab, LF and CR: PostgreSQL refuses NUL (a lookup by such an id would
     * fail the whole batch), and none of them belongs in an id or a label; core-api's HTTP intake refuses them too.
     */
    public static final String PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*";
    private static final String NO_CONTROL_CHARACTERS = "must not contain control characters (U+0000 to U+001F other than tab, LF and CR)";

    /** Kafka deserializer for this event. */
    public static class Deserializer extends JsonDeserializer<OrderPlaced> {
        public Deserializer() {
            super(OrderPlaced.class);
        }
    }
}
