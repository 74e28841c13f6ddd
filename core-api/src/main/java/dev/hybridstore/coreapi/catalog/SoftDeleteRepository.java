package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The statements every catalog table shares. Rows are never removed: DELETE sets deleted_at, and every read here skips
 * such rows, so a deleted row answers 404 like a missing one. Table and column names are the subclass's constants.
 * Writes differ per table and stay explicit in each subclass (insert takes the SqlOps to run on, so the tree endpoint
 * can insert inside its transaction).
 * Subclasses are {@code @Singleton}: a normal-scoped bean needs a no-args constructor for its client proxy.
 */
abstract class SoftDeleteRepository<T> {

    protected final Sql sql;
    private final String label;
    private final Function<Row, T> mapper;
    private final String find;
    private final String exists;
    private final String page;
    private final String softDelete;

    /**
     * @param label   the row's name in problem details, e.g. {@code Project}
     * @param columns the select list, the mapper's input
     * @param order   the list order, ending with a unique column so pages are stable
     */
    protected SoftDeleteRepository(Sql sql, String label, String table, String columns, String order, Function<Row, T> mapper) {
        this.sql = sql;
        this.label = label;
        this.mapper = mapper;
        this.find = "SELECT " + columns + " FROM " + table + " WHERE id = $1 AND deleted_at IS NULL";
        this.exists = "SELECT 1 FROM " + table + " WHERE id = $1 AND deleted_at IS NULL";
        this.page = "SELECT " + columns + " FROM " + table + " WHERE deleted_at IS NULL ORDER BY " + order + " LIMIT $1 OFFSET $2";
        this.softDelete = "UPDATE " + table + " SET deleted_at = now(), updated_at = now() WHERE id = $1 AND deleted_at IS NULL";
    }

    String label() {
        return label;
    }

    Uni<Optional<T>> find(UUID id) {
        return sql.fetchOne(find, Tuple.of(id), mapper);
    }

    Uni<Boolean> exists(UUID id) {
        return sql.fetchOne(exists, Tuple.of(id), row -> true).map(Optional::isPresent);
    }

    Uni<List<T>> page(int page, int limit) {
        return sql.fetchAll(this.page, Tuple.of(limit, offset(page, limit)), mapper);
    }

    /** False when there was no live row to delete. */
    Uni<Boolean> softDelete(UUID id) {
        return sql.execute(softDelete, Tuple.of(id)).map(count -> count == 1);
    }

    protected Uni<List<T>> fetchPage(String statement, Object filter, int page, int limit) {
        return sql.fetchAll(statement, Tuple.of(filter, limit, offset(page, limit)), mapper);
    }

    /** "id, name" with alias "t." → "t.id, t.name": a select list for joins. */
    protected static String qualified(String alias, String columns) {
        return alias + columns.replace(", ", ", " + alias);
    }

    protected static long offset(int page, int limit) {
        return (long) (page - 1) * limit;
    }
}
