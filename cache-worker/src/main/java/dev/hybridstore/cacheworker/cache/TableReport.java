package dev.hybridstore.cacheworker.cache;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What one cycle did to one table: rows written to the hash ({@code cached}, of which {@code fresh} had never been
 * cached and {@code aged} were the longest cached), rows stamped, entries evicted, the hash's size afterwards and the
 * never-cached rows left.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TableReport(CachedTable table, int cached, int fresh, int aged, int stamped, int evicted, long hashSize,
        long backlog) {

    @JsonProperty("hash")
    public String hash() {
        return table.hash();
    }
}
