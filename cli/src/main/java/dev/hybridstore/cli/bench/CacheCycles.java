package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.cache.CacheCommand;
import dev.hybridstore.cli.cache.CycleReport;
import dev.hybridstore.cli.cache.CycleReport.TableReport;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.stream.Collectors;

/** The cycle phase of the cache benchmark: N cycles through the worker's endpoint, timed, with PostgreSQL's share beside them. */
final class CacheCycles {

    private final Api api;
    private final String worker;
    private final CacheBenchDatabase db;
    private final PrintWriter out;

    CacheCycles(Api api, String worker, CacheBenchDatabase db, PrintWriter out) {
        this.api = api;
        this.worker = worker;
        this.db = db;
        this.out = out;
    }

    /** Prints the cycle's figures; answers the cache-worker's statements per cycle. */
    double run(int n) throws InterruptedException {
        out.printf("==> cycle: pick 500 new + 500 aged rows per table, write and trim the hash, stamp (%d runs via POST /cache/refresh)%n", n);
        long before = db.statements(true);
        double[] durations = new double[n];
        Map<String, LongSummaryStatistics> cached = new LinkedHashMap<>();
        Progress progress = new Progress(out, Progress.onTerminal(), Duration.ofSeconds(5));
        for (int i = 0; i < n; i++) {
            CycleReport report = CacheCommand.refresh(api, worker);
            durations[i] = report.durationMs();
            report.tables().forEach(t -> cached.computeIfAbsent(t.table(), k -> new LongSummaryStatistics()).accept(t.cached()));
            progress.update(String.format("    cycle %d/%d: %s ms, %s", i + 1, n, report.durationMs(),
                    report.tables().stream().map(CacheCycles::did).collect(Collectors.joining(", "))));
        }
        progress.clear();
        double perCycle = (db.statements(true) - before) / (double) n;
        Percentiles took = Percentiles.of(durations);
        String rows = cached.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().getMin() + "-" + e.getValue().getMax())
                .collect(Collectors.joining(", "));
        out.printf("    %-34s p50 %.1f ms, p99 %.1f ms   (aim < 50 ms for 1,000 rows; %s rows per cycle)%n", "cycle, both tables", took.p50(),
                took.p99(), rows);
        out.printf("    %-34s %.1f ms (the users pick and stamp inside PostgreSQL, rolled back: the floor of one table)%n",
                "PostgreSQL's share alone", db.pickAndStampMs());
        out.printf("    %-34s %.1f statements per cycle%n", "cache-worker's SQL", perCycle);
        out.flush();
        return perCycle;
    }

    private static String did(TableReport t) {
        return t.table() + " " + t.cached() + " cached/" + t.evicted() + " evicted";
    }
}
