package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.chaos.FaultDriver.Action;
import dev.hybridstore.cli.chaos.OrderLoad.Outcome;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.http.Api.Answer;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Runs one fault under its load and counts: start the load, break the component, bring it back, wait until every
 * service is ready and a new order is stored, stop the load, let the pipeline drain, then compare what clients were
 * told with what PostgreSQL holds.
 */
@ApplicationScoped
public class Campaign {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    private static final Duration DRAIN = Duration.ofMinutes(2);
    private static final int BACKFILL_ROWS = 600;
    private static final Duration FAILOVER = Duration.ofMinutes(1);
    /** The cache's hash of users: its master is the Redis node whose loss the readers feel. */
    private static final String WATCHED_KEY = "cache:users";
    /** List pages, which core-api reads on the standby. */
    private static final List<String> LIST_PAGES = List.of("/api/users?limit=20", "/api/products?limit=20", "/api/users?limit=5&gender=F");
    /** ai-worker's claim lease (5 min) plus a sweep: rows a killed worker had claimed wait for their lease to end. */
    private static final Duration BACKFILL_DRAIN = Duration.ofMinutes(7);

    private final Api api;
    private final CliConfig config;
    private final FaultDriver faults;
    private final ChaosDatabase db;
    private final RedisDataSource redis;

    Campaign(Api api, CliConfig config, FaultDriver faults, ChaosDatabase db, RedisDataSource redis) {
        this.api = api;
        this.config = config;
        this.faults = faults;
        this.db = db;
        this.redis = redis;
    }

    public record Settings(Duration load, int ordersPerSecond, int readsPerSecond, String run) {
    }

    RowResult run(Fault fault, Settings settings) throws Exception {
        String run = settings.run() + "-" + fault.ordinal();
        return fault.load == Fault.Load.BACKFILL ? backfill(fault, run) : underLoad(fault, settings, run);
    }

    private RowResult underLoad(Fault fault, Settings settings, String run) throws Exception {
        String user = createUser(run);
        String product = api.get("/api/products/random").text("product_id");
        OrderLoad orders = new OrderLoad(api, run, user, product);
        ReadLoad reads = new ReadLoad(api, fault.load == Fault.Load.ORDERS_AND_LIST_READS ? LIST_PAGES : readPaths());
        WindowWatch window = new WindowWatch(redis);
        long started = System.nanoTime();
        window.start();
        if (fault.load.orders()) {
            orders.start(8, settings.ordersPerSecond());
        }
        if (fault.load.reads()) {
            reads.start(4, settings.readsPerSecond());
        }
        Thread cycles = fault.load == Fault.Load.READS_AND_CYCLES ? cacheCycles() : null;
        pause(WARM_UP);

        Action inject = fault.inject;
        Action restore = fault.restore;
        if (inject.component().equals(Fault.REDIS_MASTER)) {
            String node = "redis-cluster-" + watchedMaster().orElseThrow(() -> new IllegalStateException("no live master serves " + WATCHED_KEY));
            inject = FaultDriver.Action.kill(node);
            restore = FaultDriver.Action.start(node);
        }
        long injected = System.nanoTime();
        faults.run(inject);
        double failover = fault.failsOver() ? failover(fault, inject.component(), injected) : -1;
        pause(fault.down);
        faults.run(restore);
        long restored = System.nanoTime();
        window.watchRefillFrom(restored);
        double recover = recover(run, user, product, restored);
        pause(Duration.ofNanos(Math.max(0, settings.load().toNanos() - (System.nanoTime() - started))));

        if (cycles != null) {
            cycles.interrupt();
            cycles.join();
        }
        reads.stop();
        List<Outcome> placed = fault.load.orders() ? orders.stop() : List.of();
        Counted counted = count(placed, user);
        window.stop();
        boolean orderLoad = fault.load.orders();
        boolean readLoad = fault.load.reads();
        // On the cluster topology a 503 is a failover the clients saw: it counts as failed, as any non-2xx.
        long readsFailed = reads.failed.sum() + (fault == Fault.CORE_API_KILL ? 0 : reads.transportErrors.sum())
                + (fault.topology == Fault.Topology.CLUSTER ? reads.unavailable.sum() : 0);
        return new RowResult(fault, orderLoad ? counted.accepted : -1, orderLoad ? counted.stored : -1, orderLoad ? counted.lost : -1,
                orderLoad ? counted.duplicated : -1, orderLoad ? counted.refusedYetStored : -1, orders.refused.sum(), orders.unknown.sum(),
                orders.otherServerErrors.sum(), orders.transportErrors.sum() + (readLoad ? reads.transportErrors.sum() : 0),
                readLoad ? reads.total() : -1, readLoad ? readsFailed : -1,
                fault == Fault.CACHE_WORKER_KILL ? window.emptySamples.sum() : -1,
                fault == Fault.REDIS_KILL ? window.refillSeconds() : -1, recover, failover,
                Stream.of(orders.unexpected.lines(), reads.unexpected.lines(),
                        fault.topology == Fault.Topology.CLUSTER ? reads.unavailableAnswers.lines() : List.<String>of())
                        .flatMap(List::stream).toList(), null);
    }

