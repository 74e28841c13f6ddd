package dev.hybridstore.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.db.AdminApi;
import dev.hybridstore.cli.db.DbFailure;
import dev.hybridstore.cli.output.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hybridstore bench dbops}: seed 004 §10's migration, backup and restore times through core-api's admin API,
 * beside pg_dump and pg_restore run directly in the same run (the physical limit of this machine and dataset).
 */
@Command(name = "dbops", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times, on core-api's database: a migration of an empty scratch database, a backup (pg_dump --format=custom) and "
                + "a restore of it into a new database, each through the API; then pg_dump -Fc and pg_restore run directly (one job, and "
                + "one job per core) on the same data.",
                "Limits: seed 004 §10 (migration < 60 s, backup < 5 min, restore < 10 min); our aim: each < 30 s. Needs core-api running "
                + "(./suite up); fewer rows than the scale asks for are seeded (refused on a production database)."})
public class DbopsBench implements Callable<Integer> {

    private static final long AIM_MS = 30_000;
    /** pg_restore -l entries of extensions: the template supplies them (a non-superuser cannot create them). */
    private static final Pattern EXTENSION_ENTRY = Pattern.compile("^\\d+; \\d+ \\d+ (EXTENSION|COMMENT - EXTENSION) .*");

    @Option(names = "--scale", defaultValue = "full",
            description = "full: 100,000 users, 10,000 products, 1,000,000 orders (default); small: 10,000 / 1,000 / 100,000; tiny: 1,000 / 100 / 10,000 (a smoke test)")
    String scale;

    @Option(names = "--keep", description = "keep the scratch databases, the dump and the backup (default: dropped at the end)")
    boolean keep;

    private final AdminApi admin;
    private final BenchDatabase db;
    private final Seeder seeder;
    private final boolean production;

    DbopsBench(AdminApi admin, BenchDatabase db, Seeder seeder, @ConfigProperty(name = "hybridstore.environment") String environment) {
        this.admin = admin;
        this.db = db;
        this.seeder = seeder;
        this.production = "production".equalsIgnoreCase(environment);
    }

