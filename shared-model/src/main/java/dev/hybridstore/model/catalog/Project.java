package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.projects}: a poker series, such as WSOP (seed 004). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Project(
        UUID id,
        @NotBlank @Size(max = 50) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 10_000) String description,
        @Size(max = 1000) String nasBasePath,
        Boolean isActive,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final String COLUMNS = "id, code, name, description, nas_base_path, is_active, created_at, updated_at, deleted_at";

    public static Project fromRow(Row r) {
        return new Project(r.getUUID("id"), r.getString("code"), r.getString("name"), r.getString("description"),
                r.getString("nas_base_path"), r.getBoolean("is_active"), r.getLocalDateTime("created_at"),
                r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
