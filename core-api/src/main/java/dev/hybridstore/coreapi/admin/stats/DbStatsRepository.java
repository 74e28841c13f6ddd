package dev.hybridstore.coreapi.admin.stats;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;

/** Seed 004's health_check and get_table_stats queries on the service's own database. */
@Singleton
class DbStatsRepository {

    @Inject
    Sql sql;

    Uni<Void> ping() {
        return sql.fetchOne("SELECT 1", Tuple.tuple(), r -> 1).replaceWithVoid();
    }

    Uni<DbStatsViews.Server> server() {
        return sql.fetchOne("""
                SELECT current_database() AS database, current_setting('server_version') AS version,
                       pg_is_in_recovery() AS replica, pg_database_size(current_database()) AS size_bytes,
                       current_setting('application_name') AS application_name,
                       current_setting('max_connections')::int AS max_connections,
                       (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()) AS connections,
                       (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
                           AND application_name = current_setting('application_name')) AS our_connections
                """, Tuple.tuple(), DbStatsRepository::server).map(r -> r.orElseThrow());
    }

    Uni<List<DbStatsViews.Table>> tables(List<String> schemas) {
        return sql.fetchAll("""
                SELECT s.schemaname, s.relname, c.reltuples::bigint AS estimated_rows,
                       pg_table_size(c.oid) AS table_bytes, pg_indexes_size(c.oid) AS index_bytes,
                       pg_total_relation_size(c.oid) AS total_bytes, s.seq_scan, s.idx_scan, s.n_live_tup, s.n_dead_tup,
                       s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze
                  FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
                 WHERE s.schemaname = ANY ($1)
                 ORDER BY pg_total_relation_size(c.oid) DESC, s.schemaname, s.relname
                """, Tuple.tuple().addArrayOfString(schemas.toArray(String[]::new)), DbStatsRepository::table);
    }

    private static DbStatsViews.Server server(Row r) {
        return new DbStatsViews.Server(r.getString("database"), r.getString("version"), r.getBoolean("replica"),
                r.getLong("size_bytes"), r.getString("application_name"), r.getInteger("max_connections"),
                r.getLong("connections"), r.getLong("our_connections"));
    }

    private static DbStatsViews.Table table(Row r) {
        long estimated = r.getLong("estimated_rows");
        return new DbStatsViews.Table(r.getString("schemaname"), r.getString("relname"),
                estimated < 0 ? null : estimated, r.getLong("table_bytes"), r.getLong("index_bytes"), r.getLong("total_bytes"),
                r.getLong("seq_scan"), r.getLong("idx_scan"), r.getLong("n_live_tup"), r.getLong("n_dead_tup"),
                instant(r, "last_vacuum"), instant(r, "last_autovacuum"), instant(r, "last_analyze"), instant(r, "last_autoanalyze"));
    }

    private static java.time.Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
