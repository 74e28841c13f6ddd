package dev.hybridstore.coreapi.admin.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.coreapi.admin.Step;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;

/** What the backup and restore endpoints take and answer. */
public final class BackupViews {

    private BackupViews() {
    }

    static double megabytes(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0 * 100) / 100.0;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BackupFile(String name, long sizeBytes, double sizeMb, String sha256, Instant createdAt) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Backups(String directory, List<BackupFile> backups) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BackupRun(String name, String database, String schema, long sizeBytes, double sizeMb, String sha256,
            long durationMs, List<Step> steps) {
    }

    /** {@code target}: "same" replaces the contents of an existing database (default: ours); "new" creates {@code database}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RestoreRequest(
            @NotBlank String backup,
            @NotNull @Pattern(regexp = "same|new", message = "must be same or new") String target,
            String database,
            Boolean anonymize) {

        boolean intoNewDatabase() {
            return "new".equals(target);
        }

        boolean anonymized() {
            return Boolean.TRUE.equals(anonymize);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RestoreRun(String backup, String database, String target, String schema, List<String> anonymized,
            String schemaVersion, long durationMs, List<Step> steps) {
    }
}
