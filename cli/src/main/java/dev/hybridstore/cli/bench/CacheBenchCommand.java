package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hybridstore bench cache}: seed 003's claims for the aging cache, measured on this stack. DB queries per minute at one
 * lookup per second (~60 without the cache, ~1.2 with it), lookup latency (10-100 ms from PostgreSQL, 0.1-1 ms from Redis)
 * beside pgbench and redis-benchmark doing the same lookup alone, and the cycle itself (1,000 rows per table, aim < 50 ms)
 * beside PostgreSQL's share of it.
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "The aging cache against seed 003: the cycle's duration, DB queries per minute and lookup latency with and without "
                + "the cache, beside PostgreSQL (pgbench) and Redis (redis-benchmark) doing the same lookups alone.")
public class CacheBenchCommand implements Callable<Integer> {

    /** How much data and how long: full is what the README records, small a quick check. */
    enum Scale {
        small(2_000, 500, 3, 5), full(100_000, 10_000, 20, 20);

        final long users;
        final long products;
        final int seconds;
        final int cycles;

        Scale(long users, long products, int seconds, int cycles) {
            this.users = users;
            this.products = products;
            this.seconds = seconds;
            this.cycles = cycles;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "full", description = "small or full (default ${DEFAULT-VALUE}): rows, seconds and cycles")
    Scale scale;

    @Option(names = "--seconds", paramLabel = "N", description = "seconds per lookup phase (small 3, full 20)")
    Integer seconds;

    @Option(names = "--cycles", paramLabel = "N", description = "cache cycles timed (small 5, full 20)")
    Integer cycles;

    @Inject
    Api api;
    @Inject
    CliConfig config;
    @Inject
    CacheBenchDatabase db;
    @Inject
    RedisDataSource redis;
    @Inject
    @ConfigProperty(name = "hybridstore.redis.url")
    String redisUrl;
    @Inject
    Seeder seeder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!db.hasStatStatements()) {
            throw new CommandFailure("pg_stat_statements is not installed in this database (the suite's cluster preloads it: ./suite up creates it)");
        }
        if (!api.live(config.cacheWorkerUrl())) {
            throw new CommandFailure("no cache-worker at " + config.cacheWorkerUrl() + " (./suite up, or set HYBRIDSTORE_CLI_CACHE_WORKER_URL)");
        }
        seeder.topUp(scale.users, scale.products);
        out.printf("==> cache benchmark, scale %s: %d users, %d products%n", scale, db.rows("users"), db.rows("products"));
        out.flush();
        try (WorkDir work = WorkDir.create("bench-cache")) {
            double workerStatements = new CacheCycles(api, config.cacheWorkerUrl(), db, out).run(cycles == null ? scale.cycles : cycles);
            if (api.live(config.apiUrl())) {
                new CacheLookups(api, config, db, redis, redisUrl, work.path(), out).run(seconds == null ? scale.seconds : seconds, workerStatements);
            } else {
                spec.commandLine().getErr().println("warning: no core-api at " + config.apiUrl()
                        + ": lookup figures skipped (set HYBRIDSTORE_CLI_API_URL)");
            }
        }
        out.flush();
        return 0;
    }
}
