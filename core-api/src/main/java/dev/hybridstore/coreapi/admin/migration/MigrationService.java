package dev.hybridstore.coreapi.admin.migration;

import dev.hybridstore.coreapi.admin.AdminConfig;
import dev.hybridstore.coreapi.admin.DatabaseRepository;
import dev.hybridstore.coreapi.admin.Databases;
import dev.hybridstore.coreapi.admin.DbEvents;
import dev.hybridstore.coreapi.admin.OperationLocks;
import dev.hybridstore.coreapi.admin.ProductionGuard;
import dev.hybridstore.coreapi.admin.SchemaCleaner;
import dev.hybridstore.coreapi.admin.Steps;
import dev.hybridstore.model.config.DatabaseUrl;
import dev.hybridstore.platform.problem.ProblemException;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * Seed 004's migration commands on Flyway (blocking JDBC: worker threads only): status, upgrade, undo (our undo scripts),
 * validate, and reset (drop our objects, migrate again). Works on the service's database or another one on the same
 * server, with the migrations and settings core-api was built with.
 */
@Singleton
public class MigrationService {

    static final String UPGRADE = "upgrade";
    static final String UNDO = "undo";

    private final Flyway base;
    private final Databases databases;
    private final DatabaseRepository catalog;
    private final UndoScripts undoScripts;
    private final ProductionGuard guard;
    private final OperationLocks locks;
    private final DbEvents events;
    private final List<String> schemas;

    MigrationService(Flyway base, Databases databases, DatabaseRepository catalog, UndoScripts undoScripts, ProductionGuard guard,
            OperationLocks locks, DbEvents events, AdminConfig config) {
        this.base = base;
        this.databases = databases;
        this.catalog = catalog;
        this.undoScripts = undoScripts;
        this.guard = guard;
        this.locks = locks;
        this.events = events;
        this.schemas = config.schemas();
    }

    public MigrationViews.Status status(String requested) {
        String database = existing(requested);
        var info = flyway(database, null).info();
        List<MigrationViews.Applied> history = Arrays.stream(info.applied())
                .map(m -> new MigrationViews.Applied(m.getInstalledRank(), version(m), m.getDescription(), m.getScript(),
                        m.getType().name(), m.getInstalledBy(), m.getInstalledOn() == null ? null : m.getInstalledOn().toInstant(),
                        m.getExecutionTime(), m.getState().isApplied() && !m.getState().isFailed(), undoable(m)))
                .toList();
        List<MigrationViews.Pending> pending = Arrays.stream(info.pending())
                .map(m -> new MigrationViews.Pending(version(m), m.getDescription(), m.getScript(), undoable(m))).toList();
        return new MigrationViews.Status(database, version(info.current()), history, pending);
    }

    @WithSpan("admin migrate upgrade")
    public MigrationViews.Run upgrade(@SpanAttribute("db.namespace") String requested,
            @SpanAttribute("hybridstore.migration.target") String target) {
        String database = existing(requested);
        String wanted = target == null || target.isBlank() ? null : target.strip();
        if (wanted != null) {
            checkTarget(database, wanted);
        }
        return locks.exclusive(database, UPGRADE, () -> migrate(database, wanted, UPGRADE, new ArrayList<>(), System.nanoTime()));
    }

    @WithSpan("admin migrate undo")
    public MigrationViews.Run undo(@SpanAttribute("db.namespace") String requested, @SpanAttribute("hybridstore.migration.steps") String steps,
            String confirmation) {
        String database = existing(requested);
        guard.confirmDestructive(UNDO, database, confirmation);
        return locks.exclusive(database, UNDO, () -> revert(database, steps));
    }

    /** Drops every object the suite owns in its schemas, then migrates from nothing: a fresh local database. */
    @WithSpan("admin migrate reset")
    public MigrationViews.Run reset(@SpanAttribute("db.namespace") String requested, String confirmation) {
        String database = existing(requested);
        guard.confirmDestructive("reset", database, confirmation);
        return locks.exclusive(database, "reset", () -> {
            long start = System.nanoTime();
            List<String> cleaned = new ArrayList<>(schemas);
            String historySchema = UndoScripts.historySchema(base.getConfiguration());
            if (!cleaned.contains(historySchema)) {
                cleaned.add(historySchema);
            }
            try (Connection c = databases.connect(database); Statement st = c.createStatement()) {
                st.execute(SchemaCleaner.sql(cleaned));
            } catch (SQLException e) {
                throw ProblemException.conflict("reset could not drop the objects of " + cleaned + ": " + firstLine(e.getMessage()));
            }
            List<MigrationViews.ScriptStep> steps = new ArrayList<>();
            steps.add(new MigrationViews.ScriptStep(null, "drop the objects of " + String.join(", ", cleaned), null, "reset",
                    Steps.millisSince(start), true, null));
            Log.infof("Reset of %s: dropped the objects of %s; migrating again", database, cleaned);
            return migrate(database, null, "reset", steps, start);
        });
    }

