package dev.hybridstore.coreapi.search;

import dev.hybridstore.platform.sql.SqlTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * A declared source's two rankings, and the index settings they run with. Table and column names come from the
 * validated declaration ({@link SearchSource}), every value is a {@code $n} parameter: $1 the vector or query text, $2
 * the limit, then one per filter. {@code set_config(..., true)} is SET LOCAL with parameters: the values last until the
 * end of the search's own transaction, never leaking to the next user of the connection.
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

    @Inject
    SearchConfig config;

    Uni<Void> forVector(SqlTransaction tx, boolean filtered) {
        String efSearch = Integer.toString(config.efSearch());
        return (filtered ? tx.execute(FILTERED_VECTOR, Tuple.of(efSearch, Integer.toString(config.maxScanTuples())))
                : tx.execute(VECTOR, Tuple.of(efSearch))).replaceWithVoid();
    }

    Uni<Void> forKeyword(SqlTransaction tx) {
        return tx.execute(KEYWORD, Tuple.of(Double.toString(config.keywordThreshold()))).replaceWithVoid();
    }

    /**
     * Cosine top-k, ORDER BY the distance expression itself so the HNSW index (vector_cosine_ops) serves the LIMIT.
     * Filtered, the iterative scan in relaxed order may return rows slightly out of order: the outer query sorts again.
     */
    <T> Uni<List<Scored<T>>> nearest(SqlTransaction tx, SearchSource source, RowShape<T> shape, Map<String, ?> filters, String vector,
            int limit) {
        Tuple params = Tuple.of(vector, limit);
        String distance = "t." + source.column() + " <=> $1::vector";
        String select = "SELECT " + shape.columns() + ", " + distance + " AS distance FROM " + source.table() + " t WHERE "
                + where(source, filters, params) + "t." + source.column() + " IS NOT NULL ORDER BY " + distance + " LIMIT $2";
        String sql = filters.isEmpty() ? select : "WITH nearest AS MATERIALIZED (" + select + ") SELECT * FROM nearest ORDER BY distance";
        return tx.fetchAll(sql, params, row -> new Scored<>(shape.mapper().apply(row), 1 - row.getDouble("distance")));
    }

    /** {@code <%} is answered by the trigram index on the same expression; word_similarity scores the rows it keeps. */
    <T> Uni<List<Scored<T>>> matching(SqlTransaction tx, SearchSource source, RowShape<T> shape, Map<String, ?> filters, String text,
            int limit) {
        Tuple params = Tuple.of(text, limit);
        String sql = "SELECT " + shape.columns() + ", word_similarity($1, " + source.keyword() + ") AS similarity FROM " + source.table()
                + " t WHERE " + where(source, filters, params) + "$1 <% (" + source.keyword() + ") ORDER BY similarity DESC, t."
                + source.key() + " LIMIT $2";
        return tx.fetchAll(sql, params, row -> new Scored<>(shape.mapper().apply(row), row.getDouble("similarity")));
    }

    /** One {@code t.column = $n AND} per filter, its value added to the parameters. */
    private static String where(SearchSource source, Map<String, ?> filters, Tuple params) {
        StringBuilder where = new StringBuilder();
        filters.forEach((filter, value) -> {
            params.addValue(value);
            where.append("t.").append(source.filterColumn(filter)).append(" = $").append(params.size()).append(" AND ");
        });
        return where.toString();
    }
}
