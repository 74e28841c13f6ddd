package dev.hybridstore.cli.cache;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.cli.output.Table;
import java.util.ArrayList;
import java.util.List;

/** The cache-worker's answer to {@code POST /cache/refresh}: how long the cycle took and what it did per table. */
public record CycleReport(double durationMs, List<TableReport> tables) {

    /** One table's part: rows cached (new and aged), stamped, evicted, the hash's size and the never-cached rows left. */
    public record TableReport(String table, long cached, long fresh, long aged, long stamped, long evicted, String hash, long hashSize,
            long backlog) {
    }

    public static CycleReport from(JsonNode json) {
        List<TableReport> tables = new ArrayList<>();
        for (JsonNode t : json.path("tables")) {
            tables.add(new TableReport(t.path("table").asText(), t.path("cached").asLong(), t.path("fresh").asLong(), t.path("aged").asLong(),
                    t.path("stamped").asLong(), t.path("evicted").asLong(), t.path("hash").asText(), t.path("hash_size").asLong(),
                    t.path("backlog").asLong()));
        }
        return new CycleReport(json.path("duration_ms").asDouble(), List.copyOf(tables));
    }

    /** What {@code cache refresh} prints. */
    public String render() {
        Table table = new Table("TABLE", "CACHED", "NEW", "AGED", "STAMPED", "EVICTED", "HASH", "SIZE", "NEVER-CACHED");
        tables.forEach(t -> table.row(t.table, t.cached, t.fresh, t.aged, t.stamped, t.evicted, t.hash, t.hashSize, t.backlog));
        return "==> cache cycle done in " + durationMs + " ms\n" + table.render().indent(4);
    }
}
