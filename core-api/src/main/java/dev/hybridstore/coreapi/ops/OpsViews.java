package dev.hybridstore.coreapi.ops;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.coreapi.admin.backup.BackupViews;
import dev.hybridstore.coreapi.admin.migration.MigrationViews;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/ops/snapshot} and {@code GET /admin/ops} answer. A figure is null when its source (an engine or
 * every instance of a service) did not answer this sample; {@code services} and {@code engines} say which were down.
 */
public final class OpsViews {

    private OpsViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Snapshot(Instant at, Orders orders, Lag lag, Dlq dlq, Cache cache, Map<String, Long> agingBacklog,
            Embeddings embeddings, Database database, Map<String, Boolean> engines, List<Service> services, List<Point> history) {
    }

    /** Accepted: records Kafka holds in orders. Stored: rows PostgreSQL inserted into orders. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Orders(Long accepted, Long stored, Double acceptedPerSecond, Double storedPerSecond) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Lag(String group, String topic, long total, List<PartitionLag> partitions) {
    }

    /** From the committed offset, or the earliest record the topic holds when there is none (or it is older). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PartitionLag(int partition, long endOffset, Long committedOffset, long lag) {
    }

    /** Records in orders-dlq (Kafka), and order-consumer's count per reason summed over its instances. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Dlq(Long records, Map<String, Double> byReason) {
    }

    /** core-api's cache-aside reads summed over its instances; the ratio is over the last interval (null: no reads). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Cache(double hits, double misses, double bypasses, Double hitRatio, double redisFallbacks,
            Double redisFallbacksPerSecond) {
    }

    /** ai-worker's exact counts (it counts in PostgreSQL): rows waiting per source, rows given up. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Embeddings(Map<String, Long> backlog, long givenUp) {
    }

    /** Slow queries: statements over the threshold counted by every instance of every service; statements: pg_stat_statements. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Database(Long sizeBytes, double slowQueries, Double slowQueriesPerSecond, Long slowStatements,
            long slowThresholdMs) {
    }

    /** An instance's address stays out: the snapshot is public, and the network's layout is not. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Service(String name, boolean up) {
    }

    /** One sample of the plotted series; rates are over the interval since the sample before. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Point(Instant at, Double acceptedPerSecond, Double storedPerSecond, Long lag, Double dlqPerSecond,
            Double hitRatio, Double redisFallbacksPerSecond, Long agingBacklog, Long embeddingBacklog, Long dbSizeBytes,
            Double slowQueriesPerSecond) {
    }

    /** The admin panels: the last migration applied and the newest backup (null when none). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Admin(String database, MigrationViews.Applied lastMigration, int pendingMigrations,
            BackupViews.BackupFile lastBackup, String backupDirectory) {
    }
}
