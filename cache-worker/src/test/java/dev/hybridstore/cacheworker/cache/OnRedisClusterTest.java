package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.testsupport.RedisClusterProfile;
import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The aging window on a Redis Cluster: its script uses the hash and its companion sorted set, which share a slot. */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
@RedisClusterProfile.Required
class OnRedisClusterTest extends CacheCycleTest {

    @Inject
    CacheWindow window;
    @Inject
    CacheConfig config;

    @Test
    void theWindowsKeysShareTheHashsSlot() {
        for (CachedTable table : CachedTable.values()) {
            assertThat(redis.execute("CLUSTER", "KEYSLOT", table.cachedAtKey()).toInteger())
                    .isEqualTo(redis.execute("CLUSTER", "KEYSLOT", table.hash()).toInteger());
        }
    }

    @Test
    void theScriptKeepsTheNewestEntriesAndDropsEntriesOthersAdded() {
        String a = rows.id(), b = rows.id(), c = rows.id(), d = rows.id(), stranger = rows.id();
        long t = System.currentTimeMillis() + 60_000; // newer than anything a cycle wrote, so only these compete
        HashCommands<String, String, String> hash = redis.hash(String.class);

        window.store(CachedTable.USERS, entries(a, b), t, 2).await().indefinitely();
        hash.hset(CachedTable.USERS.hash(), stranger, "{}"); // as core-api does on a cache-aside miss
        CacheWindow.WindowResult result = window.store(CachedTable.USERS, entries(c, d), t + 1, 2).await().indefinitely();

        assertThat(hash.hkeys(CachedTable.USERS.hash())).containsExactlyInAnyOrder(c, d);
        assertThat(redis.sortedSet(String.class).zrange(CachedTable.USERS.cachedAtKey(), 0, -1)).containsExactlyInAnyOrder(c, d);
        assertThat(result).isEqualTo(new CacheWindow.WindowResult(3, 2)); // a, b and the stranger
        rows.forgetEntries(CachedTable.USERS, a, b, c, d, stranger);
    }

    @Test
    void aCycleFillsBothTablesWindowsAndStampsWhatItCached() {
        rows.users(config.windowSize() + 100);
        rows.products(50);
        java.sql.Timestamp since = rows.databaseNow();

        CycleReport report = cache.runCycle().await().atMost(Duration.ofSeconds(30));

        for (TableReport table : report.tables()) {
            CachedTable cached = table.table();
            assertThat(table.hashSize()).isEqualTo(rows.hashSize(cached)).isPositive().isLessThanOrEqualTo(config.windowSize());
            assertThat(redis.sortedSet(String.class).zcard(cached.cachedAtKey())).isEqualTo(table.hashSize());
        }
        for (CachedTable table : CachedTable.values()) {
            assertThat(rows.hashKeys(table)).as("the rows this cycle stamped").containsAll(rows.stampedSince(table, since))
                    .hasSizeGreaterThanOrEqualTo(rows.stampedSince(table, since).size()).isNotEmpty();
        }
    }
}
