package dev.hybridstore.platform.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.Set;

/**
 * Failures that say an engine is unreachable, restarting or shutting down, not that the request or the code is wrong:
 * the client should retry later (a 503), and the server has nothing to fix.
 */
final class EngineOutage {

    /**
     * SQLSTATEs of a server going away or not yet back: admin shutdown, crash shutdown, cannot connect now (starting up
     * or in recovery), too many connections.
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

    private EngineOutage() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || UNAVAILABLE.contains(pg.getSqlState()))) {
                return true;
            }
        }
        return false;
    }
}
