package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.postgres.Postgres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deployment's PostgreSQL (DATABASE_URL), as the benchmarks use it: JDBC for their own statements, and the libpq
 * environment for the tools they compare with (pgbench, pg_dump, pg_restore).
 */
@ApplicationScoped
public class BenchDatabase {

    @Inject
    Postgres postgres;

    /** The database DATABASE_URL names. */
    public String name() {
        return postgres.database();
    }

    public Connection connect() {
        return connect(postgres.database());
    }

    /** Another database of the same server, same credentials. */
    public Connection connect(String database) {
        try {
            return postgres.connect(database);
        } catch (SQLException e) {
            throw new CommandFailure("cannot connect to " + database + " (" + postgres.redacted() + "): " + e.getMessage());
        }
    }

    /** The variables a libpq tool connects with to {@code database}. */
    public Map<String, String> libpqEnvironment(String database) {
        return postgres.libpqEnvironment(database);
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
