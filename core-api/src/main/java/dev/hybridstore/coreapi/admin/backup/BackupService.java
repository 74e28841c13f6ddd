package dev.hybridstore.coreapi.admin.backup;

import dev.hybridstore.coreapi.admin.AdminConfig;
import dev.hybridstore.coreapi.admin.DatabaseRepository;
import dev.hybridstore.coreapi.admin.Databases;
import dev.hybridstore.coreapi.admin.DbEvents;
import dev.hybridstore.coreapi.admin.OperationLocks;
import dev.hybridstore.coreapi.admin.Steps;
import dev.hybridstore.platform.problem.ProblemException;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Seed 004 §7.1: {@code pg_dump --format=custom} of a database or one schema, checksummed, announced on db-events. */
@Singleton
public class BackupService {

    private final BackupStore store;
    private final PgTools tools;
    private final Databases databases;
    private final DatabaseRepository catalog;
    private final OperationLocks locks;
    private final DbEvents events;
    private final Duration lockWaitTimeout;

    BackupService(BackupStore store, PgTools tools, Databases databases, DatabaseRepository catalog, OperationLocks locks,
            DbEvents events, AdminConfig config) {
        this.lockWaitTimeout = config.lockWaitTimeout();
        this.store = store;
        this.tools = tools;
        this.databases = databases;
        this.catalog = catalog;
        this.locks = locks;
        this.events = events;
    }

    @WithSpan("admin backup")
    public BackupViews.BackupRun backup(@SpanAttribute("db.namespace") String requestedDatabase,
            @SpanAttribute("db.schema") String schema) {
        String database = databases.resolve(requestedDatabase);
        if (!catalog.exists(database).await().atMost(Duration.ofSeconds(30))) {
            throw ProblemException.notFound("Database", database);
        }
        if (schema != null) {
            requireSchema(database, Databases.requireIdentifier("schema", schema));
        }
        return locks.exclusive(database, "backup", () -> dump(database, schema));
    }

    public BackupViews.Backups list() {
        return new BackupViews.Backups(store.directory().toString(), store.list());
    }

    public void delete(String name) {
        store.delete(name);
    }

    private BackupViews.BackupRun dump(String database, String schema) {
        Steps steps = new Steps("Backup of " + database + (schema == null ? "" : " schema " + schema));
        Path file = store.newBackup(database, schema);
        Path partial = BackupStore.partial(file);
        String name = file.getFileName().toString();
        try {
            List<String> command = new ArrayList<>(List.of(tools.tool("pg_dump"), "--format=custom", "--file=" + partial,
                    "--lock-wait-timeout=" + lockWaitTimeout.toMillis()));
            if (schema != null) {
                command.add("--schema=" + schema);
            }
            command.addAll(tools.connection(database));
            steps.time("pg_dump", () -> tools.run(command, null));
            String sha256 = steps.time("sha256", () -> store.publish(partial, file));
            BackupViews.BackupFile saved = store.describe(file);
            events.backup(database, name, saved.sizeMb(), sha256, true, null);
            Log.infof("Backup %s written: %.2f MB in %d ms", name, saved.sizeMb(), steps.totalMs());
            return new BackupViews.BackupRun(name, database, schema, saved.sizeBytes(), saved.sizeMb(), sha256, steps.totalMs(),
                    steps.list());
        } catch (PgTools.ToolFailure | UncheckedIOException e) {
            deleteQuietly(partial);
            events.backup(database, name, 0, null, false, e.getMessage());
            Log.errorf("Backup %s failed: %s", name, e.getMessage());
            throw new ProblemException(500, "Backup Failed", "backup of " + database + " failed: " + e.getMessage(), List.of());
        }
    }

    private void requireSchema(String database, String schema) {
        try (Connection c = databases.connect(database);
                PreparedStatement st = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            st.setString(1, schema);
            if (!st.executeQuery().next()) {
                throw ProblemException.notFound("Schema", schema);
            }
        } catch (SQLException e) {
            throw ProblemException.unavailable("cannot connect to " + database + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warnf("Incomplete backup %s not deleted: %s", file, e.getMessage());
        }
    }
}
