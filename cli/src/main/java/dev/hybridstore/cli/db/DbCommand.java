package dev.hybridstore.cli.db;

import static dev.hybridstore.cli.http.Api.encode;
import static dev.hybridstore.cli.http.Api.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.guard.ProductionGuard.Refused;
import dev.hybridstore.cli.http.Api.Answer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hybridstore db ...}: seed 004's database operations through core-api's admin API. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = HelpCommand.class, sortOptions = false,
        description = "Database operations (migrations, backups, restores, health, table statistics) through core-api's admin API.",
        footer = {"", "core-api must run (./suite up). Its URL: HYBRIDSTORE_CLI_API_URL (./suite: CORE_API_URL, else this stack's "
                + "core-api); the admin token: HYBRIDSTORE_CLI_ADMIN_TOKEN, else ADMIN_TOKEN (./suite: the one ./suite up wrote to "
                + ".suite/env). Destructive commands (undo, restore, reset) refuse a production database, SUITE_ENV=production or a "
                + "database a superuser marked with",
                "  ALTER DATABASE <db> SET hybridstore.environment = 'production';",
                "unless --confirm-production names it."})
public class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final AdminApi admin;
    private final ProductionGuard production;

    DbCommand(AdminApi admin, ProductionGuard production) {
        this.admin = admin;
        this.production = production;
    }

    /** The options every db command takes. */
    static class Target {
        @Option(names = "--database", paramLabel = "DB", description = "work on another database of the same server (default: core-api's own)")
        String database;

        @Option(names = "--confirm-production", paramLabel = "DB", description = "allow a destructive command on a production database named DB")
        String confirm;

        @Option(names = "--json", description = "print core-api's JSON answer instead of the report (for scripts; messages go to stderr)")
        boolean json;
    }

    /** {@code db} alone shows the commands, as {@code db help} does. */
    @Override
    public void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "status", description = "current schema version, history (who, when, how long), pending migrations")
    int status(@Mixin Target t) {
        return run(() -> print(t, ok(t, "GET", query("/admin/db/migrations", "database", t.database)), DbReport::status));
    }

    @Command(name = "migrate", description = "apply pending migrations (up to V)")
    int migrate(@Mixin Target t, @Option(names = "--target", paramLabel = "V", description = "the version to stop at") String target) {
        return run(() -> {
            say(t, "migrating " + admin.url() + (t.database == null ? "" : " (database " + t.database + ")")
                    + (target == null ? "" : " to version " + target));
            return print(t, ok(t, "POST", query("/admin/db/migrations/upgrade", "target", target, "database", t.database)), DbReport::run);
        });
    }

    @Command(name = "undo", description = "run the undo scripts of the last N applied versions, newest first   (destructive)")
    int undo(@Mixin Target t, @Option(names = "--steps", paramLabel = "N|all", defaultValue = "1", description = "how many (default 1)") String steps) {
        return run(() -> {
            guard("undo " + steps + " migration(s) of", t.database, t);
            say(t, "undoing " + steps + " migration(s)");
            return print(t, ok(t, "POST", query("/admin/db/migrations/undo", "steps", steps, "database", t.database)), DbReport::run);
        });
    }

    @Command(name = "validate", description = "check applied migrations against the scripts (checksums), list missing undo scripts")
    int validate(@Mixin Target t) {
        return run(() -> {
            JsonNode v = ok(t, "POST", query("/admin/db/migrations/validate", "database", t.database)).body();
            boolean valid = v.path("valid").asBoolean();
            if (t.json) {
                out().println(v);
            } else {
                if (valid) {
                    out().println(DbReport.OK + "applied migrations match their scripts (" + v.path("database").asText() + ")");
                } else {
                    warn("validation failed for " + v.path("database").asText() + ":");
                }
                out().print(DbReport.validationDetails(v));
            }
            return valid ? 0 : 1;
        });
    }

    @Command(name = "backup", description = "pg_dump --format=custom of the database (or one schema), with its SHA-256")
    int backup(@Mixin Target t, @Option(names = "--schema", paramLabel = "S", description = "one schema only") String schema) {
        return run(() -> {
            say(t, "backing up" + (t.database == null ? "" : " " + t.database) + (schema == null ? "" : " (schema " + schema + ")"));
            return print(t, ok(t, "POST", query("/admin/db/backups", "schema", schema, "database", t.database)), DbReport::backup);
        });
    }

    @Command(name = "backups", description = "list the backups")
    int backups(@Mixin Target t) {
        return run(() -> print(t, ok(t, "GET", "/admin/db/backups"), DbReport::backups));
    }

    @Command(name = "delete-backup", description = "delete a backup and its checksum file")
    int deleteBackup(@Mixin Target t, @Parameters(paramLabel = "NAME") String name) {
        return run(() -> {
            ok(t, "DELETE", "/admin/db/backups/" + encode(name));
            (t.json ? err() : out()).println(DbReport.OK + "deleted " + name);
            return 0;
        });
    }

    @Command(name = "restore", description = {"restore a backup over the database (destructive), or into a new database DB; "
            + "--anonymize replaces personal columns with fakes (only with --new). A FILE (e.g. a dump copied from the server) "
            + "is first copied into the backup directory."})
    int restore(@Mixin Target t, @Parameters(paramLabel = "NAME|FILE") String backup,
            @Option(names = "--new", paramLabel = "DB", description = "restore into this new database") String newDatabase,
            @Option(names = "--anonymize", description = "replace personal columns with fakes (only with --new)") boolean anonymize) {
        return run(() -> {
            if (anonymize && newDatabase == null) {
                throw new DbFailure("--anonymize works with --new DB only (the restored copy is anonymized, never the original)");
            }
            guard(newDatabase != null ? "restore into" : "restore " + backup + " over", newDatabase != null ? newDatabase : t.database, t);
            String name = Files.isRegularFile(Path.of(backup)) ? DumpImport.into(Path.of(backup), backupDirectory(t)) : backup;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("backup", name);
            if (newDatabase != null) {
                body.put("target", "new");
                body.put("database", newDatabase);
                body.put("anonymize", anonymize);
                say(t, "restoring " + name + " into a new database " + newDatabase + (anonymize ? ", anonymized" : ""));
            } else {
                body.put("target", "same");
                if (t.database != null) {
                    body.put("database", t.database);
                }
                say(t, "restoring " + name + " over " + (t.database == null ? "the database of core-api" : t.database));
            }
            return print(t, admin.ok("POST", "/admin/db/restores", Optional.of(body), confirm(t), err()), DbReport::restore);
        });
    }

    @Command(name = "health", description = "reachable, latency, server version, extensions, pool, slow queries")
    int health(@Mixin Target t) {
        return run(() -> {
            Answer health = call(t, "GET", "/admin/db/health");
            if (health.status() != 200 && health.status() != 503) {
                throw new DbFailure(DbReport.problem(health));
            }
            print(t, health, DbReport::health);
            return health.status() == 200 ? 0 : 1;
        });
    }

    @Command(name = "tables", description = "per table: estimated rows, sizes, scans, dead tuples, last (auto)vacuum/analyze")
    int tables(@Mixin Target t) {
        return run(() -> print(t, ok(t, "GET", "/admin/db/tables"), DbReport::tables));
    }

    @Command(name = "reset", description = "drop the suite's objects and migrate again: a fresh local database   (destructive)")
    int reset(@Mixin Target t) {
        return run(() -> {
            guard("reset (drop everything and migrate again) of", t.database, t);
            say(t, "resetting " + (t.database == null ? "the database of core-api" : t.database)
                    + ": dropping the suite's objects, then migrating");
            return print(t, ok(t, "POST", query("/admin/db/reset", "database", t.database)), DbReport::run);
        });
    }

    /**
     * This side of seed 000's guard, before any call: under SUITE_ENV=production a destructive command needs
     * --confirm-production naming the database (null: core-api's own, whose name core-api checks). The API guards
     * again, and also knows the databases marked production; its refusal is shown as any other.
     */
    private void guard(String operation, String database, Target t) {
        production.check(operation + " " + (database == null ? "core-api's database" : "'" + database + "'"), database, t.confirm, () -> false)
                .ifPresent(this::warn);
    }

    private Path backupDirectory(Target t) {
        return Path.of(ok(t, "GET", "/admin/db/backups").text("directory"));
    }

    private int run(IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (DbFailure e) {
            err().println("error: " + e.getMessage());
            return 1;
        } catch (Refused e) {
            err().println("refused: " + e.getMessage());
            return ProductionGuard.REFUSED;
        } finally {
            out().flush();
            err().flush();
        }
    }

    private int print(Target t, Answer answer, Function<JsonNode, String> report) {
        if (t.json) {
            out().println(answer.body());
        } else {
            out().print(report.apply(answer.body()));
        }
        return 0;
    }

    private Answer call(Target t, String method, String path) {
        return admin.call(method, path, Optional.empty(), confirm(t), err());
    }

    private Answer ok(Target t, String method, String path) {
        return admin.ok(method, path, Optional.empty(), confirm(t), err());
    }

    private static Optional<String> confirm(Target t) {
        return Optional.ofNullable(t.confirm);
    }

    /** A step of the command ("==> ..."); on stderr under --json, so stdout stays one JSON document. */
    private void say(Target t, String line) {
        (t.json ? err() : out()).println("==> " + line);
    }

    private void warn(String line) {
        err().println("warning: " + line);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
