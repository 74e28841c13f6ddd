package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheWindowTest extends CacheCycleTest {

    @Inject
    CacheWindow window;
    @Inject
    CacheConfig config;

    @Test
    void theWindowKeepsThePickThenTheNewestEarlierEntriesAndDropsEntriesOthersAdded() {
        String a = rows.id(), b = rows.id(), c = rows.id(), d = rows.id(), e = rows.id(), stranger = rows.id();
        long t = System.currentTimeMillis() + 60_000; // newer than anything a cycle wrote, so only these compete
        HashCommands<String, String, String> hash = redis.hash(String.class);

        window.store(CachedTable.USERS, entries(a, b), t, 3).await().indefinitely();
        assertThat(hash.hkeys(CachedTable.USERS.hash())).contains(a, b).hasSizeLessThanOrEqualTo(3);

        window.store(CachedTable.USERS, entries(c), t + 1, 3).await().indefinitely();
        assertThat(hash.hkeys(CachedTable.USERS.hash())).containsExactlyInAnyOrder(a, b, c);

        hash.hset(CachedTable.USERS.hash(), stranger, "{}"); // as core-api does on a cache-aside miss
        CacheWindow.WindowResult result = window.store(CachedTable.USERS, entries(d, e), t + 2, 3).await().indefinitely();

        assertThat(hash.hkeys(CachedTable.USERS.hash())).containsExactlyInAnyOrder(c, d, e);
        assertThat(redis.sortedSet(String.class).zrange(CachedTable.USERS.cachedAtKey(), 0, -1)).containsExactlyInAnyOrder(c, d, e);
        assertThat(result).isEqualTo(new CacheWindow.WindowResult(3, 3)); // the stranger, a and b
        rows.forgetEntries(CachedTable.USERS, a, b, c, d, e, stranger);
    }

    @Test
    void aCycleBoundsTheHashToTheWindowEvenAfterCacheAsideWrites() {
        rows.users(config.windowSize() + 500);
        cache.runCycle().await().atMost(Duration.ofSeconds(30));
        String stranger = rows.id();
        redis.hash(String.class).hset(CachedTable.USERS.hash(), stranger, "{}");

        CycleReport report = cache.runCycle().await().atMost(Duration.ofSeconds(30));

        TableReport users = report.tables().get(0);
        assertThat(rows.hashSize(CachedTable.USERS)).isEqualTo(config.windowSize()).isEqualTo(users.hashSize());
        assertThat(rows.hashKeys(CachedTable.USERS)).doesNotContain(stranger);
        assertThat(users.evicted()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void readersNeverSeeTheHashMissingEmptyOrLargerThanTheWindow() throws Exception {
        rows.users(2 * config.windowSize() + 500);
        rows.products(2 * config.windowSize() + 500);
        cache.runCycle().await().atMost(Duration.ofSeconds(30));

        // Cycles go on until the readers have had their share, however fast this machine runs either side.
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger cycleCount = new AtomicInteger();
        CompletableFuture<List<CycleReport>> cycles = Multi.createBy().repeating().uni(cache::runCycle)
                .whilst(r -> cycleCount.incrementAndGet() < 12 || reads.get() < 200)
                .collect().asList().subscribeAsCompletionStage();
        HashCommands<String, String, String> hash = redis.hash(String.class);
        long smallest = Long.MAX_VALUE, largest = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!cycles.isDone() && System.nanoTime() < deadline) {
            for (CachedTable table : CachedTable.values()) {
                long size = hash.hlen(table.hash());
                smallest = Math.min(smallest, size);
                largest = Math.max(largest, size);
                assertThat(hash.hrandfield(table.hash())).as("a random entry of %s", table.hash()).isNotNull();
                reads.incrementAndGet();
            }
        }

        List<CycleReport> reports = cycles.get(30, TimeUnit.SECONDS);
        assertThat(reports.stream().mapToInt(r -> r.tables().get(0).evicted()).sum()).as("entries evicted meanwhile").isPositive();
        assertThat(smallest).isPositive();
        assertThat(largest).isLessThanOrEqualTo(config.windowSize());
    }
}
