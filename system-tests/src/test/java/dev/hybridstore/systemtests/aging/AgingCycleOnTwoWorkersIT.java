package dev.hybridstore.systemtests.aging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.systemtests.topology.ClusterRedis;
import dev.hybridstore.systemtests.topology.InstanceMetrics;
import dev.hybridstore.systemtests.topology.OwnCommerceRows;
import dev.hybridstore.systemtests.topology.Topology;
import dev.hybridstore.testsupport.CommerceFixtures;
import io.restassured.path.json.JsonPath;
import io.vertx.redis.client.Command;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both cache-workers run a cycle at the same moment, after new rows arrived: the row locks give each worker rows the
 * other does not take, so the rows they report as fresh add up to exactly the drop of the never-cached backlog, and each
 * window stays at its configured size.
 */
class AgingCycleOnTwoWorkersIT {

    static final Topology TOPOLOGY = Topology.fromEnvironment();
    @RegisterExtension
    static final OwnCommerceRows ROWS = OwnCommerceRows.tagged("SYA");
    static final Map<String, String> TABLES = Map.of("users", "cache:users", "products", "cache:products");
    /** One per successful cycle on a worker (the rows-cached summary records each table once a cycle). */
    static final String CYCLES = "hybridstore_cacheworker_rows_cached_count";

    @Test
    void twoWorkersCyclingTogetherCacheEachNewRowOnceAndKeepTheWindows() throws Exception {
        try (CommerceFixtures db = ROWS.database()) {
            // More new users than one cycle takes (500), so both workers find new rows to cache.
            db.update("""
                    INSERT INTO users (user_id, name, gender, age, age_group, region)
                    SELECT ? || '_' || g, 'Aging ' || g, 'M', 30, '30대', 'Daegu' FROM generate_series(1, 1200) g""", ROWS.prefix());
            long store = db.store(ROWS.prefix() + " store", "Daegu");
            db.update("""
                    INSERT INTO products (product_id, name, category, price, store_id)
                    SELECT ? || '_' || g, 'Aging ' || g, 'tea', 3000, ? FROM generate_series(1, 40) g""", ROWS.prefix(), store);

            // A scheduled cycle (every 50 s on each worker) landing in between would also drain the backlog: then again.
            Pair pair = null;
            for (int attempt = 0; attempt < 5 && (pair == null || !pair.alone()); attempt++) {
                pair = cycleBothWorkers(db);
            }
            assertThat(pair.alone()).as("a pair of cycles with no scheduled cycle between, in 5 attempts").isTrue();

            for (String table : TABLES.keySet()) {
                List<Integer> fresh = pair.reports().stream().map(r -> r.getInt("tables.find { it.table == '%s' }.fresh".formatted(table)))
                        .toList();
                assertThat(fresh.stream().mapToInt(Integer::intValue).sum()).as("%s reported fresh by the two workers %s", table, fresh)
                        .isEqualTo(pair.backlogBefore().get(table) - pair.backlogAfter().get(table));
                for (JsonPath report : pair.reports()) {
                    assertThat(report.getLong("tables.find { it.table == '%s' }.hash_size".formatted(table)))
                            .isLessThanOrEqualTo(TOPOLOGY.cacheWindowSize());
                }
            }
            List<Integer> freshUsers = pair.reports().stream().map(r -> r.getInt("tables.find { it.table == 'users' }.fresh")).toList();
            assertThat(freshUsers).as("both workers cached new users").allMatch(n -> n > 0);

            try (ClusterRedis redis = new ClusterRedis(TOPOLOGY.redisNodes())) {
                for (String hash : TABLES.values()) {
                    assertThat(redis.count(Command.HLEN, hash)).as("%s holds one full window", hash).isEqualTo(TOPOLOGY.cacheWindowSize());
                    assertThat(redis.count(Command.ZCARD, "{" + hash + "}:cached-at")).as("%s's ages", hash)
                            .isEqualTo(TOPOLOGY.cacheWindowSize());
                }
            }
        }
    }

    /** Both workers' reports, the never-cached rows per table before and after, and whether no other cycle ran. */
    record Pair(List<JsonPath> reports, Map<String, Long> backlogBefore, Map<String, Long> backlogAfter, boolean alone) {
    }

    private static Pair cycleBothWorkers(CommerceFixtures db) throws Exception {
        List<Double> cyclesBefore = InstanceMetrics.each(TOPOLOGY.cacheWorkers(), CYCLES, Map.of("table", "users"));
        Map<String, Long> backlogBefore = backlogs(db);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(TOPOLOGY.cacheWorkers().size());
        List<CompletableFuture<JsonPath>> cycles = TOPOLOGY.cacheWorkers().stream().map(worker -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return given().baseUri(worker).when().post("/cache/refresh").then().statusCode(200).extract().jsonPath();
        }, callers)).toList();
        start.countDown();
        List<JsonPath> reports = cycles.stream().map(CompletableFuture::join).toList();
        callers.shutdown();
        Map<String, Long> backlogAfter = backlogs(db);
        List<Double> expected = cyclesBefore.stream().map(n -> n + 1).toList();
        boolean alone;
        try {
            // A cycle records its success just after its commit: watch a while for one that committed before the count.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> InstanceMetrics.each(TOPOLOGY.cacheWorkers(), CYCLES, Map.of("table", "users")).equals(expected));
            alone = true;
        } catch (ConditionTimeoutException e) {
            alone = false;
        }
        return new Pair(reports, backlogBefore, backlogAfter, alone);
    }

    private static Map<String, Long> backlogs(CommerceFixtures db) {
        return Map.of("users", db.longValue("SELECT count(*) FROM users WHERE last_cached_at IS NULL"),
                "products", db.longValue("SELECT count(*) FROM products WHERE last_cached_at IS NULL"));
    }
}