    /** The ai-worker fault: rows pending, a backfill running, the worker killed part-way and restarted. */
    private RowResult backfill(Fault fault, String run) throws Exception {
        String company = "CHAOS" + run.replaceAll("[^A-Za-z0-9]", "");
        String model = api.get(URI.create(config.aiWorkerUrl() + "/embeddings/status")).text("model");
        db.addPendingQuestions(company, BACKFILL_ROWS);
        URI backfill = URI.create(config.aiWorkerUrl() + "/embeddings/backfill?source=questions&where=company_id%3D" + company);
        api.trigger(backfill);
        until(RECOVERY, () -> vectors(company, model) >= BACKFILL_ROWS / 4);
        faults.run(fault.inject);
        pause(fault.down);
        faults.run(fault.restore);
        long restored = System.nanoTime();
        boolean ready = until(RECOVERY, this::allReady);
        double recover = ready ? (System.nanoTime() - restored) / 1e9 : -1;
        // Re-asked every poll, as an operator would: rows whose lease ran out are taken by the next backfill.
        until(BACKFILL_DRAIN, () -> {
            try {
                api.trigger(backfill);
            } catch (IOException e) {
                // not back yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return vectors(company, model) >= BACKFILL_ROWS;
        });
        long current = vectors(company, model);
        return new RowResult(fault, BACKFILL_ROWS, current, BACKFILL_ROWS - current, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, recover, -1, List.of(), null);
    }

    /**
     * Seconds from the kill until the cluster routed around it, -1 if not within {@link #FAILOVER}: a live master
     * other than the killed node serves the watched slot, or haproxy has marked the killed instance down.
     */
    private double failover(Fault fault, String killed, long injected) {
        BooleanSupplier done = fault == Fault.REDIS_MASTER_KILL
                ? () -> watchedMaster().filter(port -> !killed.equals("redis-cluster-" + port)).isPresent()
                : () -> haproxyStatus(killed).filter(HaproxyStats::down).isPresent();
        return until(FAILOVER, done) ? (System.nanoTime() - injected) / 1e9 : -1;
    }

    /** The port of the live master serving the cached users' slot, as a node that answers sees it. */
    private Optional<Integer> watchedMaster() {
        try {
            int slot = redis.execute("CLUSTER", "KEYSLOT", WATCHED_KEY).toInteger();
            return ClusterNodes.parse(redis.execute("CLUSTER", "NODES").toString()).masterOf(slot);
        } catch (RuntimeException e) {
            return Optional.empty(); // the client asked the node that is down; the next poll asks another
        }
    }

    private Optional<String> haproxyStatus(String server) {
        String url = config.haproxyStatsUrl().orElseThrow(() -> new IllegalStateException(
                "HYBRIDSTORE_CLI_HAPROXY_STATS_URL is not set; ./suite sets it on the cluster topology"));
        try {
            Answer stats = api.get(URI.create(url));
            return stats.status() == 200 ? HaproxyStats.status(stats.raw(), "core-api", server) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private long vectors(String company, String model) {
        try {
            return db.currentVectors(company, model);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Seconds from the restore until every service is ready and a new order placed then is stored; -1 if never. */
    private double recover(String run, String user, String product, long restored) {
        if (!until(RECOVERY, this::allReady)) {
            return -1;
        }
        String probe = run + "-probe";
        boolean stored = until(RECOVERY, () -> {
            try {
                int status = api.get("/api/orders/" + probe).status();
                if (status == 200) {
                    return true;
                }
                api.post("/api/orders", Map.of("order_id", probe, "user_id", user, "product_id", product, "quantity", 1,
                        "shipping_cost", 0), Optional.empty());
            } catch (IOException e) {
                // not back yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        return stored ? (System.nanoTime() - restored) / 1e9 : -1;
    }

    private boolean allReady() {
        return config.serviceUrls().stream().allMatch(api::ready);
    }

    private Counted count(List<Outcome> placed, String user) throws SQLException {
        if (placed.isEmpty()) {
            return new Counted(0, 0, 0, 0, 0);
        }
        List<Outcome> accepted = placed.stream().filter(Outcome::accepted).toList();
        until(DRAIN, () -> {
            try {
                Map<Integer, Integer> stored = db.storedPerLogicalOrder(user);
                return accepted.stream().allMatch(o -> stored.containsKey(o.n()));
            } catch (SQLException e) {
                return false;
            }
        });
        Map<Integer, Integer> stored = db.storedPerLogicalOrder(user);
        long lost = accepted.stream().filter(o -> !stored.containsKey(o.n())).count();
        long duplicated = stored.entrySet().stream().filter(e -> e.getKey() > 0 && e.getValue() > 1).count();
        long refusedYetStored = placed.stream()
                .filter(o -> !o.accepted() && "refused".equals(o.lastFailure()) && stored.containsKey(o.n())).count();
        long storedAccepted = accepted.stream().filter(o -> stored.containsKey(o.n())).count();
        return new Counted(accepted.size(), storedAccepted, lost, duplicated, refusedYetStored);
    }

    private record Counted(long accepted, long stored, long lost, long duplicated, long refusedYetStored) {
    }

    private String createUser(String run) throws IOException, InterruptedException {
        String id = run.replaceAll("[^A-Za-z0-9_-]", "");
        Answer created = api.post("/api/users", Map.of("user_id", id, "name", "chaos " + run, "gender", "F", "age", 30, "region", "서울"),
                Optional.empty());
        if (created.status() != 201) {
            throw new IllegalStateException("creating the campaign's user failed: HTTP " + created.status() + " " + created.body());
        }
        return id;
    }

    /** Cached users and products to read: ids drawn from the window. */
    private List<String> readPaths() throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paths.add("/api/users/" + api.get("/api/users/random").text("user_id"));
            paths.add("/api/products/" + api.get("/api/products/random").text("product_id"));
        }
        return paths;
    }

    /** Keeps cache-worker cycling back to back, so a kill lands mid-cycle. */
    private Thread cacheCycles() {
        URI refresh = URI.create(config.cacheWorkerUrl() + "/cache/refresh");
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    api.trigger(refresh);
                } catch (IOException e) {
                    LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cache-cycles");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        return condition.getAsBoolean();
    }

    private static void pause(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(end - System.nanoTime());
        }
    }
}
