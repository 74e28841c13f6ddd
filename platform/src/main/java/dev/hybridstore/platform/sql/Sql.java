package dev.hybridstore.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * The one way services reach PostgreSQL (seed 000's wrapper on the reactive pool). Single statements run on a pooled
 * connection, each its own transaction (autocommit: committed on success, rolled back on failure, in one round trip);
 * {@link #transaction} groups several statements, with savepoints for nested parts.
 */
@ApplicationScoped
public class Sql extends SqlOps {

    private final Pool pool;
    private final QueryLog queryLog;

    Sql(Pool pool, QueryLog queryLog) {
        this.pool = pool;
        this.queryLog = queryLog;
    }

    /**
     * Runs {@code work} in one transaction: committed when its Uni succeeds, rolled back when it fails. BEGIN and COMMIT
     * are sent by hand because the client's own transaction rolls back after any failed statement, even one a savepoint
     * recovered from.
     */
    public <T> Uni<T> transaction(Function<SqlTransaction, Uni<T>> work) {
        return pool.withConnection(conn -> conn.query("BEGIN").execute()
                .chain(() -> work.apply(new SqlTransaction(conn, queryLog)))
                .call(() -> conn.query("COMMIT").execute())
                .onFailure().call(() -> conn.query("ROLLBACK").execute().onFailure().recoverWithNull()));
    }

    public Pool pool() {
        return pool;
    }

    /**
     * On a connection taken from the pool, never on the pool itself: in Vert.x 4.5 (vertx-sql-client #1706) a statement
     * run on the pool arms a connection-timeout timer that is cancelled only when a connection comes; when connecting
     * fails (database down) the statement fails at once and the timer later fails it again, uncaught ("Result is
     * already complete"). Taking a connection cancels its timer either way and is bounded by the same timeout.
     */
    @Override
    protected <T> Uni<T> withClient(Function<SqlClient, Uni<T>> statement) {
        return pool.withConnection(statement::apply);
    }

    @Override
    protected QueryLog queryLog() {
        return queryLog;
    }
}
