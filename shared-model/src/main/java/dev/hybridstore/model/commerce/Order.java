package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import java.time.LocalDateTime;

/** A row of {@code orders} (seed 003) with its denormalized columns; written only by order-consumer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Order(
        String orderId,
        String userId,
        String productId,
        int quantity,
        Integer totalAmount,
        Integer shippingCost,
        Integer discountAmount,
        String paymentMethod,
        String status,
        String category,
        String userRegion,
        String userGender,
        String userAgeGroup,
        Long storeId,
        LocalDateTime createdAt) {

    public static final RecordRows<Order> ROWS = RecordRows.of(Order.class);
}
