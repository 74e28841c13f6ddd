package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "id, folder_id, file_path, file_name, size_bytes, mtime, extension, file_category, created_at, "
            + "updated_at, deleted_at";

    public static NasFile fromRow(Row r) {
        return new NasFile(r.getUUID("id"), r.getUUID("folder_id"), r.getString("file_path"), r.getString("file_name"),
                r.getLong("size_bytes"), r.getLocalDateTime("mtime"), r.getString("extension"), r.getString("file_category"),
                r.getLocalDateTime("created_at"), r.getLocalDateTime("updated_at"), r.getLocalDateTime("deleted_at"));
    }
}
