package dev.hybridstore.model.knowledge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A row of {@code manuals} (seed 002): a store's manual text, embedded by ai-worker for semantic search. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Manual(
        Long id,
        Long storeId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 50_000) String body,
        boolean embedded,
        LocalDateTime createdAt) {

    public static final String COLUMNS = "id, store_id, title, body, embedding IS NOT NULL AS embedded, created_at";

    public static Manual fromRow(Row r) {
        return new Manual(r.getLong("id"), r.getLong("store_id"), r.getString("title"), r.getString("body"),
                Boolean.TRUE.equals(r.getBoolean("embedded")), r.getLocalDateTime("created_at"));
    }
}
