package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.hand_clips}: a hand cut from a video, imported from a sheet row; notes are full-text searchable. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HandClip(
        UUID id,
        UUID videoFileId,
        UUID episodeId,
        @Size(max = 200) String sheetSource,
        @PositiveOrZero Integer sheetRowNumber,
        @PositiveOrZero Integer handNumber,
        @Size(max = 300) String title,
        @PositiveOrZero Double startSec,
        @PositiveOrZero Double endSec,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal potSize,
        @Size(max = 200) String winner,
        @Size(max = 20_000) String notes,
        @Min(1) @Max(5) Short importance,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final String COLUMNS = "id, video_file_id, episode_id, sheet_source, sheet_row_number, hand_number, title, start_sec, "
            + "end_sec, pot_size, winner, notes, importance, created_at, updated_at, deleted_at";

    public static HandClip fromRow(Row r) {
        return new HandClip(r.getUUID("id"), r.getUUID("video_file_id"), r.getUUID("episode_id"), r.getString("sheet_source"),
                r.getInteger("sheet_row_number"), r.getInteger("hand_number"), r.getString("title"), r.getDouble("start_sec"),
                r.getDouble("end_sec"), r.getBigDecimal("pot_size"), r.getString("winner"), r.getString("notes"),
                r.getShort("importance"), r.getLocalDateTime("created_at"), r.getLocalDateTime("updated_at"),
                r.getLocalDateTime("deleted_at"));
    }
}
