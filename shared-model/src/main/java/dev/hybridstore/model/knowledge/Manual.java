package dev.hybridstore.model.knowledge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<Manual> ROWS = RecordRows.of(Manual.class).computing("embedded", "embedding IS NOT NULL");
}
