package dev.hybridstore.coreapi.admin;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** Server catalog lookups the admin operations share: which databases exist, which are marked production. */
@Singleton
public class DatabaseRepository {

    @Inject
    Sql sql;

    public Uni<Boolean> exists(String database) {
        return sql.fetchOne("SELECT 1 FROM pg_database WHERE datname = $1", Tuple.of(database), r -> true)
                .map(found -> found.isPresent());
    }

    /**
     * The production mark: {@code ALTER DATABASE x SET hybridstore.environment = 'production'} (read from the catalog, so
     * sessions opened before the mark see it too), or the same setting on the server or our role, which this session sees.
     */
    public Uni<Boolean> markedProduction(String database) {
        return sql.fetchOne("""
                SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase,
                                     unnest(s.setconfig) AS cfg
                               WHERE d.datname = $1 AND s.setrole = 0 AND cfg = 'hybridstore.environment=production')
                    OR coalesce(current_setting('hybridstore.environment', true), '') = 'production' AS marked
                """, Tuple.of(database), r -> r.getBoolean("marked")).map(marked -> marked.orElse(false));
    }

    /** Major version of the server, e.g. 15: picks the matching pg_dump. */
    public Uni<Integer> serverMajorVersion() {
        return sql.fetchOne("SELECT current_setting('server_version_num')::int / 10000 AS major", Tuple.tuple(),
                r -> r.getInteger("major")).map(v -> v.orElseThrow());
    }

    /** Installed extensions of the service's own database, name → version. */
    public Uni<List<Extension>> extensions() {
        return sql.fetchAll("SELECT extname, extversion FROM pg_extension ORDER BY extname", Tuple.tuple(),
                r -> new Extension(r.getString("extname"), r.getString("extversion")));
    }

    public record Extension(String name, String version) {
    }
}
