package dev.hybridstore.coreapi.search;

import dev.hybridstore.platform.sql.SqlTransaction;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/**
 * What one searchable source contributes: its two rankings (SQL in SearchRepository) and how to identify a row.
 *
 * @param name     for metrics, e.g. {@code questions}
 * @param filtered whether the rankings filter rows (company, store), which needs HNSW iterative scans
 */
record SearchCorpus<T>(String name, boolean filtered, Function<T, ?> id, Ranking<T> nearest, Ranking<T> matching) {

    /** Up to {@code limit} rows, best first, each with its score; {@code input} is a vector literal or the query text. */
    @FunctionalInterface
    interface Ranking<T> {
        Uni<List<Scored<T>>> rank(SqlTransaction tx, String input, int limit);
    }
}
