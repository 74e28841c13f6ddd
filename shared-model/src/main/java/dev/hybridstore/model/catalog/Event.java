package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.events}: a tournament or event of a season; money in US dollars. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Event(
        UUID id,
        UUID seasonId,
        @NotNull @PositiveOrZero Integer eventNumber,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 50) String eventType,
        @Size(max = 50) String gameType,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal buyIn,
        @Size(max = 200) String venue,
        LocalDate startDate,
        LocalDate endDate,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal prizePool,
        @PositiveOrZero Integer totalEntries,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final String COLUMNS = "id, season_id, event_number, name, event_type, game_type, buy_in, venue, start_date, end_date, "
            + "prize_pool, total_entries, created_at, updated_at, deleted_at";

    public static Event fromRow(Row r) {
        return new Event(r.getUUID("id"), r.getUUID("season_id"), r.getInteger("event_number"), r.getString("name"),
                r.getString("event_type"), r.getString("game_type"), r.getBigDecimal("buy_in"), r.getString("venue"),
                r.getLocalDate("start_date"), r.getLocalDate("end_date"), r.getBigDecimal("prize_pool"),
                r.getInteger("total_entries"), r.getLocalDateTime("created_at"), r.getLocalDateTime("updated_at"),
                r.getLocalDateTime("deleted_at"));
    }
}