    public MigrationViews.Validation validate(String requested) {
        String database = existing(requested);
        Flyway flyway = flyway(database, null);
        // Pending scripts are not an error here: this checks that what was applied still matches the scripts.
        var patterns = new ArrayList<>(Arrays.asList(flyway.getConfiguration().getIgnoreMigrationPatterns()));
        patterns.add(ValidatePattern.fromPattern("*:pending"));
        ValidateResult result = Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                .ignoreMigrationPatterns(patterns.toArray(ValidatePattern[]::new)).load().validateWithResult();
        List<MigrationViews.Invalid> errors = result.invalidMigrations == null ? List.of() : result.invalidMigrations.stream()
                .map(o -> new MigrationViews.Invalid(o.version, o.description, o.filepath,
                        o.errorDetails == null ? null : o.errorDetails.errorMessage))
                .toList();
        if (!result.validationSuccessful && errors.isEmpty() && result.errorDetails != null) {
            errors = List.of(new MigrationViews.Invalid(null, null, null, result.errorDetails.errorMessage));
        }
        List<String> undoMissing = Arrays.stream(flyway.info().all())
                .filter(m -> m.isVersioned() && m.getScript() != null && m.getScript().endsWith(".sql") && !undoable(m))
                .map(m -> undoScripts.undoPath(m.getScript())).toList();
        return new MigrationViews.Validation(database, result.validationSuccessful, errors, undoMissing);
    }

    private MigrationViews.Run migrate(String database, String target, String direction, List<MigrationViews.ScriptStep> steps,
            long start) {
        Flyway flyway = flyway(database, target);
        String before = version(flyway.info().current());
        try {
            MigrateResult result = flyway.migrate();
            steps.addAll(applied(result));
            steps.stream().filter(s -> s.version() != null).forEach(s -> events.migration(database, s.version(), UPGRADE, true, null, s.durationMs()));
            return new MigrationViews.Run(database, direction, before, version(flyway.info().current()), steps, Steps.millisSince(start));
        } catch (FlywayException e) {
            throw upgradeFailed(database, flyway, e, steps, start);
        }
    }

