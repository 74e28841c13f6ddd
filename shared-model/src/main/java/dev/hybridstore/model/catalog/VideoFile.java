package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "id, episode_id, nas_file_id, file_path, file_name, size_bytes, duration_sec, codec, resolution, "
            + "fps, bitrate, container, display_title, checksum, version_type, is_original, file_mtime, "
            + "scan_status, last_scanned_at, created_at, updated_at, deleted_at";

    public static VideoFile fromRow(Row r) {
        return new VideoFile(r.getUUID("id"), r.getUUID("episode_id"), r.getUUID("nas_file_id"), r.getString("file_path"),
                r.getString("file_name"), r.getLong("size_bytes"), r.getDouble("duration_sec"), r.getString("codec"),
                r.getString("resolution"), r.getDouble("fps"), r.getLong("bitrate"), r.getString("container"),
                r.getString("display_title"), r.getString("checksum"), r.getString("version_type"), r.getBoolean("is_original"),
                r.getLocalDateTime("file_mtime"), r.getString("scan_status"), r.getLocalDateTime("last_scanned_at"),
                r.getLocalDateTime("created_at"), r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
