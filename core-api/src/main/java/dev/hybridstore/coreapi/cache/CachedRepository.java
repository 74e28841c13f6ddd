package dev.hybridstore.coreapi.cache;

import dev.hybridstore.platform.sql.ReadSql;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The statements of a cached table, written once from its {@link CachedTable}: its services build one each.
 */
public final class CachedRepository<T> {

    protected final Sql sql;
    /** List pages: the standby's when there is one (DATABASE_READ_URL). */
    private final ReadSql reads;
    protected final CachedTable<T> table;
    private final String find;
    private final String insert;
    private final String update;
    private final String random;
    private final String delete;
    private final String page;
    private final String existing;

    public CachedRepository(Sql sql, ReadSql reads, CachedTable<T> table) {
        this.sql = sql;
        this.reads = reads;
        this.table = table;
        String writable = table.writable().stream().map(CachedTable.Column::name).collect(Collectors.joining(", "));
        this.find = "SELECT " + table.columns() + " FROM " + table.table() + " WHERE " + table.key() + " = $1";
        // ON CONFLICT DO NOTHING: an existing key yields no row, which the service turns into 409.
        this.insert = "INSERT INTO " + table.table() + " (" + table.key() + ", " + writable + ") VALUES ("
                + IntStream.rangeClosed(1, table.writable().size() + 1).mapToObj(n -> "$" + n).collect(Collectors.joining(", "))
                + ") ON CONFLICT (" + table.key() + ") DO NOTHING RETURNING " + table.columns();
        this.update = "UPDATE " + table.table() + " SET "
                + IntStream.range(0, table.writable().size()).mapToObj(i -> table.writable().get(i).name() + " = $" + (i + 2))
                        .collect(Collectors.joining(", "))
                + ", updated_at = now() WHERE " + table.key() + " = $1 RETURNING " + table.columns();
        // Only the Redis-down fallback of /random uses it: a full scan is acceptable on a degraded path.
        this.random = "SELECT " + table.columns() + " FROM " + table.table() + " ORDER BY random() LIMIT 1";
        this.delete = "DELETE FROM " + table.table() + " WHERE " + table.key() + " = $1";
        // Keyset page: '' sorts before every key, and each absent filter ($n IS NULL) matches every row.
        this.existing = "SELECT " + table.key() + " FROM " + table.table() + " WHERE " + table.key() + " = ANY($1)";
        // %s: the select list, since ?fields= may narrow it.
        this.page = "SELECT %s FROM " + table.table() + " WHERE " + table.key() + " > $1"
                + IntStream.range(0, table.filters().size()).mapToObj(i -> filterSql(table.filters().get(i), i + 2)).collect(Collectors.joining())
                + " ORDER BY " + table.key() + " LIMIT $" + (table.filters().size() + 2);
    }

    private static String filterSql(CachedTable.Filter filter, int n) {
        return " AND ($" + n + "::" + filter.type() + " IS NULL OR " + filter.column() + " " + filter.operator() + " $" + n + ")";
    }

    public CachedTable<T> table() {
        return table;
    }

    public Uni<Optional<T>> find(String id) {
        return sql.fetchOne(find, Tuple.of(id), table.mapper());
    }

    /** Empty when the key is taken. */
    public Uni<Optional<T>> insert(T row) {
        return sql.fetchOne(insert, fields(table.id().apply(row), row), table.mapper());
    }

    /** Empty when there is no such row. */
    public Uni<Optional<T>> update(String id, T row) {
        return sql.fetchOne(update, fields(id, row), table.mapper());
    }

    public Uni<Optional<T>> random() {
        return sql.fetchOne(random, Tuple.tuple(), table.mapper());
    }

    /** False when there was no such row; fails with a foreign key violation while other rows (orders) reference it. */
    public Uni<Boolean> delete(String id) {
        return sql.execute(delete, Tuple.of(id)).map(count -> count == 1);
    }

    /** Which of {@code ids} have a row, in one statement. */
    public Uni<List<String>> existing(Set<String> ids) {
        return sql.fetchAll(existing, Tuple.of(ids.toArray(String[]::new)), row -> row.getString(0));
    }

    /**
     * Up to {@code limit + 1} rows after key {@code after} (null: from the first), so the caller can tell whether another
     * page follows; {@code filters} are the values of the table's filters, in their order. Columns {@code select},
     * mapped by {@code mapper}.
     */
    public <R> Uni<List<R>> page(String select, Function<Row, R> mapper, String after, int limit, Object... filters) {
        Tuple tuple = Tuple.of(after == null ? "" : after);
        for (Object filter : filters) {
            tuple.addValue(filter);
        }
        return reads.fetchAll(page.formatted(select), tuple.addInteger(limit + 1), mapper);
    }

    private Tuple fields(String id, T row) {
        Tuple tuple = Tuple.of(id);
        table.writable().forEach(column -> tuple.addValue(column.value().apply(row)));
        return tuple;
    }
}
