package dev.hybridstore.model.event;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.kafka.JsonDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Seed 004's DB_MIGRATION_COMPLETED, on topic {@code db-events}; also sent, with success false, when a migration fails. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DbMigrationCompleted(int schemaVersion, @NotBlank String type, @NotBlank String database, @NotBlank String version,
        @NotBlank String direction, boolean success, String error, long durationMs, @NotNull Instant at) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "DB_MIGRATION_COMPLETED";

    public static DbMigrationCompleted of(String database, String version, String direction, boolean success, String error,
            long durationMs) {
        return new DbMigrationCompleted(SCHEMA_VERSION, TYPE, database, version, direction, success, error, durationMs, Instant.now());
    }

    public static class Deserializer extends JsonDeserializer<DbMigrationCompleted> {
        public Deserializer() {
            super(DbMigrationCompleted.class);
        }
    }
}
