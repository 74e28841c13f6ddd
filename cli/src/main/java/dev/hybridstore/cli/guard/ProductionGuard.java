package dev.hybridstore.cli.guard;

import dev.hybridstore.cli.postgres.Postgres;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seed 000's isolation rule on the operator's side: a destructive command (db reset, undo, restore, chaos, seed) on a
 * production database needs {@code --confirm-production <database>}. Production is SUITE_ENV=production here, or the
 * database's own mark ({@code ALTER DATABASE <db> SET hybridstore.environment = 'production'}). core-api's admin API
 * applies the same rule to what it is asked.
 */
@ApplicationScoped
public class ProductionGuard {

    /** The exit status of a refused command. */
    public static final int REFUSED = 2;

    /** A refusal; its message names the setting that made the database production and the confirmation to use. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final boolean productionEnvironment;

    public ProductionGuard(@ConfigProperty(name = "hybridstore.environment") String environment) {
        this.productionEnvironment = "production".equalsIgnoreCase(environment);
    }

    /**
     * Throws {@link Refused} when the database is production and {@code confirmation} does not name it.
     *
     * @param operation what would happen, as in "&lt;operation&gt; refused" ("seeding dummy data into postgresql://...")
     * @param database its name, or null when only the server that runs the operation knows it (it checks the name then)
     * @param marked whether the database carries the production mark; asked only when SUITE_ENV does not already say
     * @return the warning to show when a confirmed production database goes ahead
     */
    public Optional<String> check(String operation, String database, String confirmation, BooleanSupplier marked) {
        String why = productionEnvironment ? "SUITE_ENV=production"
                : marked.getAsBoolean() ? "the database is marked hybridstore.environment=production" : null;
        if (why == null) {
            return Optional.empty();
        }
        if (confirmation == null) {
            throw new Refused(why + ": " + operation + " refused. If you really mean it, add --confirm-production "
                    + (database == null ? "<database> (core-api's: hybridstore db health names it)" : database));
        }
        if (database != null && !confirmation.equals(database)) {
            throw new Refused(why + ": --confirm-production '" + confirmation + "' does not name the database ('" + database + "')");
        }
        return Optional.of(why + ": " + operation + " confirmed (--confirm-production " + confirmation + ")");
    }

    /** The same for a database the command works on itself: its name, and its mark read on a connection of its own. */
    public Optional<String> check(String operation, Postgres database, String confirmation) {
        return check(operation + " " + database.redacted(), database.database(), confirmation, () -> marked(database));
    }

    /** The database's mark; a server- or session-wide setting counts too. */
    private static boolean marked(Postgres database) {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT EXISTS (SELECT FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase, unnest(s.setconfig) AS cfg
                               WHERE d.datname = current_database() AND s.setrole = 0 AND cfg = 'hybridstore.environment=production')
                    OR coalesce(current_setting('hybridstore.environment', true), '') = 'production'""")) {
            r.next();
            return r.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read whether " + database.redacted() + " is marked production: " + e.getMessage(), e);
        }
    }
}
