package dev.hybridstore.coreapi.sheetsync;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A sheet tab's state as the external syncer reports it; it replaces the stored one whole. {@code last_row}: the last
 * sheet row imported into hand_clips; {@code rows_read} and {@code errors}: what the last run read and what went wrong
 * (absent: none); {@code synced_at}: when that run ended (absent while none has).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SheetSyncReport(
        @NotNull @Pattern(regexp = "pending|running|success|failed", message = "must be pending, running, success or failed") String status,
        LocalDateTime syncedAt,
        @NotNull @PositiveOrZero Integer rowsRead,
        @NotNull @PositiveOrZero Integer lastRow,
        @Size(max = 100) List<@NotNull @Size(max = 1000) String> errors) {
}
