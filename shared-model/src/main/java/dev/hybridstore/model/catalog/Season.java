package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<Season> ROWS = RecordRows.of(Season.class);
}
