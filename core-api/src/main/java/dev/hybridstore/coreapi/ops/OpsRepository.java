package dev.hybridstore.coreapi.ops;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/** PostgreSQL's own figures for the ops page: its statistics, never the services' counters. */
@Singleton
class OpsRepository {

    @Inject
    Sql sql;

    /**
     * Rows inserted into orders (the statistics collector's count since its last reset: cheap at any table size), the
     * aging backlog (rows never cached, on the last_cached_at indexes), the database's size, and the statements whose
     * mean time reaches the slow threshold (null without pg_stat_statements).
     */
    record Figures(Long ordersInserted, long usersUncached, long productsUncached, long sizeBytes, Long slowStatements) {
    }

    Uni<Figures> figures(Duration slowThreshold) {
        return sql.fetchOne("""
                SELECT (SELECT n_tup_ins FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname = 'orders') AS orders_inserted,
                       (SELECT count(*) FROM users WHERE last_cached_at IS NULL) AS users_uncached,
                       (SELECT count(*) FROM products WHERE last_cached_at IS NULL) AS products_uncached,
                       pg_database_size(current_database()) AS size_bytes,
                       to_regclass('pg_stat_statements') IS NOT NULL AS statements
                """, Tuple.tuple(), r -> r).map(r -> r.orElseThrow()).chain(r -> {
            if (!r.getBoolean("statements")) {
                return Uni.createFrom().item(figures(r, null));
            }
            return sql.fetchOne("""
                    SELECT count(*) AS slow FROM pg_stat_statements
                     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND mean_exec_time >= $1
                    """, Tuple.of((double) slowThreshold.toMillis()), s -> s.getLong("slow")).map(n -> figures(r, n.orElse(0L)))
                    // Listed but not preloaded (shared_preload_libraries): the count is unknown, the rest still holds.
                    .onFailure().recoverWithItem(() -> figures(r, null));
        });
    }

    private static Figures figures(Row r, Long slowStatements) {
        return new Figures(r.getLong("orders_inserted"), r.getLong("users_uncached"), r.getLong("products_uncached"),
                r.getLong("size_bytes"), slowStatements);
    }
}
