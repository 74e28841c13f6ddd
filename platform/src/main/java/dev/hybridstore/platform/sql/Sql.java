package dev.hybridstore.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way services reach PostgreSQL (seed 000's wrapper on the reactive pool). Single statements run on a pooled
 * connection, each its own transaction (autocommit: committed on success, rolled back on failure, in one round trip);
 * {@link #transaction} groups several statements, with savepoints for nested parts.
 */
@ApplicationScoped
public class Sql extends SqlOps {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(5);

    @Inject
    Pool pool;
    @Inject
    @ConfigProperty(name = "quarkus.datasource.reactive.max-size")
    int poolSize;

    /**
     * A statement that met a connection the server had closed runs again on another one when it cannot have taken
     * effect ({@link DeadConnection}). Each such failure drops that connection from the pool once the client has handled
     * its close, which the short pause leaves time for; so after at most the pool's size of them a live or new
     * connection comes. A database that is down fails otherwise and is not retried.
     */
    @Override
    protected Uni<RowSet<Row>> run(String sql, Tuple params) {
        return super.run(sql, params).onFailure(failure -> DeadConnection.mayRunAgain(failure, sql))
                .retry().withBackOff(RETRY_PAUSE, RETRY_PAUSE).atMost(poolSize);
    }

    /**
     * Runs {@code work} in one transaction: committed when its Uni succeeds, rolled back when it fails. BEGIN and COMMIT
     * are sent by hand because the client's own transaction rolls back after any failed statement, even one a savepoint
     * recovered from.
     */
    public <T> Uni<T> transaction(Function<SqlTransaction, Uni<T>> work) {
        return transaction(pool, queryLog, work);
    }

    static <T> Uni<T> transaction(Pool pool, QueryLog queryLog, Function<SqlTransaction, Uni<T>> work) {
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
}
