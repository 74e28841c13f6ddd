package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.episodes}: a broadcast unit of an event (a day, a final table). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Episode(
        UUID id,
        UUID eventId,
        @NotNull @PositiveOrZero Integer episodeNumber,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 50) String episodeType,
        @Size(max = 50) String tableType,
        LocalDate airDate,
        @PositiveOrZero Integer durationSec,
        @Size(max = 10_000) String description,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<Episode> ROWS = RecordRows.of(Episode.class);
}
