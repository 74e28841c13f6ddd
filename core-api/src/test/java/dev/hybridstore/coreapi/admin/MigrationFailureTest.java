package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upgrades, undo and validation against the test migrations (V800 undoable, V850 not, V900 broken) on scratch databases. */
@QuarkusTest
@TestProfile(AdminProfiles.WithTestMigrations.class)
class MigrationFailureTest {

    @Test
    void aFailingMigrationLeavesThePreviousVersionAndNamesTheScriptAndStatement() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(); DbEventsProbe events = new DbEventsProbe()) {
            admin().queryParam("database", db.name()).post("/admin/db/migrations/upgrade").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Migration Failed"))
                    .body("script", equalTo("V900__ops_broken.sql"))
                    .body("line", equalTo(3))
                    .body("statement", containsString("ops_table_that_does_not_exist"))
                    .body("error", containsString("does not exist"))
                    .body("version_after", equalTo("850"))
                    .body("detail", containsString("stays at version 850"))
                    .body("steps.findAll { it.success }.version", hasItems("800", "850"))
                    .body("steps.findAll { !it.success }.version", equalTo(List.of("900")));

            assertThat(db.column("SELECT coalesce(to_regclass('public.ops_broken_first')::text, 'absent')")).containsExactly("absent");
            assertThat(db.column("SELECT to_regclass('public.ops_probe')::text")).containsExactly("ops_probe");
            admin().queryParam("database", db.name()).get("/admin/db/migrations").then().statusCode(200)
                    .body("current_version", equalTo("850"))
                    .body("pending.version", equalTo(List.of("900")));

            JsonNode failed = events.first(e -> db.name().equals(e.path("database").asText()) && "900".equals(e.path("version").asText())
                    && !e.path("success").asBoolean());
            assertThat(failed.path("direction").asText()).isEqualTo("upgrade");
            assertThat(failed.path("error").asText()).contains("ops_table_that_does_not_exist");
        }
    }

    @Test
    void undoRunsTheUndoScriptAndForgetsTheVersion() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(); DbEventsProbe events = new DbEventsProbe()) {
            admin().queryParam("database", db.name()).queryParam("target", "800").post("/admin/db/migrations/upgrade").then()
                    .statusCode(200).body("to_version", equalTo("800"));

            admin().queryParam("database", db.name()).post("/admin/db/migrations/undo").then().statusCode(200)
                    .body("direction", equalTo("undo"))
                    .body("from_version", equalTo("800"))
                    .body("to_version", not(equalTo("800")))
                    .body("steps.script", equalTo(List.of("db/undo/U800__ops_probe.sql")));

            assertThat(db.column("SELECT coalesce(to_regclass('public.ops_probe')::text, 'absent')")).containsExactly("absent");
            assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE version = '800'")).containsExactly("0");
            admin().queryParam("database", db.name()).get("/admin/db/migrations").then()
                    .body("pending.version", hasItem("800"));
            events.first(e -> db.name().equals(e.path("database").asText()) && "800".equals(e.path("version").asText())
                    && "undo".equals(e.path("direction").asText()) && e.path("success").asBoolean());
        }
    }

    @Test
    void undoWithoutAnUndoScriptIsRefusedAndChangesNothing() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            admin().queryParam("database", db.name()).queryParam("target", "850").post("/admin/db/migrations/upgrade").then()
                    .statusCode(200);

            admin().queryParam("database", db.name()).queryParam("steps", "2").post("/admin/db/migrations/undo").then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("db/undo/U850__ops_without_undo.sql"))
                    .body("detail", containsString("nothing was changed"));

            assertThat(db.column("SELECT to_regclass('public.ops_probe')::text")).containsExactly("ops_probe");
            admin().queryParam("database", db.name()).get("/admin/db/migrations").then().body("current_version", equalTo("850"));
        }
    }

    @Test
    void validateReportsChecksumsAndMissingUndoScripts() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            admin().queryParam("database", db.name()).queryParam("target", "850").post("/admin/db/migrations/upgrade").then()
                    .statusCode(200);
            admin().queryParam("database", db.name()).post("/admin/db/migrations/validate").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("undo_missing", hasItem("db/undo/U850__ops_without_undo.sql"))
                    .body("undo_missing", not(hasItem("db/undo/U800__ops_probe.sql")));

            db.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '800'");
            admin().queryParam("database", db.name()).post("/admin/db/migrations/validate").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("errors.version", hasItem("800"));
        }
    }

    @Test
    void badParametersAreClientErrorsWithTheFieldNamed() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            admin().queryParam("database", db.name()).queryParam("steps", "two").post("/admin/db/migrations/undo").then()
                    .statusCode(400).body("errors.field", hasItem("steps"));
            admin().queryParam("database", db.name()).queryParam("steps", "0").post("/admin/db/migrations/undo").then()
                    .statusCode(400).body("errors.field", hasItem("steps"));
            admin().queryParam("database", db.name()).queryParam("steps", "1").post("/admin/db/migrations/undo").then()
                    .statusCode(409).body("detail", containsString("only 0 applied"));
            admin().queryParam("database", db.name()).queryParam("target", "12345").post("/admin/db/migrations/upgrade").then()
                    .statusCode(400).body("errors.field", hasItem("target"));
            admin().queryParam("database", db.name()).queryParam("target", "not a version").post("/admin/db/migrations/upgrade")
                    .then().statusCode(400).body("errors.field", hasItem("target"));
        }
        admin().queryParam("database", "Robert'); DROP TABLE x;--").get("/admin/db/migrations").then().statusCode(400)
                .body("errors.field", hasItem("database"));
        admin().queryParam("database", "hs_ops_no_such_database").get("/admin/db/migrations").then().statusCode(404);
    }
}
