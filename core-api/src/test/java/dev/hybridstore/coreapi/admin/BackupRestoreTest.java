package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static dev.hybridstore.coreapi.admin.AdminApi.upgrade;
import static dev.hybridstore.coreapi.admin.AdminProfiles.BACKUPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Backups and restores of scratch databases through the API, judged by per-table checksums. */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class BackupRestoreTest {

    @Test
    void aWholeDatabaseRestoredOverChangesHasIdenticalTablesAgain() throws Exception {
        Instant started = Instant.now();
        try (ScratchDatabase db = sample(); DbEventsProbe events = new DbEventsProbe()) {
            Map<String, String> before = db.checksums();

            String name = backup(db, null);
            Path file = BACKUPS.resolve(name);
            String sha256 = sha256(file);
            assertThat(Files.readString(BACKUPS.resolve(name + ".sha256"))).isEqualTo(sha256 + "  " + name + "\n");
            JsonNode event = events.first(e -> name.equals(e.path("file").asText()));
            assertThat(event.path("success").asBoolean()).isTrue();
            assertThat(event.path("sha256").asText()).isEqualTo(sha256);
            assertThat(event.path("type").asText()).isEqualTo("DB_BACKUP_COMPLETED");
            assertThat(event.path("database").asText()).isEqualTo(db.name());
            assertThat(Instant.parse(event.path("at").asText())).isAfter(started);
            admin().get("/admin/db/backups").then().statusCode(200)
                    .body("directory", endsWith("admin-backups"))
                    .body("backups.find { it.name == '" + name + "' }.sha256", equalTo(sha256));

            db.execute("UPDATE ops_people SET note = 'changed'", "DELETE FROM pokervod.ops_clips WHERE id = 1",
                    "INSERT INTO ops_people (id, email, note) VALUES (9, 'late@example.com', 'after the backup')",
                    "CREATE TABLE ops_after_backup (id int)", "DROP VIEW ops_people_notes");
            assertThat(db.checksums()).isNotEqualTo(before);

            admin().contentType("application/json").body(Map.of("backup", name, "target", "same", "database", db.name()))
                    .post("/admin/db/restores").then().statusCode(200)
                    .body("database", equalTo(db.name()))
                    .body("steps.name", hasItems("verify sha256", "pg_restore"))
                    .body("steps.find { it.name == 'verify sha256' }.detail", equalTo("matches"));

            assertThat(db.checksums()).isEqualTo(before);
            assertThat(db.column("SELECT coalesce(to_regclass('public.ops_after_backup')::text, 'absent')")).containsExactly("absent");
            assertThat(db.column("SELECT count(*) FROM ops_people_notes")).containsExactly("3");
            assertThat(db.column("SELECT extname FROM pg_extension ORDER BY 1")).contains("pg_trgm", "vector");
        }
    }

    @Test
    void aSchemaBackupReplacesOnlyThatSchema() throws Exception {
        try (ScratchDatabase db = sample()) {
            Map<String, String> before = db.checksums();
            String name = backup(db, "pokervod");
            assertThat(name).startsWith("hybridstore_" + db.name() + "_pokervod_");

            db.execute("UPDATE pokervod.ops_clips SET title = 'changed'", "CREATE TABLE pokervod.ops_extra (id int)",
                    "UPDATE ops_people SET note = 'kept'");
            admin().contentType("application/json").body(Map.of("backup", name, "target", "same", "database", db.name()))
                    .post("/admin/db/restores").then().statusCode(200).body("schema", equalTo("pokervod"));

            Map<String, String> after = db.checksums();
            assertThat(after.get("pokervod.ops_clips")).isEqualTo(before.get("pokervod.ops_clips"));
            assertThat(after).doesNotContainKey("pokervod.ops_extra");
            assertThat(db.column("SELECT DISTINCT note FROM ops_people")).containsExactly("kept");
        }
    }

    @Test
    void aRestoreIntoANewDatabaseCanAnonymizePersonalColumns() throws Exception {
        try (ScratchDatabase db = sample()) {
            String name = backup(db, null);
            String copy = db.name() + "_copy";
            try {
                admin().contentType("application/json")
                        .body(Map.of("backup", name, "target", "new", "database", copy, "anonymize", true))
                        .post("/admin/db/restores").then().statusCode(200)
                        .body("target", equalTo("new"))
                        .body("anonymized", hasItems("public.ops_people.email (3 rows)", "public.ops_people.phone (2 rows)",
                                "public.users.name (2 rows)", "public.interviews.candidate_name (1 rows)"))
                        .body("steps.name", hasItems("create database", "extensions", "pg_restore", "anonymize"));

                Map<String, String> original = db.checksums();
                Map<String, String> restored = ScratchDatabase.checksums(copy);
                assertThat(restored.keySet()).isEqualTo(original.keySet());
                assertThat(restored.get("pokervod.ops_clips")).isEqualTo(original.get("pokervod.ops_clips"));
                try (Connection c = ScratchDatabase.connect(copy); Statement st = c.createStatement();
                        var rs = st.executeQuery("SELECT id, email, phone, note, embedding::text FROM ops_people ORDER BY id")) {
                    List<String[]> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                    }
                    assertThat(rows).hasSize(3);
                    assertThat(rows).allSatisfy(r -> assertThat(r[0]).matches("user_[0-9a-f]{12}@example\\.invalid"));
                    assertThat(rows.get(0)[0]).as("the same person gets the same fake").isEqualTo(rows.get(1)[0]);
                    assertThat(rows.get(0)[0]).isNotEqualTo(rows.get(2)[0]);
                    assertThat(rows.get(0)[1]).matches("010-0000-\\d{4}");
                    assertThat(rows.get(0)[2]).isEqualTo("first note");
                    assertThat(rows.get(0)[3]).isEqualTo("[1,2,3]");
                }
                try (Connection c = ScratchDatabase.connect(copy); Statement st = c.createStatement();
                        var rs = st.executeQuery("SELECT u.name, i.candidate_name, i.answer FROM users u, interviews i "
                                + "WHERE u.user_id = 'U1'")) {
                    rs.next();
                    assertThat(rs.getString(1)).matches("User [0-9a-f]{10}");
                    assertThat(rs.getString(2)).matches("Candidate [0-9a-f]{10}");
                    assertThat(rs.getString(3)).isEqualTo("장애 대응 경험");
                }
            } finally {
                ScratchDatabase.drop(copy);
            }
        }
    }

    @Test
    void ourOwnDatabaseCopiesIntoANewDatabaseSkippingExtensionsOnlyASuperuserCouldAdd() throws Exception {
        String name = admin().post("/admin/db/backups").then().statusCode(201).extract().path("name");
        String copy = "hs_ops_t_copy_" + Long.toString(System.nanoTime(), 36);
        try {
            boolean statementsInOurs = !ScratchDatabase.columnOf(null, "SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'").isEmpty();
            boolean statementsInTemplate = !ScratchDatabase.columnOf("template1",
                    "SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'").isEmpty();
            String detail = admin().contentType("application/json").body(Map.of("backup", name, "target", "new", "database", copy))
                    .post("/admin/db/restores").then().statusCode(200)
                    .extract().path("steps.find { it.name == 'extensions' }.detail");
            if (statementsInOurs && !statementsInTemplate) {
                assertThat(detail).contains("skipped pg_stat_statements");
            } else {
                assertThat(detail).isEqualTo("present");
            }
            assertThat(ScratchDatabase.columnOf(copy, "SELECT count(*) FROM flyway_schema_history")).isNotEqualTo(List.of("0"));
        } finally {
            ScratchDatabase.drop(copy);
            admin().delete("/admin/db/backups/" + name).then().statusCode(204);
        }
    }

    @Test
    void restoreRequestsThatCannotWorkAreRefusedBeforeTouchingAnything() throws Exception {
        try (ScratchDatabase db = sample()) {
            String name = backup(db, null);
            admin().contentType("application/json").body(Map.of("backup", name, "target", "new", "database", db.name()))
                    .post("/admin/db/restores").then().statusCode(409).body("detail", containsString("already exists"));
            admin().contentType("application/json").body(Map.of("backup", name, "target", "new"))
                    .post("/admin/db/restores").then().statusCode(400).body("errors.field", hasItem("database"));
            admin().contentType("application/json").body(Map.of("backup", name, "target", "same", "database", db.name(), "anonymize", true))
                    .post("/admin/db/restores").then().statusCode(400).body("errors.field", hasItem("anonymize"));
            admin().contentType("application/json").body(Map.of("backup", name, "target", "elsewhere"))
                    .post("/admin/db/restores").then().statusCode(400).body("errors.field", hasItem("target"));
            admin().contentType("application/json").body(Map.of("backup", "hybridstore_none_20200101_000000.dump", "target", "same"))
                    .post("/admin/db/restores").then().statusCode(404);
        }
    }

    @Test
    void aChangedBackupFileIsNotRestored() throws Exception {
        try (ScratchDatabase db = sample()) {
            String name = backup(db, null);
            Map<String, String> before = db.checksums();
            db.execute("UPDATE ops_people SET note = 'after'");
            Map<String, String> changed = db.checksums();
            Files.write(BACKUPS.resolve(name), new byte[] {0}, StandardOpenOption.APPEND);

            admin().contentType("application/json").body(Map.of("backup", name, "target", "same", "database", db.name()))
                    .post("/admin/db/restores").then().statusCode(409).body("detail", containsString("SHA-256"));
            assertThat(db.checksums()).isEqualTo(changed).isNotEqualTo(before);

            admin().delete("/admin/db/backups/" + name).then().statusCode(204);
            assertThat(BACKUPS.resolve(name)).doesNotExist();
            assertThat(BACKUPS.resolve(name + ".sha256")).doesNotExist();
            admin().delete("/admin/db/backups/" + name).then().statusCode(404);
        }
    }

    @Test
    void backupNamesCannotLeaveTheBackupDirectory() {
        for (String name : List.of("..%2F..%2Fetc%2Fpasswd", "..%2Fsecret.dump", "%2Fetc%2Fpasswd", ".hidden.dump", "x.dump%00.txt")) {
            admin().urlEncodingEnabled(false).delete("/admin/db/backups/" + name).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("name"));
        }
        admin().contentType("application/json").body(Map.of("backup", "../../etc/passwd", "target", "same"))
                .post("/admin/db/restores").then().statusCode(400).body("errors.field", hasItem("backup"));
    }

    @Test
    void aBackupThatFailsIsReportedAndAnnouncedWithoutLeavingAFile() throws Exception {
        Instant started = Instant.now();
        try (ScratchDatabase db = sample(); DbEventsProbe events = new DbEventsProbe(); Connection locker = db.connect()) {
            locker.setAutoCommit(false);
            try (Statement st = locker.createStatement()) {
                st.execute("LOCK TABLE ops_people IN ACCESS EXCLUSIVE MODE");
            }
            admin().queryParam("database", db.name()).post("/admin/db/backups").then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Backup Failed"))
                    .body("detail", containsString("pg_dump exited"));
            locker.rollback();

            JsonNode event = events.first(e -> e.path("file").asText().startsWith("hybridstore_" + db.name() + "_")
                    && !e.path("success").asBoolean() && Instant.parse(e.path("at").asText()).isAfter(started));
            assertThat(event.path("error").asText()).containsIgnoringCase("lock");
            try (var files = Files.list(BACKUPS)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("hybridstore_" + db.name() + "_"));
            }
        }
    }

    @Test
    void unknownSchemasAndDatabasesAreNamed() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            admin().queryParam("database", db.name()).queryParam("schema", "nope").post("/admin/db/backups").then().statusCode(404)
                    .body("detail", containsString("nope"));
            admin().queryParam("database", db.name()).queryParam("schema", "No Schema").post("/admin/db/backups").then()
                    .statusCode(400).body("errors.field", hasItem("schema"));
        }
        admin().queryParam("database", "hs_ops_no_such_db").post("/admin/db/backups").then().statusCode(404);
    }

    /** A scratch database at the latest schema with rows of every kind of object the restore has to bring back. */
    private static ScratchDatabase sample() throws Exception {
        ScratchDatabase db = ScratchDatabase.create();
        upgrade(db);
        db.execute("CREATE TYPE ops_mood AS ENUM ('calm', 'busy')",
                "CREATE TABLE ops_people (id int PRIMARY KEY, email text, phone varchar(20), note text, mood ops_mood, "
                        + "embedding vector(3), seen bigserial)",
                "INSERT INTO ops_people (id, email, phone, note, mood, embedding) VALUES "
                        + "(1, 'kim@example.com', '010-1234-5678', 'first note', 'calm', '[1,2,3]'), "
                        + "(2, 'kim@example.com', '010-1234-5678', 'second note', 'busy', '[4,5,6]'), "
                        + "(3, 'lee@example.com', NULL, 'third note', NULL, NULL)",
                "CREATE VIEW ops_people_notes AS SELECT id, note FROM ops_people",
                "CREATE FUNCTION ops_double(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n * 2 $$",
                "CREATE SCHEMA IF NOT EXISTS pokervod",
                "CREATE TABLE pokervod.ops_clips (id int PRIMARY KEY, title text NOT NULL)",
                "INSERT INTO pokervod.ops_clips VALUES (1, 'river bluff'), (2, 'hero call')",
                "INSERT INTO users (user_id, name, gender, age) VALUES ('U1', '김민수', 'M', 31), ('U2', '이서연', 'F', 27)",
                "INSERT INTO companies (id, name) VALUES ('KAKAO', '카카오')",
                "INSERT INTO interviews (company_id, candidate_name, answer, score) VALUES ('KAKAO', '김민수', '장애 대응 경험', 80)");
        return db;
    }

    private static String backup(ScratchDatabase db, String schema) {
        var request = admin().queryParam("database", db.name());
        if (schema != null) {
            request = request.queryParam("schema", schema);
        }
        return request.post("/admin/db/backups").then().statusCode(201)
                .body("name", matchesPattern("hybridstore_" + db.name() + (schema == null ? "" : "_" + schema)
                        + "_\\d{8}_\\d{6}(_\\d+)?\\.dump"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("steps.name", hasItems("pg_dump", "sha256"))
                .extract().path("name");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
