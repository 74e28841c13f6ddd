package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<HandClipPlayer> ROWS = RecordRows.of(HandClipPlayer.class);
}
