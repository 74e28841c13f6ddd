package dev.hybridstore.coreapi.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Seed 002's cache-aside on seed 003's hashes ({@code cache:users}, {@code cache:products}: id → record JSON written
 * with {@link Json#MAPPER}). Reads return the JSON text itself, so a hit is answered without parsing or serialising.
 */
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

    CacheAside(ReactiveRedisDataSource redis, RedisGuard guard, MeterRegistry registry) {
        this.hashes = redis.hash(String.class, String.class, String.class);
        this.redis = guard;
        this.registry = registry;
    }

    /** The entry's JSON from the cache or, failing that, from {@code database} (null when the record does not exist). */
    public <T> Uni<String> read(String hash, String id, Mode mode, Supplier<Uni<Optional<T>>> database) {
        Counters count = counters(hash);
        if (mode == Mode.BYPASS) {
            count.bypass.increment();
            return database.get().map(found -> found.map(CacheAside::toJson).orElse(null));
        }
        return redis.call(() -> hashes.hget(hash, id), null).chain(cached -> {
            if (cached != null) {
                count.hit.increment();
                return Uni.createFrom().item(cached);
            }
            count.miss.increment();
            return database.get().chain(found -> found.isEmpty()
                    ? Uni.createFrom().nullItem()
                    : write(hash, id, toJson(found.get())));
        });
    }

    /** Write-through: stores the entry and yields its JSON (the cache being down does not fail the write). */
    public Uni<String> write(String hash, String id, String json) {
        return redis.call(() -> hashes.hset(hash, id, json), false).replaceWith(json);
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
