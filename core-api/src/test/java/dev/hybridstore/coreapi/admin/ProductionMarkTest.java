package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static dev.hybridstore.coreapi.admin.AdminApi.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A database marked {@code ALTER DATABASE x SET hybridstore.environment = 'production'} is production even when the
 * service runs as local. (Setting the mark needs a superuser, or GRANT SET ON PARAMETER hybridstore.environment, which
 * ./suite's test server gives the application role.)
 */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class ProductionMarkTest {

    @Test
    void aDatabaseMarkedProductionRefusesUndoWithoutConfirmation() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            upgrade(db);
            mark(db);

            admin().queryParam("database", db.name()).post("/admin/db/migrations/undo").then().statusCode(403)
                    .body("detail", containsString("production"));
            admin().header("X-Confirm-Database", db.name()).queryParam("database", db.name()).post("/admin/db/migrations/undo")
                    .then().statusCode(200);
        }
    }

    private static void mark(ScratchDatabase db) {
        try {
            db.execute("ALTER DATABASE " + db.name() + " SET hybridstore.environment = 'production'");
        } catch (SQLException e) {
            throw new IllegalStateException("the test role may not set the production mark (" + e.getMessage() + "). Once, as a "
                    + "superuser on the test server: GRANT SET ON PARAMETER hybridstore.environment TO hybridstore", e);
        }
    }

    @Test
    void resetDropsOurObjectsKeepsTheExtensionsAndMigratesAgain() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            upgrade(db);
            db.execute("INSERT INTO stores (name) VALUES ('gone after the reset')", "CREATE TABLE ops_leftover (id int)",
                    "CREATE TABLE pokervod.ops_leftover (id int)", "CREATE FUNCTION ops_f() RETURNS int LANGUAGE sql AS 'SELECT 1'");

            admin().queryParam("database", db.name()).post("/admin/db/reset").then().statusCode(200)
                    .body("direction", equalTo("reset"))
                    .body("steps[0].description", containsString("public"))
                    .body("steps.version", hasItems("1", "2", "3"));

            assertThat(db.column("SELECT count(*) FROM stores")).containsExactly("0");
            assertThat(db.column("SELECT coalesce(to_regclass('public.ops_leftover')::text, 'absent')")).containsExactly("absent");
            assertThat(db.column("SELECT coalesce(to_regclass('pokervod.ops_leftover')::text, 'absent')")).containsExactly("absent");
            assertThat(db.column("SELECT count(*) FROM pg_proc WHERE proname = 'ops_f'")).containsExactly("0");
            assertThat(db.column("SELECT extname FROM pg_extension ORDER BY 1")).contains("pg_trgm", "vector");
        }
    }

    @Test
    void ourOwnDatabaseIsNotMarked() {
        admin().get("/admin/db/health").then().statusCode(200).body("production", equalTo(false));
    }
}
