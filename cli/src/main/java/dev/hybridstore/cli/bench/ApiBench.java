package dev.hybridstore.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.KafkaConfig;
import dev.hybridstore.cli.bench.Wrk.Phase;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Table;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.kafka.JsonSerializer;
import dev.hybridstore.model.metrics.MetricSample;
import dev.hybridstore.model.redis.RedisKeys;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hybridstore bench api}: core-api's user reads under load, beside the physical limits measured in the same run.
 * <ol>
 * <li>GET /api/users/{id} served from the cache (ids warmed first);</li>
 * <li>the same cache hits with think time per connection: latency below saturation, where the tail is the server's and
 * not the run queue of 2 oversubscribed cores;</li>
 * <li>the same through PostgreSQL: Cache-Control: no-cache makes core-api answer from the database without Redis;</li>
 * <li>redis-benchmark HGET of a cached user on the same Redis at the same concurrency;</li>
 * <li>core-api's HTTP floor, GET /q/health/live (neither Redis nor PostgreSQL) under the same load: with wrk and the
 * server on the same cores, the best p99 any endpoint can show;</li>
 * <li>/api/questions/search, when core-api serves it;</li>
 * <li>overload: load shedding at 4× the connections that saturate a core-api of the benchmark's own, started with
 * LOAD_SHEDDING_ENABLED=true ({@link OverloadBench}).</li>
 * </ol>
 */
@Command(name = "api", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"core-api's user reads under wrk load: cache hit (saturated and paced), PostgreSQL path, beside the HTTP floor "
                + "(/q/health/live) and redis-benchmark HGET measured in the same run; then /api/questions/search.",
                "Unmeasured runs of both paths come first, so the JIT has compiled them. Needs ./suite up; fewer users than the "
                + "scale asks for are seeded."})
public class ApiBench implements Callable<Integer> {

    @Option(names = "--scale", defaultValue = "full", description = "full (100,000 users, 15 s per phase) or small (2,000 users, 3 s)")
    String scale;

    @Option(names = "--seconds", description = "seconds per phase (default: the scale's)")
    Integer seconds;

    @Option(names = "--connections", defaultValue = "64", description = "wrk connections (default ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--threads", defaultValue = "2", description = "wrk threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--think-ms", defaultValue = "auto", paramLabel = "N|auto",
            description = "think time per connection in the paced phase (auto: enough to offer half the saturated rate)")
    String thinkMs;

    @Option(names = "--overload", defaultValue = "on", paramLabel = "on|off|only",
            description = "the load-shedding phase, on a core-api it starts with LOAD_SHEDDING_ENABLED=true (only: that phase alone)")
    String overload;

    /** Products the intake phase orders from, seeded when fewer exist. */
    private static final int PRODUCTS = 200;
    private static final int ORDER_BODIES = 2_000;
    private static final int BATCH = 1_000;
    private static final int BATCH_CONNECTIONS = 8;

    /** Korean and English search terms, URL-encoded. */
    private static final List<String> SEARCH_QUERIES = List.of("%EC%9E%A5%EC%95%A0", "%EA%B2%B0%EC%A0%9C", "%EA%B2%BD%ED%97%98", "kafka", "redis",
            "transaction");

    @Inject
    Api api;
    @Inject
    CliConfig config;
    @Inject
    BenchDatabase db;
    @Inject
    RedisDataSource redis;
    @Inject
    Seeder seeder;
    @Inject
    @ConfigProperty(name = "hybridstore.redis.url")
    String redisUrl;
    @Inject
    KafkaConfig kafka;

