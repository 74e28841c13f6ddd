package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.nas_folders}: a folder of the NAS inventory, as the scanner found it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NasFolder(
        UUID id,
        UUID parentId,
        @NotBlank @Size(max = 1000) String path,
        @NotBlank @Size(max = 500) String name,
        @PositiveOrZero Integer depth,
        @PositiveOrZero Integer fileCount,
        @PositiveOrZero Long totalSizeBytes,
        LocalDateTime lastScannedAt,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<NasFolder> ROWS = RecordRows.of(NasFolder.class);
}
