package dev.hybridstore.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * infra/suite/seed.sh never writes dummy data into production (seed 000): neither under SUITE_ENV=production nor into
 * a database that carries the production mark, unless --confirm-production names the database.
 */
class SeedGuardTest {

    static final Path ROOT = Repo.root();
    static final String SERVER = RealServices.endpoints().databaseUrl();
    static final String MARKED = TestIds.create("SEEDGUARD").prefix().toLowerCase(Locale.ROOT);

    @BeforeAll
    static void createAProductionMarkedDatabase() throws SQLException {
        try (Connection c = Migrations.connect(SERVER); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + MARKED);
            st.execute("ALTER DATABASE " + MARKED + " SET hybridstore.environment = 'production'");
        }
    }

    @AfterAll
    static void dropIt() throws SQLException {
        try (Connection c = Migrations.connect(SERVER); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + MARKED + " WITH (FORCE)");
        }
    }

    /** Runs the seeder for one user with {@code env} (SUITE_ENV unset unless given) and the extra arguments. */
    static Repo.Result seed(Map<String, String> env, String... extra) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("SUITE_ENV", null);
        List<String> command = new ArrayList<>(List.of("bash", "infra/suite/seed.sh", "--users", "1", "--products", "0", "--orders", "0"));
        command.addAll(List.of(extra));
        return Repo.run(ROOT, all, command);
    }

    @Test
    void aDatabaseMarkedProductionIsRefusedWithTheFlagToUse() {
        Repo.Result r = seed(Map.of("DATABASE_URL", urlOf(MARKED)));

        assertThat(r.exit()).as(r.describe()).isEqualTo(2);
        assertThat(r.err()).as(r.describe()).contains("refused", "marked hybridstore.environment=production",
                "--confirm-production " + MARKED);
    }

    @Test
    void suiteEnvProductionIsRefusedBeforeAnythingIsWritten() {
        Repo.Result r = seed(Map.of("DATABASE_URL", SERVER, "SUITE_ENV", "production"));

        assertThat(r.exit()).as(r.describe()).isEqualTo(2);
        assertThat(r.err()).as(r.describe()).contains("SUITE_ENV=production", "--confirm-production hybridstore");
        assertThat(r.err()).as("the password stays out of the output").doesNotContain(":hybridstore@");
    }

    @Test
    void aConfirmationNamingAnotherDatabaseIsRefused() {
        Repo.Result r = seed(Map.of("DATABASE_URL", urlOf(MARKED)), "--confirm-production", "hybridstore");

        assertThat(r.exit()).as(r.describe()).isEqualTo(2);
        assertThat(r.err()).as(r.describe()).contains("'hybridstore' does not name the database");
    }

    /** The test server's URL, pointed at another database. */
    static String urlOf(String database) {
        return SERVER.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
    }
}
