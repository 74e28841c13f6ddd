package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.tags}: the tag vocabulary; (category, name) is unique, such as ('action', 'bluff'). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Tag(
        UUID id,
        @NotBlank @Size(max = 50) String category,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String displayName,
        @Size(max = 10_000) String description,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<Tag> ROWS = RecordRows.of(Tag.class);
}
