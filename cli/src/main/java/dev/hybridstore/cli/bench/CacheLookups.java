package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Table;
import io.quarkus.redis.datasource.RedisDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The lookup phases of the cache benchmark: users and products through core-api, at random and by id, with and without the
 * cache (Cache-Control: no-cache makes core-api read PostgreSQL), one connection in a closed loop. Statements are counted by
 * pg_stat_statements and normalised to one lookup per second; latencies stand beside pgbench and redis-benchmark running the
 * same lookup against the store alone.
 */
final class CacheLookups {

    private static final Optional<String> NO_CACHE = Optional.of("Cache-Control: no-cache");
    private static final String SEED_WITHOUT = "~60";
    private static final int REDIS_REQUESTS = 5000;
    private static final int PGBENCH_TRANSACTIONS = 500;

    private final Api api;
    private final CliConfig config;
    private final CacheBenchDatabase db;
    private final RedisDataSource redis;
    private final String redisUrl;
    private final Path work;
    private final PrintWriter out;
    private final Pgbench pgbench;
    private final Wrk wrk;
    private final RedisBenchmark redisBenchmark;

    CacheLookups(Api api, CliConfig config, CacheBenchDatabase db, RedisDataSource redis, String redisUrl, Path work, PrintWriter out) {
        this.api = api;
        this.config = config;
        this.db = db;
        this.redis = redis;
        this.redisUrl = redisUrl;
        this.work = work;
        this.out = out;
        this.pgbench = db.pgbench(work);
        this.wrk = new Wrk(config.apiUrl(), work);
        this.redisBenchmark = new RedisBenchmark(redisUrl);
    }

    /** One wrk phase: what wrk measured and the statements core-api ran meanwhile. */
    record Phase(Wrk.Result wrk, long statements) {
    }

    void run(int seconds, double workerStatements) throws InterruptedException {
        double interval = intervalSeconds();
        out.printf("==> lookups through core-api: one connection, closed loop, %d s per phase; statements normalised to 1 lookup/s%n", seconds);
        Table queries = new Table("DB queries/min at 1 lookup/s", "seed", "measured", "lookups", "statements", "");
        Table latencies = new Table("lookup latency, p50 / p99", "seed", "through core-api", "the store alone", "");
        for (String entity : List.of("users", "products")) {
            String key = entity.equals("users") ? "user_id" : "product_id";
            String hash = "cache:" + entity;
            List<String> ids = redis.hash(String.class).hrandfield(hash, 200);
            if (ids.isEmpty()) {
                throw new CommandFailure(hash + " is empty: the cache-worker fills it (./suite cache refresh)");
            }
            String one = ids.get(0);
            String path = "/api/" + entity + "/";
            Phase randomDb = phase(entity + " random, no cache", seconds, path, List.of("random"), NO_CACHE);
            Phase randomCache = phase(entity + " random, cache", seconds, path, List.of("random"), Optional.empty());
            Phase byIdDb = phase(entity + " by id, no cache", seconds, path, ids, NO_CACHE);
            Phase byIdCache = phase(entity + " by id, cache", seconds, path, ids, Optional.empty());
            Latency pgRandom = store("pgbench: " + entity + " ORDER BY random()",
                    "SELECT * FROM " + entity + " ORDER BY random() LIMIT 1;");
            Latency pgById = store("pgbench: " + entity + " by primary key",
                    "SELECT * FROM " + entity + " WHERE " + key + " = '" + one.replace("'", "''") + "';");
            Latency redisRandom = redis(REDIS_REQUESTS, "HRANDFIELD", hash, "1", "WITHVALUES");
            Latency redisById = redis(REDIS_REQUESTS, "HGET", hash, one);

            queries(queries, entity + " random, without cache", SEED_WITHOUT, randomDb, 0, 0);
            queries(queries, entity + " random, with cache", "~1.2", randomCache, workerStatements, interval);
            queries(queries, entity + " by id, without cache", "", byIdDb, 0, 0);
            queries(queries, entity + " by id, with cache", "", byIdCache, workerStatements, interval);
            latency(latencies, entity + " random, without cache", "10-100 ms", randomDb, "PostgreSQL ORDER BY random(): " + pgRandom);
            latency(latencies, entity + " random, with cache", "0.1-1 ms", randomCache, "Redis HRANDFIELD: " + redisRandom);
            latency(latencies, entity + " by id, without cache", "", byIdDb, "PostgreSQL by primary key: " + pgById);
            latency(latencies, entity + " by id, with cache", "", byIdCache, "Redis HGET: " + redisById);
        }
        Phase floor = phase("HTTP floor: /q/health/live", seconds, "/q/health/", List.of("live"), Optional.empty());
        latency(latencies, "HTTP floor (/q/health/live)", "", floor, "");

        out.println();
        out.print(queries.render().indent(4));
        out.printf("    (with cache: the lookups' own statements + the cache-worker's %.1f statements per cycle, every %.0f s)%n", workerStatements,
                interval);
        out.println();
        out.print(latencies.render().indent(4));
        out.flush();
    }

