package dev.hybridstore.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * The one way services reach PostgreSQL (seed 000's wrapper on the reactive pool). Single statements run on the pool,
 * each its own transaction (autocommit: committed on success, rolled back on failure, in one round trip);
 * {@link #transaction} groups several statements, with savepoints for nested parts.
 */
@ApplicationScoped
public class Sql extends SqlOps {

    private final Pool pool;
    private final SlowQueryLog slowQueries;

    Sql(Pool pool, SlowQueryLog slowQueries) {
        this.pool = pool;
        this.slowQueries = slowQueries;
    }

    /**
     * Runs {@code work} in one transaction: committed when its Uni succeeds, rolled back when it fails. BEGIN and COMMIT
     * are sent by hand because the client's own transaction rolls back after any failed statement, even one a savepoint
     * recovered from.
     */
    public <T> Uni<T> transaction(Function<SqlTransaction, Uni<T>> work) {
        return pool.withConnection(conn -> conn.query("BEGIN").execute()
                .chain(() -> work.apply(new SqlTransaction(conn, slowQueries)))
                .call(() -> conn.query("COMMIT").execute())
                .onFailure().call(() -> conn.query("ROLLBACK").execute().onFailure().recoverWithNull()));
    }

    public Pool pool() {
        return pool;
    }

    @Override
    protected SqlClient client() {
        return pool;
    }

    @Override
    protected SlowQueryLog slowQueries() {
        return slowQueries;
    }
}
