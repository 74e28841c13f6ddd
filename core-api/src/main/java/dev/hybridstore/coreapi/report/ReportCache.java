package dev.hybridstore.coreapi.report;

import dev.hybridstore.coreapi.cache.RedisGuard;
import dev.hybridstore.model.redis.RedisKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Collectors;

/** Seed 002's report keys: plain strings with a TTL, dropped per store by pattern. */
@Singleton
public class ReportCache {

    /** Keys per SCAN step and per UNLINK. */
    private static final int BATCH = 500;

    private final ReactiveValueCommands<String, String> values;
    private final ReactiveKeyCommands<String> keys;
    private final RedisGuard redis;

    ReportCache(ReactiveRedisDataSource redis, RedisGuard guard) {
        this.values = redis.value(String.class, String.class);
        this.keys = redis.key(String.class);
        this.redis = guard;
    }

    /** The cached report JSON, or null (not cached, or Redis unavailable). */
    public Uni<String> get(String key) {
        return redis.call(() -> values.get(key), null);
    }

    public Uni<Void> put(String key, String json, Duration ttl) {
        return redis.call(() -> values.setex(key, ttl.toSeconds(), json), null);
    }

    /** Seed 002's reset: SCAN for {@code report:{store_id}:*} and UNLINK in batches (never KEYS, which blocks Redis). */
    public Uni<Integer> dropStore(long storeId) {
        KeyScanArgs match = new KeyScanArgs().match(RedisKeys.reportPattern(storeId)).count(BATCH);
        return redis.require(() -> keys.scan(match).toMulti()
                .group().intoLists().of(BATCH)
                .onItem().transformToUniAndConcatenate(batch -> keys.unlink(batch.toArray(String[]::new)))
                .collect().with(Collectors.summingInt(Integer::intValue)), "drop the store's cached reports");
    }
}
