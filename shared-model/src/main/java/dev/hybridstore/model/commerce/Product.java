package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A row of {@code products} (seed 003), owned by a store (seed 002). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Product(
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_\\-]+") String productId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String category,
        @Size(max = 100) String brand,
        @NotNull @PositiveOrZero Integer price,
        @PositiveOrZero Integer orgPrice,
        @DecimalMin("0") @DecimalMax("1") Double discountRate,
        @PositiveOrZero Integer stock,
        @Positive Long storeId,
        LocalDateTime lastCachedAt,
        LocalDateTime createdAt) {

    public static final String COLUMNS =
            "product_id, name, category, brand, price, org_price, discount_rate, stock, store_id, last_cached_at, created_at";

    public static Product fromRow(Row r) {
        return new Product(r.getString("product_id"), r.getString("name"), r.getString("category"), r.getString("brand"),
                r.getInteger("price"), r.getInteger("org_price"), r.getDouble("discount_rate"), r.getInteger("stock"),
                r.getLong("store_id"), r.getLocalDateTime("last_cached_at"), r.getLocalDateTime("created_at"));
    }
}
