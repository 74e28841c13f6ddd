package dev.hybridstore.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Seed 000's three query functions on a reactive client: {@code execute}, {@code fetchOne}, {@code fetchAll}.
 * Statements are prepared ({@code $n} parameters, cached per connection) and timed by {@link QueryLog}.
 */
public abstract class SqlOps {

    /** Seed 000's "row as a dictionary". */
    public static final Function<Row, Map<String, Object>> AS_MAP = row -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            map.put(row.getColumnName(i), row.getValue(i));
        }
        return map;
    };

    /** Injected into the beans; a transaction is handed the one of the bean that opened it. */
    @Inject
    QueryLog queryLog;

    /** Runs one statement on a client: a pooled connection of its own, or the open transaction's connection. */
    protected abstract <T> Uni<T> withClient(Function<SqlClient, Uni<T>> statement);

    /** Runs a statement and returns the affected row count. */
    public Uni<Integer> execute(String sql, Tuple params) {
        return run(sql, params).map(RowSet::rowCount);
    }

    public <T> Uni<Optional<T>> fetchOne(String sql, Tuple params, Function<Row, T> mapper) {
        return run(sql, params).map(rows -> {
            var it = rows.iterator();
            return it.hasNext() ? Optional.of(mapper.apply(it.next())) : Optional.<T>empty();
        });
    }

    public <T> Uni<List<T>> fetchAll(String sql, Tuple params, Function<Row, T> mapper) {
        return run(sql, params).map(rows -> {
            List<T> out = new ArrayList<>(rows.size());
            rows.forEach(r -> out.add(mapper.apply(r)));
            return out;
        });
    }

    protected Uni<RowSet<Row>> run(String sql, Tuple params) {
        long start = System.nanoTime();
        return withClient(client -> client.preparedQuery(sql).execute(params))
                .onItemOrFailure().invoke(() -> queryLog.record(sql, System.nanoTime() - start));
    }
}
