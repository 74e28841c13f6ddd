package dev.hybridstore.cli.postgres;

import dev.hybridstore.model.config.DatabaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), password);
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
