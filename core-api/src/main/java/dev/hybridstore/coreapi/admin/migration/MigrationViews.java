package dev.hybridstore.coreapi.admin.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** What the migration endpoints answer. */
public final class MigrationViews {

    private MigrationViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Status(String database, String currentVersion, List<Applied> history, List<Pending> pending) {
    }

    /** One row of the schema history: who applied it, when, how long it took, and whether it can be undone. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Applied(int installedRank, String version, String description, String script, String type, String installedBy,
            Instant installedOn, Integer executionTimeMs, boolean success, boolean undoAvailable) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Pending(String version, String description, String script, boolean undoAvailable) {
    }

    /** An upgrade, undo or reset that completed: the versions before and after, and each script with its duration. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Run(String database, String direction, String fromVersion, String toVersion, List<ScriptStep> steps,
            long durationMs) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScriptStep(String version, String description, String script, String direction, long durationMs, boolean success,
            String error) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Validation(String database, boolean valid, List<Invalid> errors, List<String> undoMissing) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Invalid(String version, String description, String script, String message) {
    }

    /**
     * The problem body of a failed script (RFC 9457 with extension members): which script and statement failed, the
     * database's version afterwards (unchanged by the failed script) and the steps that did complete.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String type, String title, int status, String detail, String database, String direction, String script,
            Integer line, String statement, String error, String versionAfter, List<ScriptStep> steps) {
    }
}
