package dev.hybridstore.cli.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.cli.CliRun;
import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.postgres.Postgres;
import dev.hybridstore.model.config.DatabaseUrl;
import dev.hybridstore.model.config.DeploymentSettings;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * hybridstore seed against the real PostgreSQL: each test seeds databases of its own, freshly migrated, and reads back
 * what was written.
 */
class SeedCommandTest {

    static final String SERVER = RealServices.endpoints().databaseUrl();
    static final TestIds IDS = TestIds.create("SEEDCLI");
    static final List<String> CREATED = new ArrayList<>();
    /** A fixed "now", so the runs of a test repeat whatever the day. */
    static final String AS_OF = "2026-03-01 09:00:00";

    @AfterAll
    static void dropTheDatabases() throws SQLException {
        try (Connection c = Migrations.connect(SERVER); Statement s = c.createStatement()) {
            for (String db : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    /** A new database with the latest schema and no rows; its DATABASE_URL. */
    static String freshDatabase() throws SQLException {
        String db = IDS.next().toLowerCase(Locale.ROOT);
        try (Connection c = Migrations.connect(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        CREATED.add(db);
        String url = urlOf(db);
        Migrations.migrate(url);
        return url;
    }

    static String urlOf(String database) {
        return SERVER.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
    }

    /** The command as the CLI runs it, with DATABASE_URL and SUITE_ENV resolved by the model's DeploymentSettings. */
    static CliRun seedUnder(String environment, String databaseUrl, String... args) {
        Map<String, String> env = Map.of("DATABASE_URL", databaseUrl, "SUITE_ENV", environment);
        Map<String, String> props = DeploymentSettings.resolve(name -> Optional.ofNullable(env.get(name))).properties();
        Postgres postgres = new Postgres(props.get("hybridstore.db.jdbc-url"), props.get("hybridstore.db.username"),
                props.get("hybridstore.db.password"));
        return CliRun.of(new SeedCommand(postgres, new ProductionGuard(props.get("hybridstore.environment"))), args);
    }

    static CliRun seed(String databaseUrl, String... args) {
        return seedUnder("local", databaseUrl, args);
    }

    static long query(String databaseUrl, String sql) throws SQLException {
        try (Connection c = Migrations.connect(databaseUrl); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String text(String databaseUrl, String sql) throws SQLException {
        try (Connection c = Migrations.connect(databaseUrl); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** Every column of every row of a table, in key order, as one hash. */
    static String fingerprint(String databaseUrl, String table, String key) throws SQLException {
        return text(databaseUrl, "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY " + key + "), '')) FROM " + table + " t");
    }

    @Test
    void aFreshSchemaGetsExactlyTheAskedCountsWithTheDenormalizedColumnsFilled() throws SQLException {
        String db = freshDatabase();

        CliRun run = seed(db, "--users", "120", "--products", "40", "--orders", "500", "--questions", "15", "--interviews", "8",
                "--manuals", "6", "--catalog", "1", "--batch", "100", "--as-of", AS_OF);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(query(db, "SELECT count(*) FROM stores")).as("20 stores come with products into a store-less database").isEqualTo(20);
        assertThat(query(db, "SELECT count(*) FROM users")).isEqualTo(120);
        assertThat(query(db, "SELECT count(*) FROM products")).isEqualTo(40);
        assertThat(query(db, "SELECT count(*) FROM orders")).isEqualTo(500);
        assertThat(query(db, "SELECT count(*) FROM questions")).isEqualTo(15);
        assertThat(query(db, "SELECT count(*) FROM interviews")).isEqualTo(8);
        assertThat(query(db, "SELECT count(*) FROM manuals")).isEqualTo(6);
        assertThat(query(db, "SELECT count(*) FROM pokervod.projects")).isEqualTo(1);
        assertThat(query(db, "SELECT count(*) FROM pokervod.hand_clips")).isPositive();
        assertThat(query(db, """
                SELECT count(*) FROM orders o JOIN users u USING (user_id) JOIN products p USING (product_id)
                WHERE o.category = p.category AND o.store_id = p.store_id AND o.user_region = u.region
                  AND o.user_gender = u.gender AND o.user_age_group = u.age_group
                  AND o.total_amount = p.price * o.quantity - o.discount_amount + o.shipping_cost""")).as("orders whose copies match").isEqualTo(500);
        assertThat(query(db, "SELECT count(*) FROM orders WHERE created_at > timestamp '" + AS_OF + "' "
                + "OR created_at < timestamp '" + AS_OF + "' - interval '30 days'")).as("orders outside the 30 days before --as-of").isZero();
        assertThat(run.out()).as("the summary").containsPattern("public\\.orders +500 +500\n").containsPattern("public\\.users +120 +120\n")
                .containsPattern("pokervod\\.projects +1 +1\n");
        assertThat(run.err()).as("progress per kind").contains("seeding postgresql://", "as of " + AS_OF)
                .containsPattern("orders +\\[#{30}] +500/500 ").containsPattern("catalog +\\[#{30}] +1/1 +\\d+ projects/s").contains("committed in");
    }

    @Test
    void theSameSeedOnTheSameDataGivesTheSameRows() throws SQLException {
        String first = freshDatabase();
        String second = freshDatabase();
        String[] args = {"--users", "60", "--products", "30", "--orders", "200", "--catalog", "1", "--seed", "7", "--as-of", AS_OF};

        assertThat(seed(first, args).exit()).isZero();
        assertThat(seed(second, args).exit()).isZero();

        for (String[] table : new String[][] {{"stores", "store_id"}, {"users", "user_id"}, {"products", "product_id"},
                {"orders", "order_id"}, {"pokervod.hand_clips", "id"}}) {
            assertThat(fingerprint(second, table[0], table[1])).as(table[0]).isEqualTo(fingerprint(first, table[0], table[1]));
        }
        assertThat(fingerprint(first, "users", "user_id")).as("another seed gives other rows")
                .isNotEqualTo(fingerprint(seededWithSeed8(args), "users", "user_id"));
    }

    private static String seededWithSeed8(String[] args) throws SQLException {
        String db = freshDatabase();
        List<String> other = new ArrayList<>(List.of(args));
        other.set(other.indexOf("--seed") + 1, "8");
        assertThat(seed(db, other.toArray(String[]::new)).exit()).isZero();
        return db;
    }

    @Test
    void aSecondRunContinuesTheKeysAfterTheExistingOnesAndLeavesThemAlone() throws SQLException {
        String db = freshDatabase();
        assertThat(seed(db, "--users", "10", "--products", "5", "--orders", "20", "--as-of", AS_OF).exit()).isZero();
        String firstUsers = fingerprint(db, "users", "user_id");

        CliRun again = seed(db, "--users", "5", "--orders", "10", "--as-of", AS_OF);

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(query(db, "SELECT count(*) FROM users")).isEqualTo(15);
        assertThat(text(db, "SELECT max(user_id) FROM users")).isEqualTo("U0000015");
        assertThat(text(db, "SELECT max(order_id) FROM orders")).isEqualTo("O0000000030");
        assertThat(query(db, "SELECT count(*) FROM stores")).as("stores are there: no 20 more").isEqualTo(20);
        assertThat(fingerprint(db, "(SELECT * FROM users WHERE user_id <= 'U0000010')", "user_id")).isEqualTo(firstUsers);
        assertThat(again.out()).containsPattern("public\\.users +5 +15\n").containsPattern("public\\.orders +10 +30\n");
    }

    @Test
    void aFailingRunWritesNothingAndExitsOne() throws SQLException {
        String db = freshDatabase();

        CliRun run = seed(db, "--stores", "3", "--users", "4", "--orders", "10");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: seeding failed", "orders need users and products", "nothing was written");
        assertThat(query(db, "SELECT count(*) FROM stores") + query(db, "SELECT count(*) FROM users")).isZero();
    }

    @Test
    void suiteEnvProductionIsRefusedBeforeAnythingIsWrittenAndThePasswordStaysOut() throws SQLException {
        String db = freshDatabase();
        String name = DatabaseUrl.parse("DATABASE_URL", db).database();

        CliRun run = seedUnder("production", db, "--users", "1");

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("refused: SUITE_ENV=production: seeding dummy data into postgresql://")
                .contains("--confirm-production " + name)
                .doesNotContain(":" + DatabaseUrl.parse("DATABASE_URL", db).password() + "@");
        assertThat(query(db, "SELECT count(*) FROM users")).isZero();
    }

    @Test
    void aDatabaseMarkedProductionIsRefusedAndAConfirmationNamingAnotherIsToo() throws SQLException {
        String db = freshDatabase();
        String name = DatabaseUrl.parse("DATABASE_URL", db).database();
        try (Connection c = Migrations.connect(SERVER); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " SET hybridstore.environment = 'production'");
        }

        CliRun unconfirmed = seed(db, "--users", "1");
        CliRun wrong = seed(db, "--users", "1", "--confirm-production", "hybridstore");

        assertThat(unconfirmed.exit()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("refused: the database is marked hybridstore.environment=production",
                "--confirm-production " + name);
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--confirm-production 'hybridstore' does not name the database ('" + name + "')");
        assertThat(query(db, "SELECT count(*) FROM users")).isZero();
    }

    @Test
    void aConfirmationNamingTheDatabaseLetsTheSeedThroughWithAWarning() throws SQLException {
        String db = freshDatabase();
        String name = DatabaseUrl.parse("DATABASE_URL", db).database();

        CliRun run = seedUnder("production", db, "--users", "3", "--confirm-production", name);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: SUITE_ENV=production: seeding dummy data into", "confirmed");
        assertThat(query(db, "SELECT count(*) FROM users")).isEqualTo(3);
    }

    @Test
    void aBadOptionIsRefusedWithTheUsageAndExitsTwo() {
        CliRun negative = seed(SERVER, "--users", "-1");
        CliRun asOf = seed(SERVER, "--as-of", "yesterday");

        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--users needs a whole number (0..100000000), got -1", "Usage: seed");
        assertThat(asOf.exit()).isEqualTo(2);
        assertThat(asOf.err()).contains("--as-of takes 'YYYY-MM-DD'");
    }
}
