package dev.hybridstore.platform.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;

/**
 * Failures that say an engine is unreachable, restarting or shutting down, not that the request or the code is wrong:
 * the client should retry later (a 503), and the server has nothing to fix.
 */
final class EngineOutage {

    private EngineOutage() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
                return true;
            }
            // SQLSTATE classes 08 (connection), 53 (insufficient resources: too many connections, out of memory) and
            // 57P (shutting down, starting up, in recovery).
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("53") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