    private record Scale(int users, int hot, int gets, int records, int seconds, int jitSeconds) {
        static Scale named(String name) {
            return switch (name) {
                case "full" -> new Scale(100_000, 1_000, 200_000, 500_000, 15, 10);
                case "small" -> new Scale(2_000, 200, 20_000, 50_000, 3, 2);
                default -> throw new CommandFailure("--scale takes small or full, not " + name);
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        Scale scale = Scale.named(this.scale);
        int secs = seconds == null ? scale.seconds() : seconds;
        if (!List.of("on", "off", "only").contains(overload)) {
            throw new CommandFailure("--overload takes on, off or only, not " + overload);
        }
        if (!thinkMs.equals("auto") && !thinkMs.matches("\\d+")) {
            throw new CommandFailure("--think-ms takes a number of milliseconds or auto, not " + thinkMs);
        }
        try (WorkDir work = WorkDir.create("bench-api")) {
            Wrk wrk = new Wrk(config.apiUrl(), work.path());
            RedisBenchmark redisBenchmark = new RedisBenchmark(redisUrl);
            if (!api.live(config.apiUrl())) {
                throw new CommandFailure("no core-api at " + config.apiUrl() + " (./suite up, or set HYBRIDSTORE_CLI_API_URL)");
            }
            seeder.topUp(scale.users(), PRODUCTS);
            System.out.printf("==> api benchmark, scale %s: %d users; %d connections, %d threads, %d s per phase%n", this.scale,
                    db.number("SELECT count(*) FROM users"), connections, threads, secs);
            List<String> hot = db.column("SELECT user_id FROM users ORDER BY random() LIMIT " + scale.hot());
            List<String> cold = db.column("SELECT user_id FROM users ORDER BY random() LIMIT " + scale.hot() * 10);
            warm(hot);
            if (overload.equals("only")) {
                System.out.print(overload(scale, secs, hot, work.path()));
                return 0;
            }
            // A freshly started JVM runs interpreted code at first: both paths are exercised before anything is measured.
            Phase hits = Phase.of("cache hits: GET /api/users/{id}", hot, "/api/users/", secs, connections, threads);
            Phase database = Phase.of("database: GET /api/users/{id} with Cache-Control: no-cache", cold, "/api/users/", secs, connections, threads)
                    .withHeader("Cache-Control: no-cache");
            wrk.run(hits.as("JIT warm-up, cache path", scale.jitSeconds()));
            wrk.run(database.as("JIT warm-up, database path", scale.jitSeconds()));

            CacheReads before = CacheReads.parse(metrics());
            Wrk.Result hit = wrk.run(hits);
            CacheReads during = CacheReads.parse(metrics()).minus(before);
            // auto: each connection waits 2 × connections / rate, so together they offer at most half the saturated rate.
            int think = thinkMs.equals("auto") ? (int) (2000.0 * connections / hit.requestsPerSecond() + 1) : Integer.parseInt(thinkMs);
            Wrk.Result paced = wrk.run(hits.as("cache hits, paced: " + think + " ms think time per connection", secs).withThinkMs(think));
            Wrk.Result fromDatabase = wrk.run(database);
            Optional<StackCpu> cpu = StackCpu.of(config.pidDir());
            Map<String, StackCpu.Usage> spent = new LinkedHashMap<>();
            Wrk.Result floor = run(wrk, Phase.of("HTTP floor: GET /q/health/live (no Redis, no PostgreSQL)", List.of("live"), "/q/health/",
                    secs, connections, threads), 1, cpu, "HTTP floor", spent);
            // The command a cache hit sends, on an entry the hit reads (a GET of a missing key would time an empty reply).
            String sample = redis.hash(String.class).hrandfield(RedisKeys.USERS);
            if (sample == null) {
                throw new CommandFailure(RedisKeys.USERS + " is empty after warming; is the cache-worker clearing it?");
            }
            RedisBenchmark.Result raw = redisBenchmark.run(connections, scale.gets(), "HGET", RedisKeys.USERS, sample);

            // As seed 003's producer does: users and products drawn from the cache (the aging window), so the existence checks
            // are Redis reads; ids outside the window would time PostgreSQL lookups instead.
            var cached = redis.hash(String.class);
            List<String> orders = orders(cached.hrandfield(RedisKeys.USERS, PRODUCTS), cached.hrandfield(RedisKeys.PRODUCTS, PRODUCTS));
            Phase intake = Phase.post("order intake: POST /api/orders (valid orders; Kafka acks=all)", orders, "/api/orders", secs, connections,
                    threads);
            wrk.run(intake.as("JIT warm-up, order intake", scale.jitSeconds()));
            Wrk.Result placed = run(wrk, intake, 1, cpu, "order intake", spent);
            // Batches of 1,000 (their orders drawn from the same valid ones) at 8 connections: 8,000 orders in flight.
            Phase batch = Phase.post("batch intake: POST /api/orders/batch (1,000 orders each)", batches(orders), "/api/orders/batch", secs,
                    BATCH_CONNECTIONS, Math.min(threads, BATCH_CONNECTIONS));
            wrk.run(batch.as("JIT warm-up, batch intake", scale.jitSeconds()));
            Wrk.Result batched = run(wrk, batch, BATCH, cpu, "batch, per order", spent);
            Optional<ProducerPerformance> perf = ProducerPerformance.in(config.kafkaLib(), kafka.bootstrapServers());
            ProducerPerformance.Result producer = null;
            try {
                producer = perf.isEmpty() ? null : perf.get().run(scale.records(), eventSize(orders.get(0)), work.path());
            } catch (Exception e) {
                // A limit that could not be measured (e.g. the admin client timed out on a busy host) leaves the other figures standing.
                System.err.println("warning: Kafka ProducerPerformance failed: " + e);
            }
            Wrk.Result search = null;
            if (api.get("/api/questions/search?q=test").status() == 200) {
                search = wrk.run(Phase.of("search: GET /api/questions/search", SEARCH_QUERIES, "/api/questions/search?q=", secs, 8, threads));
            }
            System.out.println();
            System.out.print(report(hit, paced, think, fromDatabase, floor, raw, search, during, connections));
            System.out.print(intakeReport(placed, batched, floor, producer, spent));
            if (overload.equals("on")) {
                System.out.print(overload(scale, secs, hot, work.path()));
            }
            return 0;
        }
    }

    /**
     * The overload phase on a core-api of its own with load shedding on (the suite's is started without it), reading the
     * cached users the other phases read; its report, or why it was skipped.
     */
    private String overload(Scale scale, int secs, List<String> hot, Path work) throws Exception {
        Optional<Path> jar = config.apiJar().filter(Files::isRegularFile);
        if (jar.isEmpty()) {
            return "\n    overload: skipped (HYBRIDSTORE_CLI_API_JAR names no core-api jar; ./suite sets it). The suite's core-api sheds "
                    + "only when started with LOAD_SHEDDING_ENABLED=true.\n";
        }
        int port = BenchWorker.freePort();
        Path log = config.apiLog().map(Path::getParent).orElse(work).resolve("bench-api-shedding.log");
        System.err.printf("==> overload: starting a core-api with LOAD_SHEDDING_ENABLED=true on %d (log: %s)%n", port, log);
        try (BenchWorker shedding = BenchWorker.sheddingCoreApi(jar.get(), port, log)) {
            shedding.awaitUp(api);
            System.err.println("==> overload: JIT warm-up of that core-api");
            ClosedLoop.run(shedding.url, "/api/users/", hot, connections, scale.jitSeconds());
            OverloadBench.Figures figures = OverloadBench.run(shedding.url, config.apiUrl(), "/api/users/", hot, connections,
                    Math.max(2, secs / 3), secs);
            return OverloadBench.report("GET /api/users/{id} (cache hits)", figures);
        }
    }

    /**
     * Runs the phase and, when the stack's processes are known, puts what they spent on it under {@code name}: per
     * request, or per order of a request of {@code orders}.
     */
    private static Wrk.Result run(Wrk wrk, Phase phase, int orders, Optional<StackCpu> cpu, String name, Map<String, StackCpu.Usage> spent) {
        Optional<StackCpu.Sample> before = cpu.map(StackCpu::sample);
        Wrk.Result result = wrk.run(phase);
        cpu.ifPresent(c -> spent.put(name, c.since(before.get(), result.requests() * orders, result.requestsPerSecond() * orders)));
        return result;
    }

    /** Valid orders for the intake phase: known users and products, the server picks each order's id. */
    private static List<String> orders(List<String> users, List<String> products) {
        if (users.isEmpty() || products.isEmpty()) {
            throw new CommandFailure(RedisKeys.USERS + " or " + RedisKeys.PRODUCTS + " is empty: is the cache-worker running?");
        }
        List<String> bodies = new ArrayList<>(ORDER_BODIES);
        for (int i = 0; i < ORDER_BODIES; i++) {
            bodies.add(Json.MAPPER.createObjectNode().put("user_id", users.get(i % users.size()))
                    .put("product_id", products.get(i % products.size())).put("quantity", 1 + i % 3).put("shipping_cost", 3000)
                    .put("payment_method", "card").toString());
        }
        return bodies;
    }

    /** Bodies of POST /api/orders/batch: 1,000 of the valid orders each, in another order each time. */
    private static List<String> batches(List<String> orders) {
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            StringBuilder body = new StringBuilder("{\"orders\":[");
            for (int i = 0; i < BATCH; i++) {
                body.append(i == 0 ? "" : ",").append(orders.get((b * 7919 + i * 31) % orders.size()));
            }
            bodies.add(body.append("]}").toString());
        }
        return bodies;
    }

