package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "hand_clip_id, tag_id, created_at, updated_at, deleted_at";

    public static HandClipTag fromRow(Row r) {
        return new HandClipTag(r.getUUID("hand_clip_id"), r.getUUID("tag_id"), r.getLocalDateTime("created_at"),
                r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
