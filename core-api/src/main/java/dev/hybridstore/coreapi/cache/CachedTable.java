package dev.hybridstore.coreapi.cache;

import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import java.util.function.Function;

/**
 * A table whose rows are read cache-aside and written through to a Redis hash, key → row JSON (seed 003's users and
 * products): what {@link CachedRepository} and {@link CachedService} need to know of it.
 *
 * @param label    the row's name in problem details ("User")
 * @param table    the table
 * @param key      its primary key column, a string the server generates when a create leaves it out
 * @param prefix   the first letter of a generated key
 * @param hash     the Redis hash of its rows, from RedisKeys
 * @param columns  the select list, the mapper's input
 * @param id       a row's key
 * @param writable what a create writes after the key, and an update sets, in the statements' order
 * @param filters  what a page may be narrowed by, in the order its values are given
 */
public record CachedTable<T>(String label, String table, String key, char prefix, String hash, String columns, Function<Row, T> mapper,
        Function<T, String> id, List<Column<T>> writable, List<Filter> filters) {

    public record Column<T>(String name, Function<T, Object> value) {
    }

    /** Rows whose {@code column} compares by {@code operator} to a value of SQL type {@code type}; a null value matches every row. */
    public record Filter(String column, String type, String operator) {
    }

    public static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    public static Filter filter(String column, String type, String operator) {
        return new Filter(column, type, operator);
    }
}
