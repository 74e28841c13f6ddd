package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.nas_files}: a file of the NAS inventory; file_category is video, subtitle, metadata or other. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NasFile(
        UUID id,
        @NotNull UUID folderId,
        @NotBlank @Size(max = 1000) String filePath,
        @NotBlank @Size(max = 500) String fileName,
        @PositiveOrZero Long sizeBytes,
        LocalDateTime mtime,
        @Size(max = 20) String extension,
        @Pattern(regexp = "video|subtitle|metadata|other", message = "must be video, subtitle, metadata or other") String fileCategory,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<NasFile> ROWS = RecordRows.of(NasFile.class);
}
