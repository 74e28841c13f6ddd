package dev.hybridstore.cacheworker.cache;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cycle's meters and the time of its last success (which readiness reads). Created at start, so the gauges are on
 * /q/metrics (NaN until the first cycle) and the readiness grace period counts from start.
 */
@Startup
@ApplicationScoped
public class CacheMetrics {

    private final Instant startedAt = Instant.now();
    private final Timer succeeded;
    private final Timer failed;
    private final Map<CachedTable, DistributionSummary> rowsCached = new ConcurrentHashMap<>();
    private final Map<CachedTable, Double> backlog = new ConcurrentHashMap<>();
    private final Map<CachedTable, Double> hashSize = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;

    CacheMetrics(MeterRegistry registry) {
        succeeded = cycleTimer(registry, "success");
        failed = cycleTimer(registry, "failure");
        for (CachedTable table : CachedTable.values()) {
            backlog.put(table, Double.NaN);
            hashSize.put(table, Double.NaN);
            rowsCached.put(table, DistributionSummary.builder("hybridstore.cacheworker.rows.cached")
                    .description("Rows written to the hash and stamped per cycle").tag("table", table.label()).register(registry));
            Gauge.builder("hybridstore.cacheworker.backlog", backlog, m -> m.get(table))
                    .description("Rows never cached (last_cached_at IS NULL), as of the last cycle").tag("table", table.label())
                    .register(registry);
            Gauge.builder("hybridstore.cacheworker.hash.size", hashSize, m -> m.get(table))
                    .description("Entries in the hash (HLEN) after the last cycle").tag("hash", table.hash()).register(registry);
        }
        Gauge.builder("hybridstore.cacheworker.last.success", this, m -> m.lastSuccess == null ? Double.NaN : m.lastSuccess.getEpochSecond())
                .description("When a cycle last succeeded (epoch seconds)").baseUnit("seconds").register(registry);
    }

    void succeeded(CycleReport report, Duration duration) {
        succeeded.record(duration);
        for (TableReport t : report.tables()) {
            rowsCached.get(t.table()).record(t.stamped());
            backlog.put(t.table(), (double) t.backlog());
            hashSize.put(t.table(), (double) t.hashSize());
        }
        lastSuccess = Instant.now();
    }

    void failed(Duration duration) {
        failed.record(duration);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    private static Timer cycleTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("hybridstore.cacheworker.cycle.duration").description("Duration of a cache cycle (pick, cache, stamp)")
                .tag("outcome", outcome).register(registry);
    }
}
