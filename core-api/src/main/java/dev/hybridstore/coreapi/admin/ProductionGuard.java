package dev.hybridstore.coreapi.admin;

import dev.hybridstore.platform.problem.ProblemException;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seed 000's isolation rule: destructive operations (restore, undo, reset) on a production database need a confirmation
 * naming that database ({@code X-Confirm-Database}). Production means SUITE_ENV=production for this service, or the
 * database's own mark (see {@link DatabaseRepository#markedProduction}).
 */
@Singleton
public class ProductionGuard {

    public static final String CONFIRM_HEADER = "X-Confirm-Database";

    private final boolean productionEnvironment;
    private final DatabaseRepository databases;

    ProductionGuard(@ConfigProperty(name = "hybridstore.environment") String environment, DatabaseRepository databases) {
        this.productionEnvironment = "production".equalsIgnoreCase(environment);
        this.databases = databases;
    }

    /** Blocking (worker threads): throws 403 when {@code database} is production and {@code confirmation} does not name it. */
    public void confirmDestructive(String operation, String database, String confirmation) {
        if (isProduction(database) && !database.equals(confirmation)) {
            throw ProblemException.forbidden("'" + database + "' is a production database: " + operation
                    + " refused. Repeat with the header " + CONFIRM_HEADER + ": " + database + " (CLI: --confirm-production "
                    + database + ")");
        }
    }

    public boolean isProduction(String database) {
        return productionEnvironment || databases.markedProduction(database).await().atMost(Duration.ofSeconds(30));
    }

    public boolean productionEnvironment() {
        return productionEnvironment;
    }
}
