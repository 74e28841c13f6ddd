package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "id, category, name, display_name, description, created_at, updated_at, deleted_at";

    public static Tag fromRow(Row r) {
        return new Tag(r.getUUID("id"), r.getString("category"), r.getString("name"), r.getString("display_name"),
                r.getString("description"), r.getLocalDateTime("created_at"), r.getLocalDateTime("updated_at"),
                r.getLocalDateTime("deleted_at"));
    }
}
