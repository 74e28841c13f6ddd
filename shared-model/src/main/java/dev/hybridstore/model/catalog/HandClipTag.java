package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.hand_clip_tags}: a tag on a hand clip; unlinking sets deleted_at. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HandClipTag(
        @NotNull UUID handClipId,
        @NotNull UUID tagId,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<HandClipTag> ROWS = RecordRows.of(HandClipTag.class);
}
