package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.hand_clip_players}: a player in a hand clip; unlinking sets deleted_at. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HandClipPlayer(
        @NotNull UUID handClipId,
        @NotNull UUID playerId,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final String COLUMNS = "hand_clip_id, player_id, created_at, updated_at, deleted_at";

    public static HandClipPlayer fromRow(Row r) {
        return new HandClipPlayer(r.getUUID("hand_clip_id"), r.getUUID("player_id"), r.getLocalDateTime("created_at"),
                r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
