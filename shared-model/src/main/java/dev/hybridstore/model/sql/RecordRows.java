package dev.hybridstore.model.sql;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The row mapper of a record whose components are its table's columns, each named as its column in camelCase. It is
 * derived once from the components, as Jackson derives the record's JSON, so no column list or mapper written by hand
 * can drift apart from the record.
 */
public final class RecordRows<T extends Record> {

    private final Constructor<T> constructor;
    private final List<String> names;
    private final List<String> selects;
    private final List<BiFunction<Row, String, Object>> readers;

    private RecordRows(Constructor<T> constructor, List<String> names, List<String> selects,
            List<BiFunction<Row, String, Object>> readers) {
        this.constructor = constructor;
        this.names = names;
        this.selects = selects;
        this.readers = readers;
    }

    public static <T extends Record> RecordRows<T> of(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            List<String> names = Arrays.stream(components).map(c -> snakeCase(c.getName())).toList();
            return new RecordRows<>(constructor, names, names,
                    Arrays.stream(components).map(c -> reader(type, c)).toList());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /** The same mapper with one column selected as an expression, such as {@code embedding IS NOT NULL} for {@code embedded}. */
    public RecordRows<T> computing(String column, String expression) {
        if (!names.contains(column)) {
            throw new IllegalArgumentException(constructor.getDeclaringClass().getSimpleName() + " has no column " + column);
        }
        return new RecordRows<>(constructor, names,
                names.stream().map(n -> n.equals(column) ? expression + " AS " + n : n).toList(), readers);
    }

    /** The select list, in the components' order. */
    public String columns() {
        return String.join(", ", selects);
    }

    public T read(Row row) {
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readers.get(i).apply(row, names.get(i));
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snakeCase(String camelCase) {
        return camelCase.chars().mapToObj(c -> Character.isUpperCase(c) ? "_" + Character.toLowerCase((char) c) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    private static BiFunction<Row, String, Object> reader(Class<?> type, RecordComponent component) {
        Class<?> t = component.getType();
        if (t == String.class) {
            return Row::getString;
        } else if (t == UUID.class) {
            return Row::getUUID;
        } else if (t == Integer.class || t == int.class) {
            return Row::getInteger;
        } else if (t == Long.class || t == long.class) {
            return Row::getLong;
        } else if (t == Short.class) {
            return Row::getShort;
        } else if (t == Double.class) {
            return Row::getDouble;
        } else if (t == BigDecimal.class) {
            return Row::getBigDecimal;
        } else if (t == Boolean.class) {
            return Row::getBoolean;
        } else if (t == boolean.class) {
            return (row, column) -> Boolean.TRUE.equals(row.getBoolean(column));
        } else if (t == LocalDate.class) {
            return Row::getLocalDate;
        } else if (t == LocalDateTime.class) {
            return Row::getLocalDateTime;
        } else if (t == List.class) { // text[]
            return (row, column) -> {
                String[] values = row.getArrayOfStrings(column);
                return values == null ? List.of() : List.of(values);
            };
        } else if (t == Map.class) { // jsonb
            return (row, column) -> {
                JsonObject json = row.getJsonObject(column);
                return json == null ? Map.of() : json.getMap();
            };
        }
        throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + ": no column type for " + t);
    }
}
