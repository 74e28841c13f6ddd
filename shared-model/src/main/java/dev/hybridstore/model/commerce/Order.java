package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "order_id, user_id, product_id, quantity, total_amount, shipping_cost, discount_amount, "
            + "payment_method, status, category, user_region, user_gender, user_age_group, store_id, created_at";

    public static Order fromRow(Row r) {
        return new Order(r.getString("order_id"), r.getString("user_id"), r.getString("product_id"), r.getInteger("quantity"),
                r.getInteger("total_amount"), r.getInteger("shipping_cost"), r.getInteger("discount_amount"),
                r.getString("payment_method"), r.getString("status"), r.getString("category"), r.getString("user_region"),
                r.getString("user_gender"), r.getString("user_age_group"), r.getLong("store_id"), r.getLocalDateTime("created_at"));
    }
}
