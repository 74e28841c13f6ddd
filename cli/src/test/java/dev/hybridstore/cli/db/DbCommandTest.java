package dev.hybridstore.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CliRun;
import dev.hybridstore.cli.TestConfig;
import dev.hybridstore.cli.db.FakeAdminApi.Reply;
import dev.hybridstore.cli.db.FakeAdminApi.Request;
import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.http.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The db commands' HTTP mapping and output: the real command classes and HTTP client against a local server that answers
 * with core-api's recorded admin JSON. (./suite test runs status, health and tables against the real core-api too.)
 */
class DbCommandTest {

    private static final String TOKEN = "t0ken";

    private FakeAdminApi api;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() throws IOException {
        api = new FakeAdminApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private CliRun db(String... args) {
        return db("local", new TestConfig(api.url(), Optional.of(TOKEN), Optional.empty()), args);
    }

    private CliRun db(String environment, CliConfig config, String... args) {
        return CliRun.of(new DbCommand(new AdminApi(new Api(new ObjectMapper(), config), config), new ProductionGuard(environment)), args);
    }

    private List<String> calls() {
        return api.requests.stream().map(r -> r.method() + " " + r.uri()).toList();
    }

    /**
     * A command whose whole output is fixed by core-api's recorded answer.
     *
     * @param out what it prints on stdout, or null where only stderr is checked
     * @param err what it prints on stderr, or null where only stdout is checked
     */
    record Printed(String behaviour, String call, int status, String answer, List<String> args, int exit, String out, String err) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<Printed> printedAnswers() {
        return Stream.of(
                new Printed("status of another database asks for it and lists its pending scripts",
                        "GET /admin/db/migrations?database=clidb_scratch", 200, "status-scratch.json",
                        List.of("status", "--database", "clidb_scratch"),
                        0, """
                database clidb_scratch: version 1

                history:
                    RANK  VERSION  DESCRIPTION  BY           ON                    TIME   OK   UNDO
                       1        1  commerce     hybridstore  2026-12-04T19:06:32Z  64 ms  yes  yes

                pending:
                    2  knowledge  (db/migration/V2__knowledge.sql)
                    3  catalog  (db/migration/V3__catalog.sql)
                    4  embedding state  (db/migration/V4__embedding_state.sql)
                    5  seasons unique year  (db/migration/V5__seasons_unique_year.sql)
                    6  orders keyset index  (db/migration/V6__orders_keyset_index.sql)
                    7  catalog cascading soft delete  (db/migration/V7__catalog_cascading_soft_delete.sql)
                """, null),
                new Printed("a refusal shows status title detail and each invalid field and exits one",
                        "POST /admin/db/migrations/undo?steps=abc&database=clidb_scratch", 400, "undo-not-a-number.json",
                        List.of("undo", "--steps", "abc", "--database", "clidb_scratch"),
                        1, "==> undoing abc migration(s)\n", """
                error: 400 Bad Request
                Invalid input
                  steps: must be a positive whole number or 'all'
                """),
                new Printed("a wrong token is refused with where the token comes from",
                        "GET /admin/db/tables", 403, "wrong-token.json", List.of("tables"),
                        1, null, """
                error: 403 Forbidden
                the admin token is not valid
                (the admin token is taken from HYBRIDSTORE_CLI_ADMIN_TOKEN, else ADMIN_TOKEN; ./suite passes the one in .suite/env)
                """),
                new Printed("validate confirms matching scripts",
                        "POST /admin/db/migrations/validate", 200, "validate.json", List.of("validate"),
                        0, "    ok applied migrations match their scripts (hybridstore)\n", null),
                new Printed("backup prints name size checksum and steps",
                        "POST /admin/db/backups?schema=public", 201, "backup.json", List.of("backup", "--schema", "public"),
                        0, """
                ==> backing up (schema public)
                    ok hybridstore_hybridstore_20261204_190625.dump: 0.06 MB in 378 ms
                    sha256 d480eaf67e42a1727ce099dad4ac6370f45945712f8071369c9b720df3a5af9a
                    pg_dump: 343 ms
                    sha256: 10 ms (d480eaf67e42a1727ce099dad4ac6370f45945712f8071369c9b720df3a5af9a)
                """, null),
                new Printed("backups lists each with its short checksum",
                        "GET /admin/db/backups", 200, "backups.json", List.of("backups"),
                        0, """
                backups in /work/wt-clidb/.suite/backups:
                    NAME                                          SIZE     CREATED               SHA-256
                    hybridstore_hybridstore_20261204_190625.dump  0.06 MB  2026-12-04T19:06:26Z  d480eaf67e42a172…
                """, null),
                new Printed("health reports each line",
                        "GET /admin/db/health", 200, "health.json", List.of("health"),
                        0, """
                reachable       yes
                database        hybridstore (8.9 MB), primary
                latency         4.52 ms (SELECT 1)
                server          PostgreSQL 15.20 (Debian 15.20-0+deb12u1)
                extensions      pg_stat_statements 1.10, pg_trgm 1.6, plpgsql 1.0, vector 0.8.0
                pool            max 30, in use 0, free 30, waiting 0
                connections     19 ours (), 21 on the database, server max 300
                environment     local
                slow queries    0 since start
                """, null),
                new Printed("an unreachable database is reported and exits one",
                        "GET /admin/db/health", 503, "health-unreachable.json", List.of("health"),
                        1, """
                reachable       NO: Connection refused: /127.0.0.1:55652
                environment     local
                slow queries    0 since start
                """, null),
                new Printed("the apis refusal of a marked production database is shown without a token hint",
                        "POST /admin/db/migrations/undo?steps=1&database=clidb_scratch", 403, "undo-production.json",
                        List.of("undo", "--database", "clidb_scratch"),
                        1, null, """
                error: 403 Forbidden
                'clidb_scratch' is a production database: undo refused. Repeat with the header X-Confirm-Database: clidb_scratch \
                (CLI: --confirm-production clidb_scratch)
                """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printedAnswers")
    void printsTheRecordedAnswer(Printed c) {
        api.answer(c.call(), c.status(), c.answer());

        CliRun run = db(c.args().toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(c.exit());
        if (c.out() != null) {
            assertThat(run.out()).isEqualTo(c.out());
        }
        if (c.err() != null) {
            assertThat(run.err()).isEqualTo(c.err());
        }
    }

    @Test
    void statusShowsTheVersionTheHistoryAsATableAndNothingPending() {
        api.answer("GET /admin/db/migrations", 200, "status.json");

        CliRun run = db("status");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                database hybridstore: version 7

                history:
                    RANK  VERSION  DESCRIPTION                    BY           ON                    TIME    OK   UNDO
                       1        1  commerce                       hybridstore  2026-12-04T19:03:02Z  245 ms  yes  yes
                       2        2  knowledge                      hybridstore  2026-12-04T19:03:02Z  195 ms  yes  yes
                       3        3  catalog                        hybridstore  2026-12-04T19:03:03Z  381 ms  yes  yes
                       4        4  embedding state                hybridstore  2026-12-04T19:03:03Z  19 ms   yes  yes
                       5        5  seasons unique year            hybridstore  2026-12-04T19:03:03Z  31 ms   yes  yes
                       6        6  orders keyset index            hybridstore  2026-12-04T19:03:03Z  21 ms   yes  yes
                       7        7  catalog cascading soft delete  hybridstore  2026-12-04T19:03:03Z  49 ms   yes  yes

                pending: none
                """);
        assertThat(api.requests).singleElement().extracting(r -> r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void migrateSendsTargetAndDatabaseAndListsEachScriptWithItsTime() {
        api.answer("POST /admin/db/migrations/upgrade?target=3&database=clidb_scratch", 200, "migrate.json");

        CliRun run = db("migrate", "--target", "3", "--database", "clidb_scratch");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("==> migrating " + api.url() + " (database clidb_scratch) to version 3\n" + """
                database clidb_scratch: empty → 3 (upgrade)
                    VERSION  STEP               TIME
                          1  V1__commerce.sql   64 ms
                          2  V2__knowledge.sql  36 ms
                          3  V3__catalog.sql    81 ms
                    total 846 ms
                """);
    }

    @Test
    void aFailedMigrationScriptIsShownWithWhereItFailedAndExitsOne() {
        api.answer("POST /admin/db/migrations/upgrade?database=clidb_scratch", 409, "migrate-failed.json");

        CliRun run = db("migrate", "--database", "clidb_scratch");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("""
                error: 409 Migration Failed
                 line 1 failed: ERROR: permission denied for schema public; clidb_scratch stays at version null
                  script:     line 1
                  statement: CREATE TABLE "public"."flyway_schema_history" (
                """);
    }

    @Test
    void withoutAnAdminTokenNothingIsSent() {
        CliRun run = db("local", new TestConfig(api.url(), Optional.empty(), Optional.empty()), "status");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no admin token: set HYBRIDSTORE_CLI_ADMIN_TOKEN or ADMIN_TOKEN");
        assertThat(api.requests).isEmpty();
    }

    @Test
    void underSuiteEnvProductionDestructiveCommandsAreRefusedBeforeAnyCall() throws IOException {
        CliConfig config = new TestConfig(api.url(), Optional.of(TOKEN), Optional.empty());
        Path dump = Files.writeString(tmp.resolve("copied.dump"), "PGDMP pretend dump");

        CliRun reset = db("production", config, "reset");
        CliRun undo = db("production", config, "undo", "--database", "clidb_scratch", "--confirm-production", "other");
        CliRun restore = db("production", config, "restore", "x.dump", "--new", "copy");
        CliRun restoreFile = db("production", config, "restore", dump.toString());

        assertThat(List.of(reset.exit(), undo.exit(), restore.exit(), restoreFile.exit())).containsOnly(2);
        assertThat(reset.err()).isEqualTo("refused: SUITE_ENV=production: reset (drop everything and migrate again) of core-api's "
                + "database refused. If you really mean it, add --confirm-production <database> (core-api's: hybridstore db health names it)\n");
        assertThat(undo.err()).isEqualTo("refused: SUITE_ENV=production: --confirm-production 'other' does not name the database "
                + "('clidb_scratch')\n");
        assertThat(restore.err()).contains("SUITE_ENV=production: restore into 'copy' refused", "--confirm-production copy");
        assertThat(restoreFile.err()).contains("SUITE_ENV=production: restore " + dump + " over core-api's database refused");
        assertThat(api.requests).as("not even the backup directory is asked for").isEmpty();
    }

    @Test
    void aConfirmedResetOfCoreApisDatabaseLeavesTheNameToTheApi() {
        api.answer("POST /admin/db/reset", 200, "reset.json");

        CliRun run = db("production", new TestConfig(api.url(), Optional.of(TOKEN), Optional.empty()), "reset", "--confirm-production", "hybridstore");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("warning: SUITE_ENV=production: reset (drop everything and migrate again) of core-api's database "
                + "confirmed (--confirm-production hybridstore)");
        assertThat(api.requests).singleElement().extracting(r -> r.header("X-Confirm-Database")).isEqualTo("hybridstore");
    }

    @Test
    void aConfirmationNamingTheDatabaseIsWarnedAboutAndReachesTheApiAsItsHeader() {
        api.answer("POST /admin/db/migrations/undo?steps=2&database=clidb_scratch", 200, "undo.json");

        CliRun run = db("production", new TestConfig(api.url(), Optional.of(TOKEN), Optional.empty()),
                "undo", "--steps", "2", "--database", "clidb_scratch", "--confirm-production", "clidb_scratch");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("warning: SUITE_ENV=production: undo 2 migration(s) of 'clidb_scratch' confirmed "
                + "(--confirm-production clidb_scratch)\n");
        assertThat(run.out()).isEqualTo("""
                ==> undoing 2 migration(s)
                database clidb_scratch: 3 → 1 (undo)
                    VERSION  STEP                       TIME
                          3  db/undo/U3__catalog.sql    105 ms
                          2  db/undo/U2__knowledge.sql  78 ms
                    total 642 ms
                """);
        assertThat(api.requests).singleElement().extracting(r -> r.header("X-Confirm-Database")).isEqualTo("clidb_scratch");
    }

    @Test
    void validateWarnsListsEachMismatchAndExitsOne() {
        api.answer("POST /admin/db/migrations/validate?database=clidb_scratch", 200, "validate-invalid.json");

        CliRun run = db("validate", "--database", "clidb_scratch");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("warning: validation failed for clidb_scratch:\n");
        assertThat(run.out()).startsWith("    2 /work/wt-clidb/file:").contains("V2__knowledge.sql: Migration checksum mismatch for migration "
                + "version 2\n-> Applied to database : 12345\n");
    }

    @Test
    void deleteBackupSendsTheNameAsOnePathSegment() {
        api.answer("DELETE /admin/db/backups/a%20b.dump", new Reply(204, "application/json", "", () -> {
        }));

        CliRun run = db("delete-backup", "a b.dump");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("    ok deleted a b.dump\n");
        assertThat(api.requests).singleElement().extracting(Request::uri).isEqualTo("/admin/db/backups/a%20b.dump");
    }

    @Test
    void restoreFromAFileCopiesItAndItsChecksumIntoTheBackupDirectoryThenRestoresItByName() throws IOException {
        Path server = Files.createDirectory(tmp.resolve("backups"));
        Path dump = Files.writeString(tmp.resolve("copied.dump"), "PGDMP pretend dump");
        Files.writeString(tmp.resolve("copied.dump.sha256"), DumpImport.sha256(dump) + "  copied.dump\n");
        api.answer("GET /admin/db/backups", new Reply(200, "application/json", "{\"directory\":\"" + server + "\",\"backups\":[]}", () -> {
        }));
        api.answer("POST /admin/db/restores", 200, "restore-anonymized.json");

        CliRun run = db("restore", dump.toString(), "--new", "clidb_restored", "--anonymize");

        assertThat(run.exit()).isZero();
        assertThat(server.resolve("copied.dump")).hasSameTextualContentAs(dump);
        assertThat(server.resolve("copied.dump.sha256")).hasSameTextualContentAs(tmp.resolve("copied.dump.sha256"));
        assertThat(api.requests.get(1).body()).isEqualTo(
                "{\"backup\":\"copied.dump\",\"target\":\"new\",\"database\":\"clidb_restored\",\"anonymize\":true}");
        assertThat(run.out()).isEqualTo("""
                ==> restoring copied.dump into a new database clidb_restored, anonymized
                    ok restored into clidb_restored in 1336 ms; schema version 7
                    verify sha256: 0 ms (matches)
                    read contents: 45 ms
                    create database: 174 ms
                    extensions: 58 ms (skipped pg_stat_statements (not installable here, not needed by the schema))
                    pg_restore: 672 ms
                    anonymize: 184 ms
                    anonymized: public.interviews.candidate_name (0 rows), public.users.name (0 rows)
                """);
    }

    @Test
    void aFileThatDoesNotMatchItsChecksumIsNeitherCopiedNorRestored() throws IOException {
        Path server = Files.createDirectory(tmp.resolve("backups"));
        Path dump = Files.writeString(tmp.resolve("damaged.dump"), "PGDMP pretend dump");
        Files.writeString(tmp.resolve("damaged.dump.sha256"), "0".repeat(64) + "  damaged.dump\n");
        api.answer("GET /admin/db/backups", new Reply(200, "application/json", "{\"directory\":\"" + server + "\",\"backups\":[]}", () -> {
        }));

        CliRun run = db("restore", dump.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + dump + " does not match " + dump + ".sha256\n");
        assertThat(server).isEmptyDirectory();
        assertThat(calls()).containsExactly("GET /admin/db/backups");
    }

    @Test
    void restoreOverTheDatabaseAsksForTargetSameAndAnonymizeOnlyWithNew() {
        api.answer("POST /admin/db/restores", 404, "backup-not-found.json");

        CliRun over = db("restore", "nope.dump", "--database", "clidb_restored");
        CliRun anonymized = db("restore", "nope.dump", "--anonymize");

        assertThat(api.requests).singleElement().extracting(Request::body)
                .isEqualTo("{\"backup\":\"nope.dump\",\"target\":\"same\",\"database\":\"clidb_restored\"}");
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err()).isEqualTo("error: 404 Not Found\nBackup 'nope.dump' does not exist\n");
        assertThat(anonymized.exit()).isEqualTo(1);
        assertThat(anonymized.err()).contains("--anonymize works with --new DB only");
    }

    @Test
    void tablesShowRowsSizesScansAndTheLastMaintenanceDay() {
        api.answer("GET /admin/db/tables", 200, "tables.json");

        CliRun run = db("tables");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("tables of hybridstore:\n    TABLE                         ROWS~  TABLE MB  INDEX MB  SEQ SCANS  "
                + "IDX SCANS  DEAD  VACUUMED    ANALYZED\n");
        assertThat(run.out().lines().filter(line -> line.contains("public.users ") || line.contains("public.orders ")))
                .containsExactly(
                        "    public.orders                     0         0      0.03          6          0     0           -  2026-12-04",
                        "    public.users                      0         0      0.02        173         14     0  2026-12-04  2026-12-04");
    }

    @Test
    void jsonPrintsTheApisAnswerAndKeepsMessagesOnStderr() throws IOException {
        api.answer("POST /admin/db/backups", 201, "backup.json");

        CliRun run = db("backup", "--json");

        assertThat(run.exit()).isZero();
        assertThat(new ObjectMapper().readTree(run.out())).isEqualTo(new ObjectMapper().readTree(FakeAdminApi.resource("backup.json")));
        assertThat(run.err()).isEqualTo("==> backing up\n");
    }

    @Test
    void anAnswerThatIsNotJsonIsShownAsItCame() {
        api.answer("GET /admin/db/tables", new Reply(502, "text/html", "<html>Bad Gateway</html>", () -> {
        }));

        CliRun run = db("tables");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: HTTP 502: <html>Bad Gateway</html>\n");
    }

    @Test
    void anUnreachableCoreApiIsNamedWithItsUrl() {
        String url = api.url();
        api.close();

        CliRun run = db("local", new TestConfig(url, Optional.of(TOKEN), Optional.empty()), "status");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: core-api is not reachable at " + url + " (").endsWith("): start it with ./suite up first\n");
    }

    @Test
    void whileALongCallRunsCoreApisLogLinesAboutItAreShown() throws IOException {
        Path log = Files.writeString(tmp.resolve("core-api.log"),
                "2026-12-04 19:00:00.000 INFO  [de.hy.co.ad.Steps] (executor-thread-1) Backup of an earlier run: pg_dump done in 1 ms\n");
        CliRun run = backupWhileTheLogGrows(log, "2026-12-04 19:06:26.061 INFO  [de.hy.co.ad.Steps] (executor-thread-3)"
                + " [4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7] Backup of hybridstore: pg_dump done in 343 ms\n"
                + "2026-12-04 19:06:26.062 INFO  [io.qu.ht.access] (vert.x-eventloop-thread-0) [,] a line about something else\n");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("    Backup of hybridstore: pg_dump done in 343 ms\n");
    }

    @Test
    void coreApisJsonLogLinesAreShownByTheirMessage() throws IOException {
        Path log = Files.writeString(tmp.resolve("core-api.log"), "");
        CliRun run = backupWhileTheLogGrows(log, """
                {"timestamp":"2026-12-04T19:06:26.061Z","level":"INFO","message":"Backup of hybridstore: pg_dump done in 343 ms","service":"core-api"}
                {"timestamp":"2026-12-04T19:06:26.062Z","level":"INFO","message":"a line about something else","service":"core-api"}
                """);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("    Backup of hybridstore: pg_dump done in 343 ms\n");
    }

    /** A backup that runs past the first progress tick, core-api writing {@code lines} to its log meanwhile. */
    private CliRun backupWhileTheLogGrows(Path log, String lines) {
        api.answer("POST /admin/db/backups", new Reply(201, "application/json", FakeAdminApi.resource("backup.json"), () -> {
            append(log, lines);
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return db("local", new TestConfig(api.url(), Optional.of(TOKEN), Optional.of(log)), "backup");
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
