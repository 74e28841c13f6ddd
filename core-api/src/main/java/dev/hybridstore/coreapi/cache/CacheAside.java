package dev.hybridstore.coreapi.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Seed 002's cache-aside on seed 003's hashes ({@code cache:users}, {@code cache:products}: id → record JSON written
 * with {@link Json#MAPPER}). Reads return the JSON text itself, so a hit is answered without parsing or serialising.
 */
@Startup
@Singleton
public class CacheAside {

    /** How a read treats the cache. */
    public enum Mode {
        /** Redis first; a miss reads the database and writes the entry back (lazy loading). */
        CACHE_FIRST,
        /** The database only, the cache neither read nor written ({@code Cache-Control: no-cache}). */
        BYPASS;

        public static Mode of(String cacheControl) {
            return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache") ? BYPASS : CACHE_FIRST;
        }
    }

    private final ReactiveHashCommands<String, String, String> hashes;
    private final RedisGuard redis;
    private final MeterRegistry registry;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();
    /**
     * Entries whose write-through failed, on any instance: Redis may still hold the old value. They are read from the
     * database, and dropped from Redis once it answers again, so no instance serves the old value after the outage.
     */
    private final StaleMarks stale;
    private final AtomicBoolean dropping = new AtomicBoolean();

    CacheAside(ReactiveRedisDataSource redis, RedisGuard guard, StaleMarks stale, MeterRegistry registry) {
        this.hashes = redis.hash(String.class, String.class, String.class);
        this.redis = guard;
        this.stale = stale;
        this.registry = registry;
        // Every cached table's counters from the start, at 0: a dashboard and an alert find them before the first read.
        CachedTables.ALL.forEach(table -> counters(table.hash()));
    }

    /** The entry's JSON from the cache or, failing that, from {@code database} (null when the record does not exist). */
    public <T> Uni<String> read(String hash, String id, Mode mode, Supplier<Uni<Optional<T>>> database) {
        Counters count = counters(hash);
        if (mode == Mode.BYPASS) {
            count.bypass.increment();
            return fromDatabase(database);
        }
        if (dropStale() && isStale(hash, id)) {
            count.miss.increment();
            return fromDatabase(database);
        }
        return redis.call(() -> hashes.hget(hash, id), null).chain(cached -> {
            if (cached != null) {
                count.hit.increment();
                return Uni.createFrom().item(cached);
            }
            count.miss.increment();
            // A failed write-back leaves Redis as it was, which no update made stale: nothing to remember.
            return database.get().chain(found -> {
                if (found.isEmpty()) {
                    return Uni.createFrom().nullItem();
                }
                String json = toJson(found.get());
                return store(hash, id, json).replaceWith(json);
            });
        });
    }

    /**
     * Which of {@code ids} the hash holds, in one HMGET; a stale entry counts as absent, and so does everything while
     * Redis is down. Nothing is written back: the caller only asks whether the rows exist.
     */
    public Uni<Set<String>> present(String hash, Set<String> ids) {
        Counters count = counters(hash);
        boolean dropStale = dropStale();
        return redis.call(() -> hashes.hmget(hash, ids.toArray(String[]::new)), Map.<String, String>of()).map(found -> {
            Set<String> present = new HashSet<>();
            found.forEach((id, json) -> {
                if (json != null && !(dropStale && isStale(hash, id))) {
                    present.add(id);
                }
            });
            count.hit.increment(present.size());
            count.miss.increment(ids.size() - present.size());
            return present;
        });
    }

    private static <T> Uni<String> fromDatabase(Supplier<Uni<Optional<T>>> database) {
        return database.get().map(found -> found.map(CacheAside::toJson).orElse(null));
    }

    /**
     * Write-through: stores the entry and yields its JSON. The cache being down does not fail the write; the entry is
     * remembered as stale instead.
     */
    public Uni<String> write(String hash, String id, String json) {
        return settled(hash, id, store(hash, id, json)).replaceWith(json);
    }

    /**
     * Drops the entry of a deleted record (HDEL), and its stale mark. The cache being down does not fail the delete; the
     * entry is remembered as stale instead, so it is read from the database (absent) until Redis answers and drops it.
     */
    public Uni<Void> drop(String hash, String id) {
        return settled(hash, id, redis.call(() -> hashes.hdel(hash, id).replaceWith(true), false)).replaceWithVoid();
    }

    /**
     * Forgets the entry's stale mark once Redis took the change; marks the entry stale when Redis did not, for every
     * instance before the write is answered.
     */
    private Uni<Boolean> settled(String hash, String id, Uni<Boolean> change) {
        return change.call(done -> done ? stale.unmark(hash, List.of(id)) : stale.mark(hash, id));
    }

    /** HSET; false when Redis is down or the command failed. */
    private Uni<Boolean> store(String hash, String id, String json) {
        return redis.call(() -> hashes.hset(hash, id, json).replaceWith(true), false);
    }

    private boolean isStale(String hash, String id) {
        return stale.contains(hash, id);
    }

    /**
     * When entries are stale, starts one HDEL per hash for them (unless one runs) and answers true; they stay stale
     * until it succeeds. While Redis is down the guard lets one of these through per retry interval as its probe.
     */
    private boolean dropStale() {
        if (stale.isEmpty()) {
            return false;
        }
        if (!dropping.compareAndSet(false, true)) {
            return true;
        }
        Multi.createFrom().iterable(stale.snapshot().entrySet())
                .onItem().transformToUniAndConcatenate(entry -> {
                    List<String> ids = entry.getValue();
                    return redis.require(() -> hashes.hdel(entry.getKey(), ids.toArray(String[]::new)), "drop stale entries")
                            .call(() -> stale.unmark(entry.getKey(), ids))
                            .invoke(() -> Log.infof("Dropped %d entries of %s whose write-through failed while Redis was unavailable",
                                    ids.size(), entry.getKey()));
                })
                .collect().last()
                .eventually(() -> dropping.set(false))
                .subscribe().with(done -> { }, failure -> Log.debugf("Stale entries stay until Redis answers: %s", failure.getMessage()));
        return true;
    }

    /**
     * Seed 003's get_random_user: one entry of the hash (HRANDFIELD … WITHVALUES). With Redis down, one record from
     * {@code fallback} instead, and in {@link Mode#BYPASS} always; an empty hash is a 404 problem, since only the
     * cache-worker fills it.
     */
    public <T> Uni<String> random(String hash, Mode mode, Supplier<Uni<Optional<T>>> fallback) {
        if (mode == Mode.BYPASS) {
            counters(hash).bypass.increment();
            return fallback.get().map(found -> toJson(found.orElseThrow(() -> emptyTable(hash))));
        }
        dropStale(); // a random pick may still meet a stale entry until this has run
        return redis.call(() -> hashes.hrandfieldWithValues(hash, 1), null).chain(entries -> {
            if (entries == null) {
                return fallback.get().map(found -> toJson(found.orElseThrow(() -> emptyTable(hash))));
            }
            return Uni.createFrom().item(entries.values().stream().findFirst().orElseThrow(() -> emptyCache(hash)));
        });
    }

    public static String toJson(Object record) {
        try {
            return Json.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + record.getClass().getSimpleName(), e);
        }
    }

    private static ProblemException emptyCache(String hash) {
        return new ProblemException(404, "Not Found", "The cache '" + hash + "' is empty: the cache-worker fills it from "
                + "PostgreSQL every 50 s; check that it is running", List.of());
    }

    private static ProblemException emptyTable(String hash) {
        return new ProblemException(404, "Not Found", "Nothing to pick: PostgreSQL holds no rows behind '" + hash + "'", List.of());
    }

    private Counters counters(String hash) {
        return counters.computeIfAbsent(hash, h -> new Counters(counter(h, "hit"), counter(h, "miss"), counter(h, "bypass")));
    }

    private Counter counter(String hash, String result) {
        return Counter.builder("hybridstore.coreapi.cache.reads").description("Cache-aside reads by outcome")
                .tag("cache", hash).tag("result", result).register(registry);
    }

    private record Counters(Counter hit, Counter miss, Counter bypass) {
    }
}
