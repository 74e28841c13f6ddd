package dev.hybridstore.cacheworker.cache;

import dev.hybridstore.cacheworker.cache.CacheWindow.WindowResult;
import dev.hybridstore.platform.sql.Sql;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed 003 §4's aging cycle. Per table, in one transaction: pick (rows locked), write them to the hash and trim it to
 * the window, stamp exactly those rows, commit. A failure anywhere rolls the transaction back: nothing is stamped that
 * was not cached, and the rows are picked again by the next cycle (an entry written before the failure is simply
 * written again). The locks make cycles that overlap (here or in another worker) pick disjoint rows.
 */
@ApplicationScoped
public class CacheService {

    private final Sql sql;
    private final AgingRepository rows;
    private final CacheWindow window;
    private final CacheMetrics metrics;
    private final int freshBatch;
    private final int agedBatch;
    private final int windowSize;
    private final AtomicInteger failuresInARow = new AtomicInteger();

    CacheService(Sql sql, AgingRepository rows, CacheWindow window, CacheMetrics metrics, CacheConfig config) {
        this.sql = sql;
        this.rows = rows;
        this.window = window;
        this.metrics = metrics;
        this.windowSize = config.windowSize();
        // A pick larger than the window would be evicted as it is written, yet stamped: keep the pick within the window.
        this.freshBatch = Math.min(config.newBatch(), windowSize);
        this.agedBatch = Math.min(config.oldBatch(), windowSize - freshBatch);
        if (freshBatch + agedBatch < config.newBatch() + config.oldBatch()) {
            Log.warnf("hybridstore.cache: new-batch %d + old-batch %d exceed window-size %d; picking %d new and %d aged rows",
                    config.newBatch(), config.oldBatch(), windowSize, freshBatch, agedBatch);
        }
    }

    /**
     * One cycle over users and products, side by side (each in its own transaction, so one table's failure leaves the
     * other's committed work alone). Fails with {@link StoreUnavailable} (already logged) when a store is down.
     */
    public Uni<CycleReport> runCycle() {
        long start = System.nanoTime();
        long cachedAt = System.currentTimeMillis();
        List<Uni<Refreshed>> steps = Arrays.stream(CachedTable.values()).map(table -> refresh(table, cachedAt)).toList();
        return Uni.join().all(steps).andCollectFailures()
                .onFailure().transform(StoreUnavailable::of)
                .onFailure().invoke(e -> failed(e, Duration.ofNanos(System.nanoTime() - start)))
                .chain(tables -> {
                    // The backlog counts are bookkeeping for the report and gauges, outside the measured cycle.
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    return withBacklogs(tables)
                            .map(counted -> new CycleReport(Math.round(took.toNanos() / 1e5) / 10.0, counted))
                            .invoke(report -> succeeded(report, took))
                            .onFailure().invoke(e -> failed(e, took));
                });
    }

    private Uni<Refreshed> refresh(CachedTable table, long cachedAt) {
        return sql.transaction(tx -> rows.pick(tx, table, freshBatch, agedBatch)
                        .chain(entries -> window.store(table, entries, cachedAt, windowSize)
                                .onFailure().transform(e -> StoreUnavailable.redis(table, e))
                                .chain(stored -> rows.stamp(tx, table, entries.stream().map(CacheEntry::id).toList())
                                        .map(stamped -> new Refreshed(table, entries, stored, stamped)))))
                .onFailure().transform(e -> StoreUnavailable.postgres(table, e));
    }

    private Uni<List<TableReport>> withBacklogs(List<Refreshed> tables) {
        return Multi.createFrom().iterable(tables)
                .onItem().transformToUniAndConcatenate(t -> rows.backlog(t.table()).map(t::report)
                        .onFailure().transform(e -> StoreUnavailable.postgres(t.table(), e)))
                .collect().asList();
    }

    private void succeeded(CycleReport report, Duration took) {
        metrics.succeeded(report, took);
        int failures = failuresInARow.getAndSet(0);
        if (failures > 0) {
            Log.infof("Cache cycle succeeded again after %d failed cycle(s)", failures);
        }
        Log.debugf("Cache cycle: %s", report);
    }

    private void failed(Throwable e, Duration took) {
        metrics.failed(took);
        failuresInARow.incrementAndGet();
        Log.warnf("Cache cycle failed; rows it did not stamp are picked again next time: %s", e.getMessage());
    }

    /** One table's committed step, before its backlog is counted. */
    private record Refreshed(CachedTable table, List<CacheEntry> entries, WindowResult stored, int stamped) {

        TableReport report(long backlog) {
            int fresh = (int) entries.stream().filter(CacheEntry::fresh).count();
            return new TableReport(table, entries.size(), fresh, entries.size() - fresh, stamped, stored.evicted(),
                    stored.hashSize(), backlog);
        }
    }
}