    /** The bytes of the OrderPlaced record core-api writes for {@code body}: ProducerPerformance sends records of that size. */
    private static int eventSize(String body) throws IOException {
        JsonNode order = Json.MAPPER.readTree(body);
        OrderPlaced placed = new OrderPlaced(OrderPlaced.SCHEMA_VERSION, "O" + "0".repeat(25), order.path("user_id").asText(),
                order.path("product_id").asText(), order.path("quantity").asInt(), null, order.path("shipping_cost").asInt(), null,
                order.path("payment_method").asText(), null, Instant.now());
        return new JsonSerializer<OrderPlaced>().serialize("orders", placed).length;
    }

    /** One GET per hot id, 32 at a time: each miss writes the entry back, so the measured hits read from Redis. */
    private void warm(List<String> ids) throws Exception {
        System.out.println("==> warming the cache with " + ids.size() + " users");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String id : ids) {
                // A minute per request: a cold JVM on a loaded machine is slow, and warming is not measured.
                answers.add(pool.submit(() -> api.sendAsync("GET", "/api/users/" + id, Optional.empty(), Map.of(), Duration.ofMinutes(1))
                        .get().status()));
            }
            for (Future<Integer> answer : answers) {
                int status;
                try {
                    status = answer.get();
                } catch (ExecutionException e) {
                    throw new CommandFailure("warming the cache failed: " + e.getCause());
                }
                if (status != 200) {
                    throw new CommandFailure("warming the cache failed: GET /api/users/{id} answered " + status);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String metrics() throws Exception {
        Api.Answer answer = api.get("/q/metrics");
        if (answer.status() != 200) {
            throw new CommandFailure("core-api's /q/metrics answered " + answer.status());
        }
        return answer.raw();
    }

    /**
     * core-api's cache-aside reads of cache:users by outcome, and the Redis commands it skipped or failed while it held
     * Redis for unavailable (Micrometer counters in /q/metrics).
     */
    record CacheReads(long hits, long misses, long fallbacks) {

        static CacheReads parse(String metrics) {
            long hits = 0;
            long misses = 0;
            long fallbacks = 0;
            for (MetricSample s : MetricSample.parse(metrics)) {
                if (s.name().equals("hybridstore_coreapi_redis_fallbacks_total")) {
                    fallbacks += (long) s.value();
                } else if (s.name().equals("hybridstore_coreapi_cache_reads_total") && RedisKeys.USERS.equals(s.labels().get("cache"))) {
                    switch (s.labels().getOrDefault("result", "")) {
                        case "hit" -> hits += (long) s.value();
                        case "miss" -> misses += (long) s.value();
                        default -> { }
                    }
                }
            }
            return new CacheReads(hits, misses, fallbacks);
        }

        CacheReads minus(CacheReads before) {
            return new CacheReads(hits - before.hits, misses - before.misses, fallbacks - before.fallbacks);
        }
    }

    static String report(Wrk.Result hit, Wrk.Result paced, int think, Wrk.Result database, Wrk.Result floor, RedisBenchmark.Result redis,
            Wrk.Result search, CacheReads reads, int connections) {
        Table table = new Table("", "req/s", "p50 ms", "p95 ms", "p99 ms");
        row(table, "GET /api/users/{id}, cache hit", hit);
        row(table, "  the same, paced (" + think + " ms think time)", paced);
        row(table, "GET /api/users/{id}, PostgreSQL (no-cache)", database);
        row(table, "GET /q/health/live (the HTTP floor, no I/O)", floor);
        table.row("redis-benchmark HGET (the limit)", f("%.0f", redis.requestsPerSecond()), f("%.3f", redis.p50()), f("%.3f", redis.p95()),
                f("%.3f", redis.p99()));
        if (search != null) {
            row(table, "GET /api/questions/search (8 connections)", search);
        }
        StringBuilder out = new StringBuilder();
        out.append(table.indented());
        if (search == null) {
            out.append("    /api/questions/search: skipped (core-api does not answer it here)\n");
        }
        long lookups = reads.hits() + reads.misses();
        out.append('\n')
                .append(f("    cache hit vs PostgreSQL: %s the throughput, p99 %s lower%n", Ratio.times(hit.requestsPerSecond(), database.requestsPerSecond()),
                        Ratio.times(database.p99(), hit.p99())))
                .append(f("    cache hit vs the HTTP floor: %s of its throughput, p99 %.3f vs %.3f ms%n",
                        Ratio.percent(hit.requestsPerSecond(), floor.requestsPerSecond()), hit.p99(), floor.p99()))
                .append(f("    cache hit vs raw Redis HGET: %s of its throughput, p99 %.3f vs %.3f ms%n",
                        Ratio.percent(hit.requestsPerSecond(), redis.requestsPerSecond()), hit.p99(), redis.p99()))
                .append(f("    hit ratio during phase 1: %s (%d hits, %d misses; Redis unavailable for %d commands)%n",
                        lookups == 0 ? "-" : f("%.1f%%", 100.0 * reads.hits() / lookups), reads.hits(), reads.misses(), reads.fallbacks()))
                .append(f("    aim: cache-hit p99 <= 5 ms at %d connections: at saturation %s (p99 %.3f ms, the HTTP floor %.3f ms);%n",
                        connections, Ratio.verdict(hit.p99() <= 5), hit.p99(), floor.p99()))
                .append(f("         paced, at %s of the saturated rate: %s (p99 %.3f ms)%n", Ratio.percent(paced.requestsPerSecond(),
                        hit.requestsPerSecond()), Ratio.verdict(paced.p99() <= 5), paced.p99()));
        return out.toString();
    }

    static String intakeReport(Wrk.Result placed, Wrk.Result batched, Wrk.Result floor, ProducerPerformance.Result producer,
            Map<String, StackCpu.Usage> spent) {
        Table table = new Table("", "req/s", "p50 ms", "p95 ms", "p99 ms");
        row(table, "POST /api/orders (order intake)", placed);
        row(table, "GET /q/health/live (the HTTP floor)", floor);
        row(table, "POST /api/orders/batch (1,000 orders a request)", batched);
        if (producer != null) {
            table.row("Kafka ProducerPerformance, acks=all (records/s)", f("%.0f", producer.recordsPerSecond()), f("%.0f", producer.p50()),
                    f("%.0f", producer.p95()), f("%.0f", producer.p99()));
        }
        StringBuilder out = new StringBuilder("\n");
        out.append(table.indented());
        double ofFloor = placed.requestsPerSecond() / floor.requestsPerSecond();
        out.append(f("%n    order intake vs the HTTP floor: %.2f of its throughput, p99 %s the floor's%n", ofFloor,
                Ratio.times(placed.p99(), floor.p99())))
                .append(f("    aim: intake >= 0.5 of the floor with p99 <= 2x the floor's: %s%n",
                        Ratio.verdict(ofFloor >= 0.5 && placed.p99() <= 2 * floor.p99())));
        double batchOrders = batched.requestsPerSecond() * BATCH;
        out.append(f("    batch intake: %.0f orders/s, %s the single-order intake%n", batchOrders, Ratio.times(batchOrders, placed.requestsPerSecond())));
        if (producer == null) {
            out.append("    Kafka ProducerPerformance: skipped (HYBRIDSTORE_CLI_KAFKA_LIB names no Kafka tools jar, or it failed: see its warning)\n");
        } else {
            out.append(f("    order intake vs Kafka's ProducerPerformance: %.2f of its records/s%n", placed.requestsPerSecond() / producer.recordsPerSecond()))
                    .append(f("    aim: batch intake >= 0.3 of ProducerPerformance: %.2f, %s%n", batchOrders / producer.recordsPerSecond(),
                            Ratio.verdict(batchOrders >= 0.3 * producer.recordsPerSecond())));
        }
        out.append("\n    where the CPU goes (/proc/PID/stat of each process of the stack, before and after each phase):\n");
        out.append(spent.isEmpty() ? "    skipped (HYBRIDSTORE_CLI_PID_DIR names no pid files of a stack on this machine; ./suite sets it)\n"
                : StackCpu.report(spent));
        StackCpu.Usage floorCpu = spent.get("HTTP floor");
        StackCpu.Usage intakeCpu = spent.get("order intake");
        if (floorCpu != null && intakeCpu != null) {
            out.append(f("    order intake: the stack spends %.3f ms of CPU per order against %.3f ms per floor request (%s), so %d cores allow at "
                    + "most %.0f orders/s, %.2f of the floor measured; intake ran at %.2f of that ceiling%n", intakeCpu.stackMs(), floorCpu.stackMs(),
                    Ratio.times(intakeCpu.stackMs(), floorCpu.stackMs()), intakeCpu.cores(), intakeCpu.ceiling(),
                    intakeCpu.ceiling() / floor.requestsPerSecond(), placed.requestsPerSecond() / intakeCpu.ceiling()));
        }
        return out.toString();
    }

    private static void row(Table table, String label, Wrk.Result r) {
        table.row(label, f("%.0f", r.requestsPerSecond()), f("%.3f", r.p50()), f("%.3f", r.p95()), f("%.3f", r.p99()));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
