package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.video_files}: a video of an episode; display_title is full-text searchable. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VideoFile(
        UUID id,
        UUID episodeId,
        UUID nasFileId,
        @NotBlank @Size(max = 1000) String filePath,
        @NotBlank @Size(max = 500) String fileName,
        @PositiveOrZero Long sizeBytes,
        @PositiveOrZero Double durationSec,
        @Size(max = 50) String codec,
        @Size(max = 20) String resolution,
        @PositiveOrZero Double fps,
        @PositiveOrZero Long bitrate,
        @Size(max = 20) String container,
        @Size(max = 500) String displayTitle,
        @Size(max = 128) String checksum,
        @Size(max = 30) String versionType,
        Boolean isOriginal,
        LocalDateTime fileMtime,
        @Pattern(regexp = "pending|scanned|missing|error", message = "must be pending, scanned, missing or error") String scanStatus,
        LocalDateTime lastScannedAt,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<VideoFile> ROWS = RecordRows.of(VideoFile.class);
}
