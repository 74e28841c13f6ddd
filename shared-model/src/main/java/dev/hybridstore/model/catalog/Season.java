package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.seasons}: a project's season, usually one a year. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Season(
        UUID id,
        UUID projectId,
        @NotNull @Min(1970) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String location,
        @Size(max = 50) String subCategory,
        @Pattern(regexp = "planned|active|completed|archived", message = "must be planned, active, completed or archived") String status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final String COLUMNS = "id, project_id, year, name, location, sub_category, status, created_at, updated_at, deleted_at";

    public static Season fromRow(Row r) {
        return new Season(r.getUUID("id"), r.getUUID("project_id"), r.getInteger("year"), r.getString("name"),
                r.getString("location"), r.getString("sub_category"), r.getString("status"), r.getLocalDateTime("created_at"),
                r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