    private record Scale(long users, long products, long orders) {
        static Scale named(String name) {
            return switch (name) {
                case "full" -> new Scale(100_000, 10_000, 1_000_000);
                case "small" -> new Scale(10_000, 1_000, 100_000);
                case "tiny" -> new Scale(1_000, 100, 10_000);
                default -> throw new CommandFailure("--scale takes full, small or tiny, not " + name);
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        Scale scale = Scale.named(this.scale);
        ExternalTool pgDump = ExternalTool.postgres("pg_dump", "apt-get install postgresql-client (./suite up installs it)");
        ExternalTool pgRestore = ExternalTool.postgres("pg_restore", "apt-get install postgresql-client (./suite up installs it)");
        String database = admin("GET", "/admin/db/health", Optional.empty()).path("database").asText();
        guard(database);

        System.out.println("==> dataset: " + scale.orders() + " orders in " + database);
        long have = db.number("SELECT count(*) FROM public.orders");
        if (have < scale.orders()) {
            System.out.println("==> seeding the missing data (" + have + " orders present)");
            long users = db.number("SELECT count(*) FROM public.users");
            long products = db.number("SELECT count(*) FROM public.products");
            seeder.add(Math.max(scale.users() - users, 0), Math.max(scale.products() - products, 0), scale.orders() - have);
        }
        long megabytes = db.number("SELECT round(pg_database_size(current_database()) / 1048576.0)");
        long rows = db.number("SELECT count(*) FROM public.orders");
        System.out.printf("    ok %s: %d orders, %d MB%n", database, rows, megabytes);
        templateHasExtensions();

        long stamp = System.currentTimeMillis() / 1000;
        String scratch = "bench_dbops_migrate_" + stamp;
        String restored = "bench_dbops_restore_" + stamp;
        String direct = "bench_dbops_direct_" + stamp;
        String directJobs = "bench_dbops_directj_" + stamp;
        List<String> created = new ArrayList<>();
        String backup = null;
        WorkDir work = WorkDir.create("bench-dbops");
        try {
            System.out.println("==> migration of an empty database (API)");
            createDatabase(scratch, created);
            long migrateMs = admin("POST", "/admin/db/migrations/upgrade?database=" + scratch, Optional.empty()).path("duration_ms").asLong();

            System.out.println("==> backup of " + database + " (API: pg_dump --format=custom + SHA-256)");
            JsonNode run = admin("POST", "/admin/db/backups", Optional.empty());
            backup = run.path("name").asText();
            long backupMs = run.path("duration_ms").asLong();
            double backupMb = run.path("size_mb").asDouble();

            System.out.println("==> restore of " + backup + " into a new database (API: create, check extensions, pg_restore | psql in one transaction)");
            created.add(restored);
            long restoreMs = admin("POST", "/admin/db/restores", Optional.of(Map.of("backup", backup, "target", "new", "database", restored,
                    "anonymize", false))).path("duration_ms").asLong();

            int jobs = Runtime.getRuntime().availableProcessors();
            Path dump = work.path().resolve("direct.dump");
            Path list = work.path().resolve("direct.list");
            System.out.println("==> pg_dump -Fc directly");
            long dumpMs = pgDump.run("pg_dump", List.of("-w", "-Fc", "-f", dump.toString(), "-d", database), db.libpqEnvironment(database),
                    work.path(), 0).millis();
            String entries = pgRestore.run("pg_restore -l", List.of("-l", dump.toString()), Map.of(), work.path(), 0).stdout();
            Files.writeString(list, withoutExtensions(entries));
            System.out.println("==> pg_restore directly (1 job)");
            createDatabase(direct, created);
            long restoreOneMs = restoreDirectly(pgRestore, "pg_restore", direct, list, dump, List.of(), work.path());
            System.out.println("==> pg_restore directly (" + jobs + " jobs)");
            createDatabase(directJobs, created);
            long restoreJobsMs = restoreDirectly(pgRestore, "pg_restore -j " + jobs, directJobs, list, dump, List.of("-j", Integer.toString(jobs)),
                    work.path());

            System.out.println();
            System.out.printf("==> database operations on %d orders (%d MB, dump %s MB), %d cores%n", rows, megabytes, number(backupMb), jobs);
            Table table = new Table("OPERATION", "API", "DIRECT", "API / DIRECT", "SEED 004 LIMIT", "OUR AIM", "VERDICT");
            table.row("migration from empty", seconds(migrateMs), "-", "-", "60 s", "30 s", verdict(migrateMs, 60_000));
            table.row("backup", seconds(backupMs), seconds(dumpMs) + " (pg_dump -Fc)", Ratio.times(backupMs, dumpMs), "300 s", "30 s",
                    verdict(backupMs, 300_000));
            table.row("restore (new database)", seconds(restoreMs), seconds(restoreOneMs) + " (1 job), " + seconds(restoreJobsMs) + " (" + jobs + " jobs)",
                    Ratio.times(restoreMs, restoreOneMs) + " (1 job)", "600 s", "30 s", verdict(restoreMs, 600_000));
            System.out.print(table.indented());
            System.out.println("    (extensions are filtered out of restores: the template supplies them; the API restore is one transaction,");
            System.out.println("     so it cannot use parallel jobs: the " + jobs + "-job figure is the machine's limit, not a like-for-like one)");
            return 0;
        } finally {
            if (keep) {
                System.out.println("    kept: databases " + String.join(", ", created) + ", " + work.path()
                        + (backup == null ? "" : ", backup " + backup));
            } else {
                work.close();
                for (String name : created) {
                    dropQuietly(name);
                }
                if (backup != null) {
                    deleteBackupQuietly(backup);
                }
            }
        }
    }

    /** Seed 000: no dummy rows in production, that is SUITE_ENV=production or a database with the production mark. */
    private void guard(String database) throws SQLException {
        String why = production ? "SUITE_ENV=production" : null;
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase, unnest(s.setconfig) AS cfg
                                WHERE d.datname = ? AND s.setrole = 0 AND cfg = 'hybridstore.environment=production')
                    OR coalesce(current_setting('hybridstore.environment', true), '') = 'production'""")) {
            s.setString(1, database);
            try (ResultSet r = s.executeQuery()) {
                if (why == null && r.next() && r.getBoolean(1)) {
                    why = "the database is marked hybridstore.environment=production";
                }
            }
        }
        if (why != null) {
            throw new CommandFailure("refusing to benchmark (it seeds dummy rows into) '" + database + "': " + why);
        }
    }

    /** New databases copy template1; vector needs a superuser, which ./suite up's bootstrap gives the local stack. */
    private void templateHasExtensions() throws SQLException {
        try (Connection c = db.connect("template1"); ResultSet r = c.createStatement().executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'vector'")) {
            if (!r.next()) {
                throw new CommandFailure("template1 lacks the vector extension; once, as a superuser: "
                        + "psql -d template1 -c 'create extension vector; create extension pg_trgm'");
            }
        }
    }

    private void createDatabase(String name, List<String> created) {
        db.execute("CREATE DATABASE " + name + " TEMPLATE template1");
        created.add(name);
    }

    private long restoreDirectly(ExternalTool pgRestore, String label, String target, Path list, Path dump, List<String> extra, Path work) {
        List<String> args = new ArrayList<>(List.of("-w", "--no-owner", "--no-privileges", "-L", list.toString(), "-d", target));
        args.addAll(extra);
        args.add(dump.toString());
        return pgRestore.run(label, args, db.libpqEnvironment(target), work, 0).millis();
    }

    /** pg_restore's table of contents without the extensions' entries. */
    static String withoutExtensions(String entries) {
        StringBuilder kept = new StringBuilder();
        entries.lines().filter(line -> !EXTENSION_ENTRY.matcher(line).matches()).forEach(line -> kept.append(line).append('\n'));
        return kept.toString();
    }

    static String verdict(long apiMs, long limitMs) {
        return apiMs > limitMs ? "OVER the seed's limit" : apiMs > AIM_MS ? "within the limit, over our aim" : "ok";
    }

    private JsonNode admin(String method, String path, Optional<Object> body) {
        try {
            return admin.ok(method, path, body, Optional.empty(), new PrintWriter(System.err, true)).body();
        } catch (DbFailure e) {
            throw new CommandFailure(method + " " + path + ": " + e.getMessage());
        }
    }

    private void dropQuietly(String database) {
        try {
            db.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (CommandFailure e) {
            System.err.println("warning: could not drop the scratch database " + database + ": " + e.getMessage());
        }
    }

    private void deleteBackupQuietly(String backup) {
        try {
            admin.ok("DELETE", "/admin/db/backups/" + backup, Optional.empty(), Optional.empty(), new PrintWriter(System.err, true));
        } catch (DbFailure e) {
            System.err.println("warning: could not delete the backup " + backup + ": " + e.getMessage());
        }
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
