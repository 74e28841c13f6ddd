package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.catalog.CatalogTable.Column;
import dev.hybridstore.platform.sql.ReadSql;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlOps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The statements of every catalog table, written once from its {@link CatalogTable} (a read-only table has no write
 * statements). Rows are never removed: DELETE sets deleted_at, and every read here skips such rows, so a deleted row
 * answers 404 like a missing one (the schema's triggers cascade the delete to the rows below). An insert may run on a
 * given SqlOps, so the tree endpoint can insert inside its transaction.
 */
@Singleton
class CatalogRepository {

    private final Sql sql;
    /** List pages: the standby's when there is one (DATABASE_READ_URL). */
    private final ReadSql reads;
    private final Map<CatalogTable<?>, Statements> statements = new IdentityHashMap<>();

    CatalogRepository(Sql sql, ReadSql reads) {
        this.sql = sql;
        this.reads = reads;
        CatalogTables.ALL.forEach(table -> statements.put(table, Statements.of(table)));
    }

    <T> Uni<Optional<T>> find(CatalogTable<T> table, UUID id) {
        return sql.fetchOne(of(table).find, Tuple.of(id), table.mapper());
    }

    Uni<Boolean> exists(CatalogTable<?> table, UUID id) {
        return sql.fetchOne(of(table).exists, Tuple.of(id), row -> true).map(Optional::isPresent);
    }

    /** A page of all rows, or of one parent's when {@code parentId} is not null: columns {@code select}, mapped by {@code mapper}. */
    <R> Uni<List<R>> page(CatalogTable<?> table, UUID parentId, String select, Function<Row, R> mapper, int page, int limit) {
        return parentId == null ? reads.fetchAll(of(table).page.formatted(select), Tuple.of(limit, offset(page, limit)), mapper)
                : reads.fetchAll(of(table).ofParent.formatted(select), Tuple.of(parentId, limit, offset(page, limit)), mapper);
    }

    /** The live rows under any of {@code parentIds}, each with its parent's id, in the parent's order: one statement. */
    <T> Uni<List<Map.Entry<UUID, T>>> ofParents(CatalogTable<T> table, UUID[] parentIds) {
        String parentColumn = table.parent().column();
        return sql.fetchAll(of(table).ofParents, Tuple.of(parentIds),
                row -> Map.entry(row.getUUID(parentColumn), table.mapper().apply(row)));
    }

    /** Empty when the parent already has a live row with the row's unique value (a season for that year). */
    <T> Uni<Optional<T>> insert(CatalogTable<T> table, UUID parentId, T row) {
        return insert(sql, table, parentId, row);
    }

    /** The same, on {@code on}: a transaction or savepoint. */
    <T> Uni<Optional<T>> insert(SqlOps on, CatalogTable<T> table, UUID parentId, T row) {
        Tuple values = table.createdUnderParent() ? Tuple.of(parentId) : Tuple.tuple();
        return on.fetchOne(of(table).insert, withWritable(values, table, row), table.mapper());
    }

    /** Empty when there is no live row {@code id}. */
    <T> Uni<Optional<T>> update(CatalogTable<T> table, UUID id, T row) {
        return sql.fetchOne(of(table).update, withWritable(Tuple.of(id), table, row), table.mapper());
    }

    /** False when there was no live row to delete. */
    Uni<Boolean> softDelete(CatalogTable<?> table, UUID id) {
        return sql.execute(of(table).softDelete, Tuple.of(id)).map(count -> count == 1);
    }

    static long offset(int page, int limit) {
        return (long) (page - 1) * limit;
    }

    /** "id, name" with alias "t." gives "t.id, t.name": a select list or order for joins. */
    static String qualified(String alias, String columns) {
        return alias + columns.replace(", ", ", " + alias);
    }

    private Statements of(CatalogTable<?> table) {
        return statements.get(table);
    }

    /** Appends the writable columns' values, in the statements' order, after the key. */
    private static <T> Tuple withWritable(Tuple tuple, CatalogTable<T> table, T row) {
        table.writable().forEach(column -> tuple.addValue(column.value().apply(row)));
        return tuple;
    }

    /** page and ofParent hold %s for the select list, since ?fields= may narrow it. */
    private record Statements(String find, String exists, String page, String ofParent, String ofParents, String insert,
            String update, String softDelete) {

        static Statements of(CatalogTable<?> t) {
            String live = " WHERE id = $1 AND deleted_at IS NULL";
            String parentColumn = t.parent() == null ? null : t.parent().column();
            return new Statements(
                    "SELECT " + t.columns() + " FROM " + t.table() + live,
                    "SELECT 1 FROM " + t.table() + live,
                    "SELECT %s FROM " + t.table() + " WHERE deleted_at IS NULL ORDER BY " + t.order() + " LIMIT $1 OFFSET $2",
                    parentColumn == null ? null : "SELECT %s FROM " + t.table() + " WHERE " + parentColumn
                            + " = $1 AND deleted_at IS NULL ORDER BY " + t.parent().order() + " LIMIT $2 OFFSET $3",
                    parentColumn == null ? null : "SELECT " + t.columns() + " FROM " + t.table() + " WHERE " + parentColumn
                            + " = ANY($1) AND deleted_at IS NULL ORDER BY " + parentColumn + ", " + t.parent().order(),
                    t.readOnly() ? null : insert(t),
                    t.readOnly() ? null : "UPDATE " + t.table() + " SET " + assignments(t.writable()) + ", updated_at = now()" + live
                            + " RETURNING " + t.columns(),
                    t.readOnly() ? null : "UPDATE " + t.table() + " SET deleted_at = now(), updated_at = now()" + live);
        }

        /** A row created under its parent has the parent's id as $1; a parent with a unique column inserts nothing on a clash. */
        private static String insert(CatalogTable<?> t) {
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            if (t.createdUnderParent()) {
                names.add(t.parent().column());
                values.add("$1");
            }
            for (Column<?> column : t.writable()) {
                names.add(column.name());
                values.add(parameter(column, values.size() + 1));
            }
            String clash = t.parent() == null || t.parent().uniqueColumn() == null ? ""
                    : " ON CONFLICT (" + t.parent().column() + ", " + t.parent().uniqueColumn() + ") WHERE deleted_at IS NULL DO NOTHING";
            return "INSERT INTO " + t.table() + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", values) + ")" + clash
                    + " RETURNING " + t.columns();
        }

        /** "name = $2, is_active = COALESCE($3, true)": the writable columns after the key $1. */
        private static String assignments(List<? extends Column<?>> writable) {
            return IntStream.range(0, writable.size()).mapToObj(i -> writable.get(i).name() + " = " + parameter(writable.get(i), i + 2))
                    .collect(Collectors.joining(", "));
        }

        private static String parameter(Column<?> column, int n) {
            return column.fallback() == null ? "$" + n : "COALESCE($" + n + ", " + column.fallback() + ")";
        }
    }
}
