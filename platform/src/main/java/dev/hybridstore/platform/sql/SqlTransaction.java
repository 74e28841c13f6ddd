package dev.hybridstore.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Statements inside one open transaction, with savepoints for parts that may fail alone (seed 004 §6.2). */
public final class SqlTransaction extends SqlOps {

    private final SqlConnection connection;
    private final AtomicInteger savepoints = new AtomicInteger();

    SqlTransaction(SqlConnection connection, QueryLog queryLog) {
        this.connection = connection;
        this.queryLog = queryLog;
    }

    /**
     * Runs {@code work} inside a savepoint. On failure the savepoint is rolled back and the failure is passed on, so
     * the caller can recover and the outer transaction still commits what came before and after.
     */
    public <T> Uni<T> savepoint(Function<SqlTransaction, Uni<T>> work) {
        String name = "sp_" + savepoints.incrementAndGet();
        return connection.query("SAVEPOINT " + name).execute()
                .chain(() -> work.apply(this))
                .call(() -> connection.query("RELEASE SAVEPOINT " + name).execute())
                .onFailure().call(() -> connection.query("ROLLBACK TO SAVEPOINT " + name).execute());
    }

    @Override
    protected <T> Uni<T> withClient(Function<SqlClient, Uni<T>> statement) {
        return statement.apply(connection);
    }
}