    private MigrationViews.Run revert(String database, String stepsParam) {
        long start = System.nanoTime();
        Flyway flyway = flyway(database, null);
        List<MigrationInfo> applied = Arrays.stream(flyway.info().applied())
                .filter(m -> m.isVersioned() && m.getState().isApplied() && !m.getState().isFailed())
                .sorted(Comparator.comparing(MigrationInfo::getInstalledRank).reversed()).toList();
        int count = stepCount(stepsParam, applied.size());
        List<MigrationInfo> targets = applied.subList(0, count);
        List<String> missing = targets.stream().filter(m -> !undoable(m)).map(m -> undoScripts.undoPath(m.getScript())).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("cannot undo " + count + " version(s) of " + database + ": missing undo script(s) "
                    + String.join(", ", missing) + "; nothing was changed");
        }
        String before = version(flyway.info().current());
        List<MigrationViews.ScriptStep> steps = new ArrayList<>();
        for (MigrationInfo m : targets) {
            String version = version(m);
            long scriptStart = System.nanoTime();
            try (Connection c = databases.connect(database)) {
                undoScripts.run(c, flyway.getConfiguration(), version, m.getScript(), undoScripts.load(m.getScript()).orElseThrow());
            } catch (UndoScripts.UndoFailure e) {
                long took = Steps.millisSince(scriptStart);
                events.migration(database, version, UNDO, false, e.getMessage(), took);
                steps.add(new MigrationViews.ScriptStep(version, m.getDescription(), e.script, UNDO, took, false, e.getMessage()));
                String after = version(flyway(database, null).info().current());
                throw new MigrationFailedException(new MigrationViews.Failure("about:blank", "Undo Failed", 409,
                        e.script + (e.line > 0 ? " line " + e.line : "") + " failed: " + e.getMessage() + "; " + database
                                + " stays at version " + after,
                        database, UNDO, e.script, e.line > 0 ? e.line : null, e.statement, e.getMessage(), after, steps));
            } catch (SQLException e) {
                throw ProblemException.unavailable("cannot connect to " + database + ": " + firstLine(e.getMessage()));
            }
            long took = Steps.millisSince(scriptStart);
            Log.infof("Undo %s on %s done in %d ms", undoScripts.undoPath(m.getScript()), database, took);
            events.migration(database, version, UNDO, true, null, took);
            steps.add(new MigrationViews.ScriptStep(version, m.getDescription(), undoScripts.undoPath(m.getScript()), UNDO, took, true, null));
        }
        return new MigrationViews.Run(database, UNDO, before, version(flyway(database, null).info().current()), steps,
                Steps.millisSince(start));
    }

    private static int stepCount(String stepsParam, int applied) {
        int count;
        if ("all".equalsIgnoreCase(stepsParam)) {
            count = applied;
        } else {
            try {
                count = Integer.parseInt(stepsParam == null ? "1" : stepsParam.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("steps", "must be a positive whole number or 'all'");
            }
            if (count < 1) {
                throw ProblemException.invalidField("steps", "must be a positive whole number or 'all'");
            }
        }
        if (count > applied) {
            throw ProblemException.conflict("only " + applied + " applied migration(s) to undo, not " + count);
        }
        return count;
    }

    private void checkTarget(String database, String target) {
        MigrationVersion wanted;
        try {
            wanted = MigrationVersion.fromVersion(target);
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("target", "'" + target + "' is not a version (e.g. 2 or 2.1)");
        }
        var info = flyway(database, null).info();
        boolean known = Arrays.stream(info.all()).anyMatch(m -> m.isVersioned() && wanted.equals(m.getVersion()));
        if (!known) {
            throw ProblemException.invalidField("target", "no migration has version " + target);
        }
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null && current.getVersion().isNewerThan(wanted.getVersion())) {
            throw ProblemException.conflict(database + " is at version " + version(current) + ", above " + target + ": use undo to go down");
        }
    }

    private MigrationFailedException upgradeFailed(String database, Flyway flyway, FlywayException e, List<MigrationViews.ScriptStep> steps,
            long start) {
        FlywaySqlScriptException sqlError = causeOf(e, FlywaySqlScriptException.class);
        MigrationInfo failed = e instanceof FlywayMigrateException m ? m.getMigration() : null;
        if (e instanceof FlywayMigrateException m && m.getErrorResult() != null) {
            steps.addAll(applied(m.getErrorResult()));
        }
        String script = sqlError != null && sqlError.getResource() != null ? sqlError.getResource().getFilename()
                : failed == null ? null : failed.getScript();
        SQLException cause = causeOf(e, SQLException.class);
        String error = firstLine(cause != null ? cause.getMessage() : e.getMessage());
        String version = failed == null ? null : version(failed);
        long took = Steps.millisSince(start);
        steps.stream().filter(s -> s.version() != null && s.success())
                .forEach(s -> events.migration(database, s.version(), UPGRADE, true, null, s.durationMs()));
        events.migration(database, version, UPGRADE, false, error, took);
        if (failed != null) {
            steps.add(new MigrationViews.ScriptStep(version, failed.getDescription(), script, UPGRADE, took, false, error));
        }
        String after = version(flyway(database, null).info().current());
        Integer line = sqlError == null || sqlError.getLineNumber() <= 0 ? null : sqlError.getLineNumber();
        Log.errorf("Migration of %s failed in %s%s: %s; it stays at version %s", database, script, line == null ? "" : " line " + line, error, after);
        return new MigrationFailedException(new MigrationViews.Failure("about:blank", "Migration Failed", 409,
                (script == null ? "migration" : script) + (line == null ? "" : " line " + line) + " failed: " + error + "; "
                        + database + " stays at version " + after,
                database, UPGRADE, script, line, sqlError == null ? null : sqlError.getStatement(), error, after, steps));
    }

    private static List<MigrationViews.ScriptStep> applied(MigrateResult result) {
        List<MigrateOutput> outputs = result.migrations == null ? List.of() : result.migrations;
        return outputs.stream().filter(o -> o.rolledBack == null || !o.rolledBack)
                .map(o -> new MigrationViews.ScriptStep(o.version, o.description, fileName(o.filepath), UPGRADE, o.executionTime, true, null))
                .toList();
    }

    private Flyway flyway(String database, String target) {
        DatabaseUrl url = databases.url(database);
        var configuration = base.getConfiguration();
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new ProgressLog(database);
        var fluent = Flyway.configure(configuration.getClassLoader()).configuration(configuration)
                .dataSource(url.jdbcUrl(), url.user(), url.password()).callbacks(callbacks);
        if (target != null) {
            fluent.target(target);
        }
        return fluent.load();
    }

    private String existing(String requested) {
        String database = databases.resolve(requested);
        if (!catalog.exists(database).await().atMost(Duration.ofSeconds(30))) {
            throw ProblemException.notFound("Database", database);
        }
        return database;
    }

    private boolean undoable(MigrationInfo m) {
        return m.getScript() != null && undoScripts.load(m.getScript()).isPresent();
    }

    private static String version(MigrationInfo m) {
        return m == null || m.getVersion() == null ? null : m.getVersion().getVersion();
    }

    private static String fileName(String path) {
        return path == null ? null : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return Objects.requireNonNullElse(message, "").lines().findFirst().orElse("").strip();
    }
}
