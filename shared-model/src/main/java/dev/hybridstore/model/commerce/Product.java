package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<Product> ROWS = RecordRows.of(Product.class);
}
