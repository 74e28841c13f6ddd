package dev.hybridstore.cli;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** JDBC connections to the deployment's PostgreSQL (DATABASE_URL, through DeploymentSettings), for commands that count rows. */
@ApplicationScoped
public class Database {

    private final String url;
    private final String user;
    private final String password;

    public Database(@ConfigProperty(name = "hybridstore.db.jdbc-url") String url, @ConfigProperty(name = "hybridstore.db.username") String user,
            @ConfigProperty(name = "hybridstore.db.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
