package dev.hybridstore.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CliRun;
import dev.hybridstore.cli.TestConfig;
import dev.hybridstore.cli.db.FakeAdminApi;
import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.postgres.Postgres;
import dev.hybridstore.model.config.DatabaseUrl;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign's production guard: refused before core-api hears of it and before any fault, and let through by a
 * confirmation naming the database. core-api is a local server that records what it is asked; the fault command a
 * script that records what it is told to do.
 */
class ChaosCommandTest {

    @TempDir
    Path tmp;

    private FakeAdminApi coreApi;
    private Path faults;

    @BeforeEach
    void start() throws IOException {
        coreApi = new FakeAdminApi();
        faults = tmp.resolve("faults.log");
    }

    @AfterEach
    void stop() {
        coreApi.close();
    }

    private CliRun chaos(String environment, Postgres database, String... args) throws IOException {
        Path script = Files.writeString(tmp.resolve("fault"), "#!/bin/sh\necho \"$@\" >> '" + faults + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        CliConfig config = new TestConfig(coreApi.url(), Optional.empty(), Optional.empty(), Optional.of(script.toString()));
        Api api = new Api(new ObjectMapper(), config);
        Campaign campaign = new Campaign(api, config, new FaultDriver(config), null, null);
        return CliRun.of(new ChaosCommand(campaign, config, "127.0.0.1:1", new ProductionGuard(environment), database, api), args);
    }

    /** A database nothing listens for: under SUITE_ENV=production its mark is never asked. */
    private static Postgres nowhere() {
        return new Postgres("jdbc:postgresql://127.0.0.1:1/chaosdb", "hybridstore", "s3cret");
    }

    @Test
    void underSuiteEnvProductionTheCampaignIsRefusedBeforeAnyCallOrFault() throws IOException {
        CliRun run = chaos("production", nowhere(), "pg-kill", "--seconds", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("refused: SUITE_ENV=production: the fault campaign (it kills the suite's engines and services and "
                + "writes test rows) on postgresql://hybridstore:***@127.0.0.1:1/chaosdb refused. If you really mean it, add "
                + "--confirm-production chaosdb\n");
        assertThat(coreApi.requests).isEmpty();
        assertThat(faults).doesNotExist();
    }

    @Test
    void aConfirmationNamingAnotherDatabaseIsRefusedToo() throws IOException {
        CliRun run = chaos("production", nowhere(), "pg-kill", "--confirm-production", "hybridstore");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--confirm-production 'hybridstore' does not name the database ('chaosdb')");
        assertThat(coreApi.requests).isEmpty();
        assertThat(faults).doesNotExist();
    }

    @Test
    void aConfirmationNamingTheDatabaseLetsTheCampaignGoOnToCoreApi() throws IOException {
        CliRun run = chaos("production", nowhere(), "pg-kill", "--confirm-production", "chaosdb");

        assertThat(run.err()).startsWith("warning: SUITE_ENV=production: the fault campaign").contains("confirmed (--confirm-production chaosdb)");
        assertThat(coreApi.requests).extracting(r -> r.method() + " " + r.uri()).containsExactly("GET /q/health/ready");
        assertThat(run.exit()).as("the stand-in core-api is not ready, so the campaign stops there").isEqualTo(1);
        assertThat(run.err()).contains("core-api is not ready at " + coreApi.url());
        assertThat(faults).doesNotExist();
    }

    @Test
    void aDatabaseMarkedProductionIsRefusedWithoutSuiteEnv() throws IOException, SQLException {
        String server = RealServices.endpoints().databaseUrl();
        String name = TestIds.create("CHAOSCLI").prefix().toLowerCase(Locale.ROOT);
        try (Connection c = Migrations.connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            s.execute("ALTER DATABASE " + name + " SET hybridstore.environment = 'production'");
        }
        try {
            DatabaseUrl url = DatabaseUrl.parse("DATABASE_URL", server.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1"));

            CliRun run = chaos("local", new Postgres(url.jdbcUrl(), url.user(), url.password()), "pg-kill");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("refused: the database is marked hybridstore.environment=production: the fault campaign")
                    .contains("--confirm-production " + name);
            assertThat(coreApi.requests).isEmpty();
            assertThat(faults).doesNotExist();
        } finally {
            try (Connection c = Migrations.connect(server); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
