package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static dev.hybridstore.coreapi.admin.AdminProfiles.BACKUPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.hybridstore.model.config.DatabaseUrl;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's debugging flow with a dump this suite did not make: {@code pg_dump -Fc} on "the production server" (a scratch
 * database whose objects a role of its own owns), the file copied into BACKUP_DIR, that role absent here, and the file
 * restored through the admin API into a new database, anonymized.
 */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class ForeignDumpImportTest {

    @Test
    void aProductionDumpOwnedByARoleAbsentHereRestoresAnonymizedIntoANewDatabase() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
        String owner = "hs_ops_t_prod_owner_" + suffix;
        String reader = "hs_ops_t_prod_reader_" + suffix;
        String copy = "hs_ops_t_prod_copy_" + suffix;
        Path file = BACKUPS.resolve("prod_" + suffix + ".dump");
        try {
            Map<String, String> productionChecksums;
            try (ScratchDatabase production = ScratchDatabase.create()) {
                fill(production, owner, reader);
                productionChecksums = production.checksums();
                pgDump(production.name(), "--format=custom", file);
            }
            dropRole(reader);
            dropRole(owner);
            assertThat(ScratchDatabase.columnOf(null, "SELECT rolname FROM pg_roles WHERE rolname IN ('" + owner + "', '" + reader + "')"))
                    .isEmpty();
            String toc = toc(file);
            assertThat(toc).as("the dump's objects belong to the production role").contains("TABLE public users " + owner);
            assertThat(toc).as("and grant to another").contains("ACL public TABLE users " + owner);

            admin().get("/admin/db/backups").then().statusCode(200)
                    .body("backups.name", hasItem(file.getFileName().toString()));
            admin().contentType("application/json")
                    .body(Map.of("backup", file.getFileName().toString(), "target", "new", "database", copy, "anonymize", true))
                    .post("/admin/db/restores").then().statusCode(200)
                    .body("database", equalTo(copy))
                    .body("steps.find { it.name == 'verify sha256' }.detail", equalTo("no checksum recorded"))
                    .body("anonymized", hasItems("public.users.name (3 rows)", "public.interviews.candidate_name (2 rows)"))
                    .body("schema_version", not(equalTo(null)));

            Map<String, String> restored = ScratchDatabase.checksums(copy);
            assertThat(restored.keySet()).isEqualTo(productionChecksums.keySet());
            for (String untouched : List.of("public.orders", "public.products", "public.companies", "public.stores")) {
                assertThat(restored.get(untouched)).as(untouched).isEqualTo(productionChecksums.get(untouched));
            }
            assertThat(ScratchDatabase.columnOf(copy, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c "
                    + "JOIN pg_namespace n ON n.oid = relnamespace WHERE nspname = 'public' AND relkind = 'r'"))
                    .containsExactly(DatabaseUrl.parse("DATABASE_URL", RealServices.endpoints().databaseUrl()).user());

            List<String> users = ScratchDatabase.columnOf(copy, "SELECT user_id || '|' || name || '|' || age FROM users ORDER BY user_id");
            assertThat(users).hasSize(3).allSatisfy(u -> assertThat(u).matches("U\\d\\|User [0-9a-f]{10}\\|\\d+"))
                    .noneMatch(u -> u.contains("김민수") || u.contains("이서연"));
            assertThat(users.get(0).split("\\|")[1]).as("one person, one pseudonym").isEqualTo(users.get(2).split("\\|")[1])
                    .isNotEqualTo(users.get(1).split("\\|")[1]);
            assertThat(users.get(0)).endsWith("|31");
            List<String> candidates = ScratchDatabase.columnOf(copy, "SELECT candidate_name || '|' || answer FROM interviews ORDER BY id");
            assertThat(candidates).hasSize(2).allSatisfy(c -> assertThat(c).matches("Candidate [0-9a-f]{10}\\|.+"));
            assertThat(candidates.get(0)).as("the same salted hash across tables: joins by name still line up")
                    .startsWith("Candidate " + users.get(0).split("\\|")[1].substring("User ".length()) + "|")
                    .endsWith("|장애 대응 경험");
        } finally {
            ScratchDatabase.drop(copy);
            dropRole(reader);
            dropRole(owner);
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFileInTheBackupDirectoryThatIsNotACustomFormatDumpIsRefusedByName() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
        Path plain = BACKUPS.resolve("prod_plain_" + suffix + ".dump");
        Path junk = BACKUPS.resolve("prod_junk_" + suffix + ".dump");
        String copy = "hs_ops_t_prod_copy_" + suffix;
        try (ScratchDatabase production = ScratchDatabase.create()) {
            production.execute("CREATE TABLE ops_people (id int, name text)");
            pgDump(production.name(), "--format=plain", plain);
            Files.writeString(junk, "not a dump\n");

            admin().contentType("application/json")
                    .body(Map.of("backup", plain.getFileName().toString(), "target", "new", "database", copy, "anonymize", true))
                    .post("/admin/db/restores").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("backup"))
                    .body("errors.find { it.field == 'backup' }.message", containsString(plain.getFileName().toString()))
                    .body("errors.find { it.field == 'backup' }.message", containsString("plain-SQL"))
                    .body("errors.find { it.field == 'backup' }.message", containsString("pg_dump -Fc"));
            admin().contentType("application/json")
                    .body(Map.of("backup", junk.getFileName().toString(), "target", "new", "database", copy))
                    .post("/admin/db/restores").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.find { it.field == 'backup' }.message", containsString(junk.getFileName().toString()));
            assertThat(ScratchDatabase.columnOf(null, "SELECT 1 FROM pg_database WHERE datname = '" + copy + "'")).isEmpty();
        } finally {
            ScratchDatabase.drop(copy);
            Files.deleteIfExists(plain);
            Files.deleteIfExists(junk);
        }
    }

    /**
     * Makes {@code db} the production server: the hybridstore schema with personal rows, every object owned by
     * {@code owner}, the tables readable by {@code reader}.
     */
    private static void fill(ScratchDatabase db, String owner, String reader) throws Exception {
        admin().queryParam("database", db.name()).post("/admin/db/migrations/upgrade").then().statusCode(200);
        db.execute("INSERT INTO users (user_id, name, gender, age) VALUES ('U1', '김민수', 'M', 31), ('U2', '이서연', 'F', 27), "
                        + "('U3', '김민수', 'M', 45)",
                "INSERT INTO products (product_id, name, price) VALUES ('P1', '무선 이어폰', 129000)",
                "INSERT INTO orders (order_id, user_id, product_id, quantity, total_amount, status) VALUES "
                        + "('O1', 'U1', 'P1', 1, 129000, 'paid'), ('O2', 'U2', 'P1', 2, 258000, 'shipped')",
                "INSERT INTO companies (id, name) VALUES ('KAKAO', '카카오')",
                "INSERT INTO interviews (company_id, candidate_name, answer, score) VALUES ('KAKAO', '김민수', '장애 대응 경험', 80), "
                        + "('KAKAO', '이서연', '배포 자동화', 90)");
        try {
            db.execute("CREATE ROLE " + owner + " NOLOGIN", "GRANT " + owner + " TO CURRENT_USER");
        } catch (SQLException e) {
            throw new IllegalStateException("the test role may not create roles (" + e.getMessage() + "). ./suite's test server "
                    + "gives it CREATEROLE on its next start; or once, as a superuser: ALTER ROLE hybridstore CREATEROLE", e);
        }
        // What pg_dump writes as OWNER TO: the schemas, and every table, view, sequence, function and type of ours
        // (extension members stay the superuser's, as on a real server).
        db.execute(db.column("""
                SELECT format('ALTER SCHEMA %I OWNER TO %I', nspname, '{owner}') FROM pg_namespace WHERE nspname IN ('public', 'pokervod')
                UNION ALL
                SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.oid::regclass, '{owner}')
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname IN ('public', 'pokervod') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                UNION ALL
                SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, '{owner}')
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname IN ('public', 'pokervod') AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                UNION ALL
                SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, '{owner}')
                  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname IN ('public', 'pokervod') AND t.typtype IN ('e', 'd')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
                """.replace("{owner}", owner)).toArray(String[]::new));
        db.execute("CREATE ROLE " + reader + " NOLOGIN", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
        assertThat(db.column("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = relnamespace "
                + "WHERE nspname = 'public' AND relkind = 'r' AND pg_get_userbyid(relowner) <> '" + owner + "'")).containsExactly("0");
    }

    /** pg_dump as an operator runs it on the server: the client of the server's major version, password from the environment. */
    private static void pgDump(String database, String format, Path file) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("DATABASE_URL", RealServices.endpoints().databaseUrl());
        Files.createDirectories(file.getParent());
        List<String> command = new ArrayList<>(List.of(pgTool("pg_dump"), format, "--file=" + file, "--host", url.host(),
                "--port", Integer.toString(url.port()), "--username", url.user(), "--no-password", database));
        run(command, Map.of("PGPASSWORD", url.password()));
    }

    private static String toc(Path file) throws Exception {
        return run(List.of(pgTool("pg_restore"), "--list", file.toString()), Map.of());
    }

    private static String pgTool(String name) throws SQLException {
        String major = ScratchDatabase.columnOf(null, "SELECT current_setting('server_version_num')::int / 10000").get(0);
        Path tool = Path.of("/usr/lib/postgresql", major, "bin", name);
        return Files.isExecutable(tool) ? tool.toString() : name;
    }

    private static String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command.get(0) + ": " + output).isZero();
        return output;
    }

    private static void dropRole(String role) throws SQLException {
        try (var c = ScratchDatabase.connect("postgres"); var st = c.createStatement()) {
            st.execute("DROP ROLE IF EXISTS " + role);
        }
    }
}
