package dev.hybridstore.coreapi.catalog;

import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * One catalog table as the generic soft-delete code reads it ({@link CatalogRepository}, {@link CatalogService},
 * {@link CatalogResource}). Each catalog type is its record plus one of these, in {@link CatalogTables}. A table without
 * writable columns is read-only through this code: another feature writes it (the NAS inventory, by its import).
 *
 * @param label    the row's name in problem details ("Video file"); lower-cased, in the OpenAPI summaries
 * @param name     the table in schema pokervod; it also names the HTTP path (video_files: /api/catalog/video-files)
 * @param type     the row's record, for the OpenAPI schema of reads that may nest rows below it
 * @param columns  the select list, the mapper's input
 * @param key      a row's id
 * @param order    the order of the list of all rows, ending with a unique column so pages are stable
 * @param writable what POST and PUT write, in the statements' order
 * @param parent   the table this one hangs under, or null
 * @param docs     what the OpenAPI document says of the create and list operations
 */
public record CatalogTable<T>(String label, String name, Class<T> type, String columns, Function<Row, T> mapper, Function<T, UUID> key,
        String order, List<Column<T>> writable, Parent parent, Docs docs) {

    String table() {
        return "pokervod." + name;
    }

    String path() {
        return "/api/catalog/" + name.replace('_', '-');
    }

    String noun() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** Only read here: no create, replace or delete. */
    boolean readOnly() {
        return writable.isEmpty();
    }

    /**
     * True when a row is created under its parent's path (POST /projects/{id}/seasons), the parent's id being no
     * writable column; otherwise the parent's column is written like any other and filters the list of all rows.
     */
    boolean createdUnderParent() {
        return parent != null && writable.stream().noneMatch(c -> c.name().equals(parent.column()));
    }

    /** The writable column {@code name}'s value in {@code row}. */
    Object valueOf(String name, T row) {
        return writable.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value().apply(row);
    }

    /**
     * A written column.
     *
     * @param fallback   SQL written instead of a null value (the column's default), or null
     * @param referenced the catalog table a non-null value must name a live row of, or null
     */
    public record Column<T>(String name, Function<T, Object> value, String fallback, CatalogTable<?> referenced) {

        static <T> Column<T> of(String name, Function<T, Object> value) {
            return new Column<>(name, value, null, null);
        }

        Column<T> orElse(String sqlDefault) {
            return new Column<>(name, value, sqlDefault, referenced);
        }

        Column<T> referencing(CatalogTable<?> table) {
            return new Column<>(name, value, fallback, table);
        }
    }

    /**
     * The table a row hangs under.
     *
     * @param column       the row's column naming its parent
     * @param order        the order of one parent's rows, ending with a unique column
     * @param uniqueColumn the writable column a parent has one live row per value of (a season per year), or null
     */
    public record Parent(CatalogTable<?> table, String column, String order, String uniqueColumn) {
    }

    /**
     * @param created  the summary of the create operation (under the parent's path when the row is created there); null
     *                 for a read-only table
     * @param listed   the summary of the list operation (likewise)
     * @param example  a row as JSON, the example of its reads and of a create's answer, or null
     * @param conflict the detail of a create that breaks the table's unique key, for the 409 example (null: none)
     */
    public record Docs(String created, String listed, String example, String conflict) {

        Docs(String created, String listed, String example) {
            this(created, listed, example, null);
        }
    }
}
