package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "id, event_id, episode_number, title, episode_type, table_type, air_date, duration_sec, "
            + "description, created_at, updated_at, deleted_at";

    public static Episode fromRow(Row r) {
        return new Episode(r.getUUID("id"), r.getUUID("event_id"), r.getInteger("episode_number"), r.getString("title"),
                r.getString("episode_type"), r.getString("table_type"), r.getLocalDate("air_date"),
                r.getInteger("duration_sec"), r.getString("description"), r.getLocalDateTime("created_at"),
                r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
