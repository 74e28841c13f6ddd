package dev.hybridstore.coreapi.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.vertx.mutiny.sqlclient.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hit of /api/search/{source}: the source's declared columns, written as the hit's own fields. */
public record SourceRow(@JsonAnyGetter Map<String, Object> columns) {

    static RowShape<SourceRow> shape(SearchSource source) {
        return new RowShape<>("t." + String.join(", t.", source.returned()), row -> of(row, source.returned()),
                hit -> hit.columns().get(source.key()));
    }

    private static SourceRow of(Row row, List<String> columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : columns) {
            values.put(column, row.getValue(column));
        }
        return new SourceRow(values);
    }
}
