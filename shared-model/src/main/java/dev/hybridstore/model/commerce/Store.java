package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A row of {@code stores} (seed 002): owns products; its daily reports come from its orders. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Store(Long storeId, @NotBlank @Size(max = 100) String name, @Size(max = 50) String region, LocalDateTime createdAt) {

    public static final RecordRows<Store> ROWS = RecordRows.of(Store.class);
}
