package dev.hybridstore.model.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * The one way services reach PostgreSQL (seed 000's wrapper on the reactive pool). Reads run on the pool;
 * {@link #execute} runs in its own transaction (commit on success, rollback on failure); {@link #transaction} groups
 * several statements, with savepoints for nested parts.
 */
@ApplicationScoped
public class Sql extends SqlOps {

    private final Pool pool;
    private final SlowQueryLog slowQueries;

    Sql(Pool pool, SlowQueryLog slowQueries) {
        this.pool = pool;
        this.slowQueries = slowQueries;
    }

    @Override
    public Uni<Integer> execute(String sql, Tuple params) {
        return transaction(tx -> tx.execute(sql, params));
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
