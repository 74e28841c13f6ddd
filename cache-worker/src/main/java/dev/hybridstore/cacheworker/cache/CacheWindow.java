package dev.hybridstore.cacheworker.cache;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a cycle's pick into its hash and trims the hash to the window, in one atomic step: a reader sees the hash as it
 * was before or as it is after, never empty or half-built.
 *
 * <p>Which entries leave: the window is the {@code window-size} entries the cache-worker cached most recently, ordered
 * by the companion sorted set ({@link CachedTable#cachedAtKey()}: id → epoch millis of the cycle). So this cycle's pick
 * stays (the service keeps a pick within the window), and the room left goes to the newest entries of earlier cycles.
 * Entries without a score, those core-api added on cache-aside misses since the last cycle, always leave, so the hash
 * never holds more than the window once the step has run.
 *
 * <p>Why a script rather than MULTI/EXEC: the entries to evict depend on the hash's keys at that very moment. Read
 * beforehand, a key core-api writes between the read and EXEC would slip past the bound (or, with WATCH, abort the
 * transaction again and again while misses keep arriving). The script reads and writes in one atomic step, exactly
 * like MULTI/EXEC for readers, with no retries.
 */
@ApplicationScoped
public class CacheWindow {

    // KEYS[1] hash, KEYS[2] cached-at sorted set; ARGV[1] window size, ARGV[2] score, then id, json pairs.
    static final String SCRIPT = """
            local hash, ages = KEYS[1], KEYS[2]
            local window, score = tonumber(ARGV[1]), ARGV[2]
            -- unpack() is bounded by Lua's stack: long argument lists go in slices
            local function apply(command, key, args)
              for i = 1, #args, 1000 do
                redis.call(command, key, unpack(args, i, math.min(i + 999, #args)))
              end
            end
            local fields, scored = {}, {}
            for i = 3, #ARGV, 2 do
              fields[#fields + 1] = ARGV[i]; fields[#fields + 1] = ARGV[i + 1]
              scored[#scored + 1] = score; scored[#scored + 1] = ARGV[i]
            end
            apply('HSET', hash, fields)
            apply('ZADD', ages, scored)
            local state = {}
            for _, id in ipairs(redis.call('HKEYS', hash)) do state[id] = 'cached' end
            -- newest first: the first window-size entries present in the hash stay
            local kept, stale, evicted = 0, {}, {}
            for _, id in ipairs(redis.call('ZREVRANGE', ages, 0, -1)) do
              if state[id] == 'cached' and kept < window then
                kept = kept + 1
                state[id] = 'kept'
              else
                stale[#stale + 1] = id
              end
            end
            for id, s in pairs(state) do
              if s ~= 'kept' then evicted[#evicted + 1] = id end
            end
            apply('HDEL', hash, evicted)
            apply('ZREM', ages, stale)
            return {#evicted, redis.call('HLEN', hash)}
            """;

    @Inject
    ReactiveRedisDataSource redis;

    /** Stores {@code entries} with {@code cachedAtMillis} as their age and trims the hash to {@code windowSize}. */
    public Uni<WindowResult> store(CachedTable table, List<CacheEntry> entries, long cachedAtMillis, int windowSize) {
        List<String> args = new ArrayList<>(6 + 2 * entries.size());
        args.addAll(List.of(SCRIPT, "2", table.hash(), table.cachedAtKey(), Integer.toString(windowSize),
                Long.toString(cachedAtMillis)));
        for (CacheEntry e : entries) {
            args.add(e.id());
            args.add(e.json());
        }
        return redis.execute("EVAL", args.toArray(String[]::new))
                .map(r -> new WindowResult(r.get(0).toInteger(), r.get(1).toLong()));
    }

    /**
     * The first of the table's two keys, hash then sorted set, that Redis does not hold. Only this worker writes the
     * sorted set, so it tells a lost window even when core-api's cache-aside misses have already recreated the hash.
     * Two single-key commands, since the keys may sit on different cluster slots.
     */
    public Uni<Optional<String>> missingKey(CachedTable table) {
        ReactiveKeyCommands<String> keys = redis.key();
        return keys.exists(table.hash()).chain(hash -> hash
                ? keys.exists(table.cachedAtKey()).map(ages -> ages ? Optional.<String>empty() : Optional.of(table.cachedAtKey()))
                : Uni.createFrom().item(Optional.of(table.hash())));
    }

    /** Entries removed from the hash, and its size afterwards. */
    public record WindowResult(int evicted, long hashSize) {
    }
}
