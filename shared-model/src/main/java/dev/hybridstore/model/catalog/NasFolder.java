package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
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

    public static final String COLUMNS = "id, parent_id, path, name, depth, file_count, total_size_bytes, last_scanned_at, created_at, "
            + "updated_at, deleted_at";

    public static NasFolder fromRow(Row r) {
        return new NasFolder(r.getUUID("id"), r.getUUID("parent_id"), r.getString("path"), r.getString("name"),
                r.getInteger("depth"), r.getInteger("file_count"), r.getLong("total_size_bytes"),
                r.getLocalDateTime("last_scanned_at"), r.getLocalDateTime("created_at"), r.getLocalDateTime("updated_at"),
                r.getLocalDateTime("deleted_at"));
    }
}
