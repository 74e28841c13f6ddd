package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Seed 004's health_check and get_table_stats on the service's own database. */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class DbHealthTest {

    @Inject
    Sql sql;

    @Test
    void healthReportsLatencyVersionExtensionsPoolAndRole() {
        String database = admin().get("/admin/db/health").then().statusCode(200)
                .body("reachable", equalTo(true))
                .body("latency_ms", greaterThan(0f))
                .body("server_version", startsWith("15"))
                .body("role", equalTo("primary"))
                .body("extensions.name", hasItem("vector"))
                .body("extensions.find { it.name == 'vector' }.version", startsWith("0."))
                .body("pool.max_size", greaterThan(0))
                .body("pool.in_use", notNullValue())
                .body("pool.idle", greaterThan(0f))
                .body("pool.server_connections_ours", greaterThan(0))
                .body("pool.application_name", notNullValue())
                .body("environment", equalTo("local"))
                .body("production", equalTo(false))
                .extract().path("database");
        assertThat(RealServices.endpoints().databaseUrl()).endsWith("/" + database);
    }

    @Test
    void tableStatsCoverOurSchemasWithSizesScansAndMaintenance() throws Exception {
        sql.execute("ANALYZE public.users", Tuple.tuple()).await().atMost(Duration.ofSeconds(30));
        admin().get("/admin/db/tables").then().statusCode(200)
                .body("tables.find { it.schema == 'public' && it.table == 'users' }.estimated_rows", notNullValue())
                .body("tables.find { it.schema == 'public' && it.table == 'users' }.index_bytes", greaterThan(0))
                .body("tables.find { it.schema == 'public' && it.table == 'users' }.last_analyze", notNullValue())
                .body("tables.find { it.schema == 'pokervod' && it.table == 'hand_clips' }.total_bytes", greaterThan(0))
                .body("tables.schema", hasItem("pokervod"));
    }
}
