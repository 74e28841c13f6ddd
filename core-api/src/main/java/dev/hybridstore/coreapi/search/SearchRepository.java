package dev.hybridstore.coreapi.search;

import dev.hybridstore.platform.sql.SqlTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The index settings a search statement runs with. {@code set_config(..., true)} is SET LOCAL with parameters:
 * the values last until the end of the search's own transaction, never leaking to the next user of the connection.
 */
@ApplicationScoped
class SearchRepository {

    private static final String VECTOR = "SELECT set_config('hnsw.ef_search', $1, true)";

    /** relaxed_order: keep walking the graph until enough rows pass the filter; the caller re-sorts what it gets. */
    private static final String FILTERED_VECTOR = """
            SELECT set_config('hnsw.ef_search', $1, true),
                   set_config('hnsw.iterative_scan', 'relaxed_order', true),
                   set_config('hnsw.max_scan_tuples', $2, true)""";

    private static final String KEYWORD = "SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)";

    private final SearchConfig config;

    SearchRepository(SearchConfig config) {
        this.config = config;
    }

    Uni<Void> forVector(SqlTransaction tx, boolean filtered) {
        String efSearch = Integer.toString(config.efSearch());
        return (filtered ? tx.execute(FILTERED_VECTOR, Tuple.of(efSearch, Integer.toString(config.maxScanTuples())))
                : tx.execute(VECTOR, Tuple.of(efSearch))).replaceWithVoid();
    }

    Uni<Void> forKeyword(SqlTransaction tx) {
        return tx.execute(KEYWORD, Tuple.of(Double.toString(config.keywordThreshold()))).replaceWithVoid();
    }
}
