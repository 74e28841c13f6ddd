package dev.hybridstore.testsupport;

import dev.hybridstore.model.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** Brings the test database to the latest schema, the same migrations core-api applies at start. */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway flyway(String databaseUrl) {
        DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", databaseUrl);
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:db/migration")
                .placeholders(java.util.Map.of("embedding_dim", System.getenv().getOrDefault("EMBEDDING_DIM", "384")))
                .load();
    }

    public static void migrate(String databaseUrl) {
        flyway(databaseUrl).migrate();
    }

    /** A plain JDBC connection for test setup and assertions that need SQL outside the service under test. */
    public static Connection connect(String databaseUrl) throws SQLException {
        DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", databaseUrl);
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }
}
