package dev.hybridstore.platform.sql;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.Locale;

/**
 * Seed 001's pre-ping, without a ping per statement: when a pooled connection turns out to be one the server already
 * closed (a restart, a failover, pg_terminate_backend, an idle timeout in between), the statement may run again on
 * another connection if it cannot have taken effect: it was never sent, or it only reads. A write that was sent is not
 * run again, since the server may have committed it before the connection died; that stays a 503 for the client.
 */
public final class DeadConnection {

    /**
     * The SQL client's untyped failures of statements it never sent: queued on a connection that closed before sending
     * them, or written to one that had closed ("…: CLOSED").
     */
    private static final String NOT_SENT = "Pending requests failed to be sent due to connection has been closed.";
    private static final String NOT_ACTIVE = "Connection is not active now, current status: ";

    private DeadConnection() {
    }

    /** True when {@code t} (not its causes) is the SQL client saying it never sent the statement. */
    public static boolean neverSent(Throwable t) {
        return (t instanceof VertxException || t instanceof NoStackTraceThrowable) && t.getMessage() != null
                && (NOT_SENT.equals(t.getMessage()) || t.getMessage().startsWith(NOT_ACTIVE));
    }

    static boolean mayRunAgain(Throwable failure, String sql) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (neverSent(t)) {
                return true;
            }
            // Sent, and the connection closed (or was reset: the server had closed it as the statement went out)
            // before an answer; or the server's goodbye (57P01 terminated by an administrator, 57P02 crash shutdown)
            // arrived as the statement's answer.
            boolean closedOnIt = t instanceof ClosedConnectionException || t instanceof SocketException && !(t instanceof ConnectException)
                    || t instanceof PgException pg && ("57P01".equals(pg.getSqlState()) || "57P02".equals(pg.getSqlState()));
            if (closedOnIt) {
                return isRead(sql);
            }
        }
        return false;
    }

    private static boolean isRead(String sql) {
        return sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT ");
    }
}