    private Phase phase(String label, int seconds, String prefix, List<String> ids, Optional<String> header) {
        long before = db.statements(false);
        Wrk.Phase load = Wrk.Phase.of(label, ids, prefix, seconds, 1, 1);
        Wrk.Result result = wrk.run(header.map(load::withHeader).orElse(load));
        return new Phase(result, db.statements(false) - before);
    }

    /** The same lookup by pgbench, PostgreSQL alone. */
    private Latency store(String label, String sql) {
        return Latency.of(pgbench.latencies(label, sql, PGBENCH_TRANSACTIONS));
    }

    /** The same lookup by redis-benchmark, Redis alone, on one connection. */
    private Latency redis(int requests, String... command) {
        RedisBenchmark.Result result = redisBenchmark.run(1, requests, command);
        return new Latency(result.p50(), result.p99());
    }

    /** A row of statements per minute: the phase's per lookup x 60, plus with the cache the worker's cycles at their interval. */
    private static void queries(Table table, String label, String seed, Phase phase, double workerStatements, double interval) {
        long n = phase.wrk().requests();
        double perMinute = (n > 0 ? phase.statements() / (double) n * 60 : 0) + (interval > 0 ? workerStatements * 60 / interval : 0);
        table.row(label, seed.isEmpty() ? "-" : seed, String.format("%.1f", perMinute), n, phase.statements(), note(seed, phase));
    }

    private static void latency(Table table, String label, String seed, Phase phase, String store) {
        table.row(label, seed.isEmpty() ? "-" : seed, new Latency(phase.wrk().p50(), phase.wrk().p99()).toString(), store, note("", phase));
    }

    /**
     * Why a row may not mean what it says: failed answers, or a lookup "without cache" that ran no statement (core-api served
     * it from Redis anyway, ignoring no-cache).
     */
    static String note(String seed, Phase phase) {
        long n = phase.wrk().requests();
        if (phase.wrk().non2xx() > 0) {
            return "!! " + phase.wrk().non2xx() + " of " + n + " answers not 2xx";
        }
        if (seed.equals(SEED_WITHOUT) && phase.statements() < n / 2) {
            return "!! served from Redis: core-api ignores Cache-Control: no-cache here";
        }
        return "";
    }

    /** The worker's cycle interval in seconds, from its readiness data (ISO-8601, e.g. PT50S); 50 when it does not say. */
    private double intervalSeconds() throws InterruptedException {
        try {
            for (var check : api.get(URI.create(config.cacheWorkerUrl() + "/q/health/ready")).body().path("checks")) {
                if (check.path("name").asText().equals("cache-cycle")) {
                    return Duration.parse(check.path("data").path("interval").asText()).toMillis() / 1000.0;
                }
            }
        } catch (IOException | DateTimeParseException e) {
            // the default below
        }
        return 50;
    }
}
