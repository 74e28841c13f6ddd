package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code pokervod.google_sheet_sync}: how far each sheet tab has been imported into hand_clips, as the syncer
 * last reported it (rows_read and errors are its last run's).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GoogleSheetSync(
        UUID id,
        @NotBlank @Size(max = 200) String sheetId,
        @NotBlank @Size(max = 200) String tab,
        @PositiveOrZero Integer lastRow,
        @Pattern(regexp = "pending|running|success|failed", message = "must be pending, running, success or failed") String status,
        LocalDateTime syncedAt,
        @PositiveOrZero Integer rowsRead,
        List<String> errors,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<GoogleSheetSync> ROWS = RecordRows.of(GoogleSheetSync.class);
}
