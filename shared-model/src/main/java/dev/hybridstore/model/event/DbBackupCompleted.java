package dev.hybridstore.model.event;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.kafka.JsonDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Seed 004's DB_BACKUP_COMPLETED, on topic {@code db-events}; also sent, with success false, when a backup fails. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DbBackupCompleted(int schemaVersion, @NotBlank String type, @NotBlank String database, @NotBlank String file,
        double sizeMb, String sha256, boolean success, String error, @NotNull Instant at) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "DB_BACKUP_COMPLETED";

    public static DbBackupCompleted of(String database, String file, double sizeMb, String sha256, boolean success, String error) {
        return new DbBackupCompleted(SCHEMA_VERSION, TYPE, database, file, sizeMb, sha256, success, error, Instant.now());
    }

    public static class Deserializer extends JsonDeserializer<DbBackupCompleted> {
        public Deserializer() {
            super(DbBackupCompleted.class);
        }
    }
}
