package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<Project> ROWS = RecordRows.of(Project.class);
}
