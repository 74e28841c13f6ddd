package dev.hybridstore.coreapi.cache;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The shared stale marks (V12's {@code cache_stale_entries}). The statement that adds or removes a mark also notifies
 * channel {@link #CHANNEL} of it ({@code mark <hash> <id>} or {@code drop <hash> <id>}), sent when it commits, so
 * every listening instance changes its copy exactly when the table changes.
 */
@Singleton
public class StaleMarkRepository {

    static final String CHANNEL = "cache_stale_entries";

    private static final String MARK = """
            WITH marked AS (INSERT INTO cache_stale_entries (hash, id) VALUES ($1, $2) ON CONFLICT (hash, id) DO NOTHING
                            RETURNING hash, id)
            SELECT pg_notify('cache_stale_entries', 'mark ' || hash || ' ' || id) FROM marked""";
    private static final String DROP = """
            WITH dropped AS (DELETE FROM cache_stale_entries WHERE hash = $1 AND id = ANY($2) RETURNING hash, id)
            SELECT pg_notify('cache_stale_entries', 'drop ' || hash || ' ' || id) FROM dropped""";
    private static final String ALL = "SELECT hash, id FROM cache_stale_entries";

    @Inject
    Sql sql;

    public Uni<Void> mark(String hash, String id) {
        return sql.execute(MARK, Tuple.of(hash, id)).replaceWithVoid();
    }

    public Uni<Void> drop(String hash, List<String> ids) {
        return sql.execute(DROP, Tuple.of(hash, ids.toArray(String[]::new))).replaceWithVoid();
    }

    public Uni<List<StaleMark>> all() {
        return sql.fetchAll(ALL, Tuple.tuple(), row -> new StaleMark(row.getString("hash"), row.getString("id")));
    }

    /** One row; also the parsed payload of a notification. */
    public record StaleMark(String hash, String id) {
    }
}
