package dev.hybridstore.cli.postgres;

import dev.hybridstore.model.config.DatabaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's PostgreSQL (DATABASE_URL in any of its forms, as the model's DeploymentSettings resolved it), for
 * the commands that work on it directly. The password goes to the driver only: never into output or arguments.
 */
@ApplicationScoped
public class Postgres {

    private final DatabaseUrl location;
    private final String password;

    public Postgres(@ConfigProperty(name = "hybridstore.db.jdbc-url") String jdbcUrl, @ConfigProperty(name = "hybridstore.db.username") String user,
            @ConfigProperty(name = "hybridstore.db.password") String password) {
        DatabaseUrl parsed = DatabaseUrl.parse("DATABASE_URL", jdbcUrl);
        this.location = new DatabaseUrl(parsed.host(), parsed.port(), parsed.database(), user, "", parsed.params());
        this.password = password;
    }

    public Connection connect() throws SQLException {
        return connect(location.database());
    }

    /** Another database of the same server, with the same credentials. */
    public Connection connect(String database) throws SQLException {
        DatabaseUrl other = new DatabaseUrl(location.host(), location.port(), database, location.user(), "", location.params());
        return DriverManager.getConnection(other.jdbcUrl(), location.user(), password);
    }

    /** The variables a libpq tool (pgbench, pg_dump, pg_restore) connects to {@code database} with. */
    public Map<String, String> libpqEnvironment(String database) {
        return Map.of("PGHOST", location.host(), "PGPORT", Integer.toString(location.port()), "PGUSER", location.user(),
                "PGPASSWORD", password, "PGDATABASE", database, "PGCONNECT_TIMEOUT", "5");
    }

    /** The database's name, as --confirm-production must spell it. */
    public String database() {
        return location.database();
    }

    /** The location without the password, for messages. */
    public String redacted() {
        return location.redacted();
    }
}
