package dev.hybridstore.coreapi.admin.backup;

import dev.hybridstore.coreapi.admin.AdminConfig;
import dev.hybridstore.coreapi.admin.DatabaseRepository;
import dev.hybridstore.coreapi.admin.Databases;
import dev.hybridstore.coreapi.admin.OperationLocks;
import dev.hybridstore.coreapi.admin.ProductionGuard;
import dev.hybridstore.coreapi.admin.SchemaCleaner;
import dev.hybridstore.coreapi.admin.Steps;
import dev.hybridstore.coreapi.admin.migration.MigrationService;
import dev.hybridstore.platform.problem.ProblemException;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Seed 004 §7.2 and seed 000's debugging flow. "same": the schema(s) are dropped and restored in ONE transaction (psql
 * --single-transaction reading pg_restore's SQL), so a failed restore leaves the database as it was. "new": a database is
 * created from the configured template (which must hold the superuser-only extensions, e.g. vector), restored into, and
 * optionally anonymized; if anything fails it is dropped again.
 */
@Singleton
public class RestoreService {

    private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9_]+");

    @Inject
    BackupStore store;
    @Inject
    PgTools tools;
    @Inject
    Databases databases;
    @Inject
    DatabaseRepository catalog;
    @Inject
    ProductionGuard guard;
    @Inject
    OperationLocks locks;
    @Inject
    MigrationService migrations;
    @Inject
    AdminConfig config;

    @WithSpan("admin restore")
    public BackupViews.RestoreRun restore(BackupViews.RestoreRequest request, String confirmation) {
        Path file = store.existing("backup", request.backup());
        boolean intoNew = request.intoNewDatabase();
        if (request.anonymized() && !intoNew) {
            throw ProblemException.invalidField("anonymize", "applies to restores into a new database (target new) only");
        }
        String database;
        if (intoNew) {
            if (request.database() == null || request.database().isBlank()) {
                throw ProblemException.invalidField("database", "required when target is new");
            }
            database = Databases.requireIdentifier("database", request.database());
            if (exists(database)) {
                throw ProblemException.conflict("database " + database + " already exists: choose another name, or restore with target same");
            }
        } else {
            database = databases.resolve(request.database());
            if (!exists(database)) {
                throw ProblemException.notFound("Database", database);
            }
        }
        guard.confirmDestructive("restore", database, confirmation);
        return locks.exclusive(database, "restore", () -> run(file, request, database, intoNew));
    }

    private BackupViews.RestoreRun run(Path file, BackupViews.RestoreRequest request, String database, boolean intoNew) {
        String name = file.getFileName().toString();
        Steps steps = new Steps("Restore of " + name + " into " + database);
        steps.time("verify sha256", () -> verify(file));
        DumpContents contents = steps.time("read contents", () -> contents(file));
        String schema = contents.schemaOf(name);
        boolean created = false;
        try {
            if (intoNew) {
                steps.time("create database", () -> createDatabase(database));
                created = true;
            }
            steps.time("extensions", () -> ensureExtensions(database, contents.extensions()));
            List<String> replaced = intoNew ? List.of() : contents.replacedSchemas(name, config.schemas());
            steps.time("pg_restore", () -> restoreInto(database, file, contents, replaced, intoNew));
            List<String> anonymized = request.anonymized() ? steps.time("anonymize", () -> anonymize(database, contents)) : null;
            String version = migrations.status(database).currentVersion();
            Log.infof("Restored %s into %s (%s) in %d ms", name, database, intoNew ? "new database" : "replacing its contents",
                    steps.totalMs());
            return new BackupViews.RestoreRun(name, database, request.target(), schema, anonymized, version, steps.totalMs(),
                    steps.list());
        } catch (PgTools.ToolFailure e) {
            dropIfCreated(created, database);
            throw new ProblemException(500, "Restore Failed", "restore of " + name + " into " + database + " failed: " + e.getMessage()
                    + (intoNew ? "; the new database was dropped" : "; " + database + " is unchanged (one transaction)"), List.of());
        } catch (RuntimeException e) {
            dropIfCreated(created, database);
            throw e;
        }
    }

    private String verify(Path file) {
        String recorded = store.recordedChecksum(file).orElse(null);
        if (recorded == null) {
            return "no checksum recorded";
        }
        if (!recorded.equals(BackupStore.sha256(file))) {
            throw ProblemException.conflict("backup " + file.getFileName() + " does not match its recorded SHA-256: the file is damaged "
                    + "or was changed; nothing was restored");
        }
        return "matches";
    }

    private DumpContents contents(Path file) {
        Path toc = temp();
        try {
            tools.run(List.of(tools.tool("pg_restore"), "--list", file.toString()), toc);
            return DumpContents.parse(Files.readString(toc));
        } catch (PgTools.ToolFailure e) {
            // Usually a file an operator copied in: say what would work instead of pg_restore's "input file appears to be…".
            throw ProblemException.invalidField("backup", file.getFileName() + (plainSql(file)
                    ? " is a plain-SQL dump, which pg_restore cannot read: take it again with pg_dump -Fc"
                    : " is not a pg_dump archive (take one with pg_dump -Fc): " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(toc);
        }
    }

    /** pg_dump's plain format opens with a "-- PostgreSQL database dump" comment. */
    private static boolean plainSql(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(256), StandardCharsets.UTF_8).contains("PostgreSQL database dump");
        } catch (IOException e) {
            return false;
        }
    }

    private void createDatabase(String database) {
        String template = Databases.requireIdentifier("template", config.databaseTemplate());
        try (Connection c = databases.connect(databases.appDatabase()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + database + "\" TEMPLATE \"" + template + "\"");
        } catch (SQLException e) {
            throw ProblemException.conflict("cannot create database " + database + " from template " + template + ": " + e.getMessage());
        }
    }

    /**
     * The dump's extensions must exist in the target. Trusted ones we create; the others need a superuser once. A missing
     * extension the schema needs stops the restore here; any other is skipped and named in the step's detail.
     */
    private String ensureExtensions(String database, List<String> extensions) {
        List<String> skipped = new ArrayList<>();
        try (Connection c = databases.connect(database)) {
            c.setAutoCommit(true);
            for (String extension : extensions) {
                if (!EXTENSION_NAME.matcher(extension).matches() || installed(c, extension)) {
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE EXTENSION IF NOT EXISTS \"" + extension + "\"");
                } catch (SQLException e) {
                    if (!config.requiredExtensions().contains(extension)) {
                        skipped.add(extension);
                        continue;
                    }
                    throw ProblemException.conflict("the backup needs extension " + extension + ", which " + database
                            + " lacks and only a superuser can create. Once, as postgres: CREATE EXTENSION " + extension + " in "
                            + database + ", or in the template " + config.databaseTemplate()
                            + " so new databases have it (hybridstore.admin.database-template / ADMIN_DATABASE_TEMPLATE)");
                }
            }
        } catch (SQLException e) {
            throw ProblemException.unavailable("cannot connect to " + database + ": " + e.getMessage());
        }
        return skipped.isEmpty() ? "present" : "skipped " + String.join(", ", skipped) + " (not installable here, not needed by the schema)";
    }

    private static boolean installed(Connection c, String extension) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = ?")) {
            st.setString(1, extension);
            return st.executeQuery().next();
        }
    }

    private void restoreInto(String database, Path file, DumpContents contents, List<String> replaced, boolean intoNew) {
        Path list = temp();
        try {
            Files.writeString(list, contents.restoreList());
            List<String> restore = new ArrayList<>(List.of(tools.tool("pg_restore"), "--use-list=" + list, "--no-owner"));
            if (intoNew) {
                // A copy for debugging elsewhere: the server's roles may not exist here.
                restore.add("--no-privileges");
            }
            restore.addAll(List.of("--file=-", file.toString()));
            List<String> psql = new ArrayList<>(List.of(tools.tool("psql")));
            psql.addAll(tools.connection(database));
            psql.addAll(List.of("--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1"));
            if (!replaced.isEmpty()) {
                psql.add("--command=" + SchemaCleaner.sql(replaced));
            }
            psql.add("--file=-");
            tools.pipe(restore, psql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(list);
        }
    }

    private List<String> anonymize(String database, DumpContents contents) {
        String salt = config.anonymizeSalt().filter(s -> !s.isBlank()).orElseGet(() -> UUID.randomUUID().toString());
        Set<String> schemas = new LinkedHashSet<>(List.of("public"));
        schemas.addAll(contents.schemas());
        try (Connection c = databases.connect(database)) {
            return Anonymizer.apply(c, new ArrayList<>(schemas), salt);
        } catch (SQLException e) {
            throw ProblemException.conflict("anonymizing " + database + " failed: " + e.getMessage());
        }
    }

    private boolean exists(String database) {
        return catalog.exists(database).await().atMost(Duration.ofSeconds(30));
    }

    private void dropIfCreated(boolean created, String database) {
        if (!created) {
            return;
        }
        try (Connection c = databases.connect(databases.appDatabase()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database + "\"");
            Log.infof("Dropped %s after its restore failed", database);
        } catch (SQLException e) {
            Log.warnf("Database %s was left behind after a failed restore: %s", database, e.getMessage());
        }
    }

    private static Path temp() {
        try {
            return Files.createTempFile("hybridstore-restore-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.debugf("temporary file %s not deleted: %s", file, e.getMessage());
        }
    }
}
