package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.model.config.DatabaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's PostgreSQL (DATABASE_URL), as the benchmarks use it: JDBC for their own statements, and the libpq
 * environment for the tools they compare with (pgbench, pg_dump, pg_restore).
 */
@ApplicationScoped
public class BenchDatabase {

    private final DatabaseUrl url;

    BenchDatabase(@ConfigProperty(name = "hybridstore.db.jdbc-url") String jdbcUrl, @ConfigProperty(name = "hybridstore.db.username") String user,
            @ConfigProperty(name = "hybridstore.db.password") String password) {
        DatabaseUrl parsed = DatabaseUrl.parse("DATABASE_URL", jdbcUrl);
        this.url = new DatabaseUrl(parsed.host(), parsed.port(), parsed.database(), user, password, parsed.params());
    }

    /** The database DATABASE_URL names. */
    public String name() {
        return url.database();
    }

    public Connection connect() {
        return connect(url.database());
    }

    /** Another database of the same server, same credentials. */
    public Connection connect(String database) {
        DatabaseUrl other = new DatabaseUrl(url.host(), url.port(), database, url.user(), url.password(), url.params());
        try {
            return DriverManager.getConnection(other.jdbcUrl(), url.user(), url.password());
        } catch (SQLException e) {
            throw new CommandFailure("cannot connect to " + database + " at " + url.host() + ":" + url.port() + ": " + e.getMessage());
        }
    }

    /** The variables a libpq tool connects with to {@code database}. */
    public Map<String, String> libpqEnvironment(String database) {
        return Map.of("PGHOST", url.host(), "PGPORT", Integer.toString(url.port()), "PGUSER", url.user(), "PGPASSWORD", url.password(),
                "PGDATABASE", database, "PGCONNECT_TIMEOUT", "5");
    }

    /** Runs statements one after another on the database, in autocommit. */
    public void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The first column of a query's rows, as text. */
    public List<String> column(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** A query's single number (a count, a size). */
    public long number(String sql) {
        List<String> values = column(sql);
        return values.isEmpty() || values.get(0) == null ? 0 : Long.parseLong(values.get(0));
    }
}
