package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<HandClip> ROWS = RecordRows.of(HandClip.class);
}
