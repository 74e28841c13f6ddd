package dev.hybridstore.platform.sql;

import dev.hybridstore.platform.problem.EngineOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Heavy reads (analytics, search, list pages) on the standby that DATABASE_READ_URL names, else on the primary. A
 * standby that is down, still starting, or cancels a read over a conflict with its replay costs only time: the read
 * runs on the primary, and the standby gets the next try after a pause. Writes, read-your-write paths and cache fills
 * use {@link Sql}, so a standby's lag is never cached.
 */
@ApplicationScoped
public class ReadSql extends SqlOps {

    /** Reads stay on the primary this long after the standby failed one: an outage costs one failed try per pause. */
    static final Duration STANDBY_PAUSE = Duration.ofSeconds(5);

    private final Sql primary;
    /** Null without DATABASE_READ_URL. */
    private final Pool standby;
    private final Counter fallbacks;
    private final AtomicBoolean standbyFailing = new AtomicBoolean();
    private volatile long standbyNextTry;

    ReadSql(Sql primary, ReadReplicaConfig config, Vertx vertx, MeterRegistry registry) {
        this.primary = primary;
        this.standby = config.reactiveUrl().map(url -> standbyPool(url, config, vertx)).orElse(null);
        this.fallbacks = Counter.builder("hybridstore.db.read.fallbacks")
                .description("Reads meant for the standby (DATABASE_READ_URL) that ran on the primary because the standby failed")
                .register(registry);
    }

    private static Pool standbyPool(String url, ReadReplicaConfig config, Vertx vertx) {
        PgConnectOptions connect = PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
        config.username().ifPresent(connect::setUser);
        config.password().ifPresent(connect::setPassword);
        // Like the primary's pool: idle connections close before servers or firewalls drop them.
        PoolOptions pool = new PoolOptions().setMaxSize(config.poolSize()).setIdleTimeout(5).setIdleTimeoutUnit(TimeUnit.MINUTES);
        return Pool.newInstance(PgBuilder.pool().with(pool).connectingTo(connect).using(vertx.getDelegate()).build());
    }

    @Override
    protected Uni<RowSet<Row>> run(String sql, Tuple params) {
        return routed(() -> super.run(sql, params), () -> primary.run(sql, params));
    }

    /** Several reads in one transaction (to SET LOCAL planner settings), all on the standby or all on the primary. */
    public <T> Uni<T> transaction(Function<SqlTransaction, Uni<T>> work) {
        return routed(() -> Sql.transaction(standby, queryLog, work), () -> primary.transaction(work));
    }

    private <T> Uni<T> routed(Supplier<Uni<T>> onStandby, Supplier<Uni<T>> onPrimary) {
        if (standby == null || standbyFailing.get() && System.nanoTime() - standbyNextTry < 0) {
            return onPrimary.get();
        }
        return onStandby.get().invoke(this::standbyAnswered)
                .onFailure(ReadSql::standbyCannotServe).recoverWithUni(failure -> {
                    standbyFailed(failure);
                    return onPrimary.get();
                });
    }

    @Override
    protected <T> Uni<T> withClient(Function<SqlClient, Uni<T>> statement) {
        return standby.withConnection(statement::apply);
    }

    /** Unreachable, starting up or shutting down; or 40001, a read the standby cancelled to go on replaying. */
    static boolean standbyCannotServe(Throwable failure) {
        return EngineOutage.is(failure) || failure instanceof PgException pg && "40001".equals(pg.getSqlState());
    }

    private void standbyFailed(Throwable failure) {
        fallbacks.increment();
        standbyNextTry = System.nanoTime() + STANDBY_PAUSE.toNanos();
        if (standbyFailing.compareAndSet(false, true)) {
            Log.warnf("The standby (DATABASE_READ_URL) failed a read (%s); reads run on the primary, trying the standby every %d s",
                    failure.getMessage(), STANDBY_PAUSE.toSeconds());
        }
    }

    private void standbyAnswered() {
        if (standbyFailing.compareAndSet(true, false)) {
            Log.info("The standby (DATABASE_READ_URL) answers reads again");
        }
    }

    @PreDestroy
    void close() {
        if (standby != null) {
            standby.closeAndAwait();
        }
    }
}
