package dev.hybridstore.coreapi.admin;

import dev.hybridstore.model.config.DatabaseUrl;
import dev.hybridstore.platform.problem.ProblemException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The databases the admin API works on: the service's own one by default, or another database on the same server with the
 * same credentials (a scratch or restored database). Names are plain lower-case identifiers, so they are safe in commands
 * and DDL, which take no parameters.
 */
@Singleton
public class Databases {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DatabaseUrl app;

    Databases(@ConfigProperty(name = "hybridstore.db.jdbc-url") String jdbcUrl,
            @ConfigProperty(name = "hybridstore.db.username") String user,
            @ConfigProperty(name = "hybridstore.db.password") String password) {
        DatabaseUrl parsed = DatabaseUrl.parse("hybridstore.db.jdbc-url", jdbcUrl);
        this.app = new DatabaseUrl(parsed.host(), parsed.port(), parsed.database(), user, password, parsed.params());
    }

    public String appDatabase() {
        return app.database();
    }

    /** The database a request names, or the service's own one; rejects anything but a plain identifier (400). */
    public String resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return app.database();
        }
        return requireIdentifier("database", requested);
    }

    public DatabaseUrl url(String database) {
        return new DatabaseUrl(app.host(), app.port(), database, app.user(), app.password(), app.params());
    }

    /** A JDBC connection for DDL and scripts (blocking; worker threads only). */
    public Connection connect(String database) throws SQLException {
        DatabaseUrl url = url(database);
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    public static String requireIdentifier(String field, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw ProblemException.invalidField(field, "must be a lower-case identifier: letters, digits and _, at most 63 characters");
        }
        return value;
    }
}
