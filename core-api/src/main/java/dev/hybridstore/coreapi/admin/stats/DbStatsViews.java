package dev.hybridstore.coreapi.admin.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.coreapi.admin.DatabaseRepository;
import java.time.Instant;
import java.util.List;

/** What the health and table-statistics endpoints answer. */
public final class DbStatsViews {

    private DbStatsViews() {
    }

    /** Seed 004's health_check, extended: how fast, which server, which extensions, how busy the pool. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(boolean reachable, Double latencyMs, String database, String serverVersion, String role, Long sizeBytes,
            List<DatabaseRepository.Extension> extensions, Pool pool, String environment, Boolean production, double slowQueries,
            String error) {
    }

    /**
     * The reactive pool: its configured maximum, the connections it holds (Vert.x pool metrics when published, else
     * counted in pg_stat_activity by our application_name), and the server's connection totals.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pool(int maxSize, Double inUse, Double idle, Double waiting, String applicationName, long serverConnectionsOurs,
            long serverConnectionsDatabase, int serverMaxConnections) {
    }

    record Server(String database, String version, boolean replica, long sizeBytes, String applicationName, int maxConnections,
            long connections, long ourConnections) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Table(String schema, String table, Long estimatedRows, long tableBytes, long indexBytes, long totalBytes,
            long seqScans, Long idxScans, long liveTuples, long deadTuples, Instant lastVacuum, Instant lastAutovacuum,
            Instant lastAnalyze, Instant lastAutoanalyze) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Tables(String database, List<Table> tables) {
    }
}
