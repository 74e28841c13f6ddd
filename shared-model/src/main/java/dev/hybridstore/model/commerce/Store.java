package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A row of {@code stores} (seed 002): owns products; its daily reports come from its orders. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Store(Long storeId, @NotBlank @Size(max = 100) String name, @Size(max = 50) String region, LocalDateTime createdAt) {

    public static final String COLUMNS = "store_id, name, region, created_at";

    public static Store fromRow(Row r) {
        return new Store(r.getLong("store_id"), r.getString("name"), r.getString("region"), r.getLocalDateTime("created_at"));
    }
}
