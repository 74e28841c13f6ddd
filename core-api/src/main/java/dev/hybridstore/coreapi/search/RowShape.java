package dev.hybridstore.coreapi.search;

import io.vertx.mutiny.sqlclient.Row;
import java.util.function.Function;

/**
 * How a search reads its hits: the select list (over the source's table, alias {@code t}), the row mapper, and a row's
 * identity for rank fusion. Questions and manuals keep their records; /api/search/{source} reads the declared columns.
 */
public record RowShape<T>(String columns, Function<Row, T> mapper, Function<T, ?> id) {
}
