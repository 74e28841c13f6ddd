package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<Event> ROWS = RecordRows.of(Event.class);
}
