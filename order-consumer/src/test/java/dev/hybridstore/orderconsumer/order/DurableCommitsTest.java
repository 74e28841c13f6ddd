package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.model.config.DeploymentSettings;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch is acknowledged to Kafka right after its COMMIT returns, so that COMMIT must wait for the WAL flush even
 * where the database's own default says otherwise (a server or role tuned with synchronous_commit = off).
 */
class DurableCommitsTest {

    private final Map<String, String> props = DeploymentSettings
            .resolve(name -> Optional.ofNullable(Map.of("DATABASE_URL", RealServices.endpoints().databaseUrl()).get(name)))
            .properties();
    private final String user = props.get("hybridstore.db.username");
    private final String password = props.get("hybridstore.db.password");

    @BeforeEach
    void roleDefaultsToFastUnsafeCommits() throws Exception {
        alterRole("SET synchronous_commit = off");
    }

    @AfterEach
    void restoreRoleDefault() throws Exception {
        alterRole("RESET synchronous_commit");
    }

    @Test
    void reactiveSessionsCommitDurablyWhateverTheRoleDefault() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            PgConnectOptions options = PgConnectOptions.fromUri(props.get("hybridstore.db.reactive-url")).setUser(user).setPassword(password);
            PgConnection conn = PgConnection.connect(vertx, options).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            String value = conn.query("SHOW synchronous_commit").execute()
                    .map(rows -> rows.iterator().next().getString(0))
                    .eventually(v -> conn.close()).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertThat(value).isEqualTo("on");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void jdbcSessionsCommitDurablyWhateverTheRoleDefault() throws Exception {
        try (Connection c = DriverManager.getConnection(props.get("hybridstore.db.jdbc-url"), user, password);
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW synchronous_commit")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("on");
        }
    }

    private void alterRole(String change) throws Exception {
        try (Connection c = Migrations.connect(RealServices.endpoints().databaseUrl()); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE CURRENT_USER " + change);
        }
    }
}
