package dev.hybridstore.coreapi.report;

import dev.hybridstore.coreapi.cache.RedisGuard;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.redis.KeysByPattern;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Seed 002's report keys: plain strings with a TTL, dropped per store (or per store and day) by pattern. */
@Singleton
public class ReportCache {

    /** Keys per SCAN step and per DEL. */
    private static final int BATCH = 500;

    private final ReactiveValueCommands<String, String> values;
    private final ReactiveKeyCommands<String> keys;
    private final KeysByPattern matching;
    private final RedisGuard redis;

    ReportCache(ReactiveRedisDataSource redis, KeysByPattern matching, RedisGuard guard) {
        this.values = redis.value(String.class, String.class);
        this.keys = redis.key(String.class);
        this.matching = matching;
        this.redis = guard;
    }

    /** The cached report JSON, or null (not cached, or Redis unavailable). */
    public Uni<String> get(String key) {
        return redis.call(() -> values.get(key), null);
    }

    public Uni<Void> put(String key, String json, Duration ttl) {
        return redis.call(() -> values.setex(key, ttl.toSeconds(), json), null);
    }

    /**
     * Seed 002's reset: SCAN for {@code report:{store_id}:*} (on every master of a cluster; never KEYS, which blocks
     * Redis) and DEL in batches.
     */
    public Uni<Integer> dropStore(long storeId) {
        return redis.require(() -> delete(RedisKeys.reportPattern(storeId)), "drop the store's cached reports");
    }

    /**
     * Drops one store's reports of one day, after one of its orders changed. Never fails: with Redis unavailable the
     * change stands and those reports expire with their TTL.
     */
    public Uni<Integer> dropDay(long storeId, LocalDate day) {
        return redis.callBulk(() -> delete(RedisKeys.reportPattern(storeId, day)), 0);
    }

    /**
     * DEL rather than UNLINK: a report is a short string, freed at once either way, and the cluster client splits a DEL
     * of keys in several slots into one per slot (an UNLINK of them fails with CROSSSLOT).
     */
    private Uni<Integer> delete(String pattern) {
        return matching.scan(pattern, BATCH)
                .group().intoLists().of(BATCH)
                .onItem().transformToUniAndConcatenate(batch -> keys.del(batch.toArray(String[]::new)))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }
}
