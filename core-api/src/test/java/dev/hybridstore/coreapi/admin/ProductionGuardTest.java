package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static dev.hybridstore.coreapi.admin.AdminApi.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SUITE_ENV=production: restore, undo and reset need X-Confirm-Database naming the database; the rest works as usual. */
@QuarkusTest
@TestProfile(AdminProfiles.Production.class)
class ProductionGuardTest {

    @Test
    void undoIsRefusedWithoutTheRightConfirmationAndRunsWithIt() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            upgrade(db);
            String version = admin().queryParam("database", db.name()).get("/admin/db/migrations").then().extract().path("current_version");

            admin().queryParam("database", db.name()).post("/admin/db/migrations/undo").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("X-Confirm-Database: " + db.name()));
            admin().header("X-Confirm-Database", "hs_ops").queryParam("database", db.name()).post("/admin/db/migrations/undo").then()
                    .statusCode(403);
            admin().queryParam("database", db.name()).get("/admin/db/migrations").then().body("current_version", equalTo(version));

            admin().header("X-Confirm-Database", db.name()).queryParam("database", db.name()).post("/admin/db/migrations/undo").then()
                    .statusCode(200).body("from_version", equalTo(version));
        }
    }

    @Test
    void restoreIsRefusedWithoutTheRightConfirmationAndRunsWithIt() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            upgrade(db);
            db.execute("INSERT INTO stores (name, region) VALUES ('before', 'Seoul')");
            String backup = admin().queryParam("database", db.name()).post("/admin/db/backups").then().statusCode(201)
                    .extract().path("name");
            db.execute("UPDATE stores SET name = 'after'");
            Map<String, String> body = Map.of("backup", backup, "target", "same", "database", db.name());

            admin().contentType("application/json").body(body).post("/admin/db/restores").then().statusCode(403)
                    .body("detail", containsString("production"));
            admin().header("X-Confirm-Database", db.name() + "x").contentType("application/json").body(body)
                    .post("/admin/db/restores").then().statusCode(403);
            assertThat(db.column("SELECT name FROM stores")).containsExactly("after");

            admin().header("X-Confirm-Database", db.name()).contentType("application/json").body(body).post("/admin/db/restores")
                    .then().statusCode(200);
            assertThat(db.column("SELECT name FROM stores")).containsExactly("before");
        }
    }

    @Test
    void resetIsRefusedWithoutTheRightConfirmationAndRunsWithIt() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            upgrade(db);
            db.execute("INSERT INTO stores (name) VALUES ('kept until the reset')");

            admin().queryParam("database", db.name()).post("/admin/db/reset").then().statusCode(403);
            assertThat(db.column("SELECT count(*) FROM stores")).containsExactly("1");

            admin().header("X-Confirm-Database", db.name()).queryParam("database", db.name()).post("/admin/db/reset").then()
                    .statusCode(200).body("direction", equalTo("reset"));
            assertThat(db.column("SELECT count(*) FROM stores")).containsExactly("0");
        }
    }

    @Test
    void healthSaysProductionAndNonDestructiveOperationsNeedNoConfirmation() {
        admin().get("/admin/db/health").then().statusCode(200).body("environment", equalTo("production"))
                .body("production", equalTo(true));
        admin().post("/admin/db/migrations/validate").then().statusCode(200);
    }
}
