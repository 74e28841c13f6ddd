package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004 §4.3 step 4: upgrade → downgrade → upgrade, with the real migrations and undo scripts, on an empty database. */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class MigrationRoundTripTest {

    private static final String SCHEMA = """
            SELECT table_schema || '.' || table_name || '.' || column_name || ':' || data_type || ':' || is_nullable
              FROM information_schema.columns WHERE table_schema IN ('public', 'pokervod') AND table_name <> 'flyway_schema_history'
            UNION ALL
            SELECT schemaname || '.' || indexname || ':' || indexdef FROM pg_indexes WHERE schemaname IN ('public', 'pokervod')
              AND tablename <> 'flyway_schema_history'
            ORDER BY 1""";

    @Test
    void upgradeUndoAllAndUpgradeAgainGiveTheSameSchema() throws Exception {
        Instant started = Instant.now();
        try (ScratchDatabase db = ScratchDatabase.create(); DbEventsProbe events = new DbEventsProbe()) {
            List<String> versions = admin().queryParam("database", db.name()).get("/admin/db/migrations").then().statusCode(200)
                    .body("current_version", nullValue())
                    .body("pending.undo_available", everyItem(equalTo(true)))
                    .extract().jsonPath().getList("pending.version", String.class);
            assertThat(versions).as("the real migrations").isNotEmpty();
            String latest = versions.get(versions.size() - 1);

            admin().queryParam("database", db.name()).post("/admin/db/migrations/upgrade").then().statusCode(200)
                    .body("from_version", nullValue()).body("to_version", equalTo(latest))
                    .body("steps.version", equalTo(versions));
            List<String> upgraded = db.column(SCHEMA);
            assertThat(upgraded).isNotEmpty();
            admin().queryParam("database", db.name()).get("/admin/db/migrations").then()
                    .body("history.version", equalTo(versions))
                    .body("history.success", everyItem(equalTo(true)))
                    .body("history.installed_by", everyItem(equalTo("hybridstore")))
                    .body("pending", empty());

            List<String> newestFirst = new ArrayList<>(versions);
            Collections.reverse(newestFirst);
            admin().queryParam("database", db.name()).queryParam("steps", "all").post("/admin/db/migrations/undo").then()
                    .statusCode(200).body("to_version", nullValue())
                    .body("steps.version", equalTo(newestFirst));
            assertThat(db.column(SCHEMA)).isEmpty();
            assertThat(db.column("SELECT nspname FROM pg_namespace WHERE nspname = 'pokervod'")).isEmpty();
            assertThat(db.column("SELECT extname FROM pg_extension ORDER BY 1")).contains("pg_trgm", "vector");

            admin().queryParam("database", db.name()).post("/admin/db/migrations/upgrade").then().statusCode(200)
                    .body("to_version", equalTo(latest));
            assertThat(db.column(SCHEMA)).isEqualTo(upgraded);

            for (String version : versions) {
                events.first(e -> db.name().equals(e.path("database").asText()) && version.equals(e.path("version").asText())
                        && "undo".equals(e.path("direction").asText()) && e.path("success").asBoolean());
            }
            assertThat(events.events().stream().filter(e -> db.name().equals(e.path("database").asText())
                    && latest.equals(e.path("version").asText()) && "upgrade".equals(e.path("direction").asText())
                    && Instant.parse(e.path("at").asText()).isAfter(started)))
                    .as("the first upgrade and the one after undo").hasSize(2);
        }
    }
}
