package dev.hybridstore.platform.problem;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Failures that say an engine is unreachable, restarting or shutting down, not that the request or the code is wrong:
 * the client should retry later (a 503), and the server has nothing to fix.
 */
final class EngineOutage {

    /**
     * What the SQL client says, with no type of its own, when a connection closed before it sent the statements queued
     * on it, or when no connection came from the pool in time.
     */
    private static final Set<String> CLIENT_MESSAGES = Set.of(
            "Pending requests failed to be sent due to connection has been closed.",
            "Timeout waiting for connection");
    /** What it says when a statement is written to a connection that has closed meanwhile ("…: CLOSED"). */
    private static final String NOT_ACTIVE = "Connection is not active now, current status: ";

    private EngineOutage() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // SocketException covers a refused connect and a connection reset by the peer.
            if (t instanceof SocketException || t instanceof ClosedChannelException || t instanceof ClosedConnectionException) {
                return true;
            }
            if ((t instanceof VertxException || t instanceof NoStackTraceThrowable) && t.getMessage() != null
                    && (CLIENT_MESSAGES.contains(t.getMessage()) || t.getMessage().startsWith(NOT_ACTIVE))) {
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
