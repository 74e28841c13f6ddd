package dev.hybridstore.platform.problem;

import dev.hybridstore.platform.sql.DeadConnection;
import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

/**
 * Failures that say an engine is unreachable, restarting or shutting down, not that the request or the code is wrong:
 * the client should retry later (a 503), and the server has nothing to fix.
 */
public final class EngineOutage {

    /** What the SQL client says, with no type of its own, when no connection came from the pool in time. */
    private static final String POOL_TIMEOUT = "Timeout waiting for connection";

    private EngineOutage() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // SocketException covers a refused connect and a connection reset by the peer.
            if (t instanceof SocketException || t instanceof ClosedChannelException || t instanceof ClosedConnectionException) {
                return true;
            }
            // A statement the client never sent, on a connection that had closed (DeadConnection), or no connection in time.
            if (DeadConnection.neverSent(t)
                    || (t instanceof VertxException || t instanceof NoStackTraceThrowable) && POOL_TIMEOUT.equals(t.getMessage())) {
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
