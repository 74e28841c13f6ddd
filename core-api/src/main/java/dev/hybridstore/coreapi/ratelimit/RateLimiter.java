package dev.hybridstore.coreapi.ratelimit;

import dev.hybridstore.coreapi.cache.RedisGuard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts a client's requests of one limit in the current fixed window, in Redis, so every core-api instance adds to the
 * same counter. One round trip: a script increments and, on the window's first request, sets the key to expire. Redis
 * down → the request is served uncounted (fail-open: the limits protect capacity, Redis is not a reason to refuse),
 * with one WARN per outage.
 */
@Singleton
public class RateLimiter {

    private static final String INCREMENT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""";
    private static final long UNCOUNTED = -1;

    private final ReactiveRedisDataSource redis;
    private final RedisGuard guard;
    private final Map<Limit, Counter> refused = new EnumMap<>(Limit.class);
    private final AtomicBoolean unenforced = new AtomicBoolean();

    RateLimiter(ReactiveRedisDataSource redis, RedisGuard guard, MeterRegistry registry) {
        this.redis = redis;
        this.guard = guard;
        for (Limit limit : Limit.values()) {
            refused.put(limit, Counter.builder("hybridstore.coreapi.rate.limited").tag("limit", limit.key())
                    .description("Requests refused with 429 because their client was over the limit").register(registry));
        }
    }

    /** The client's count in {@code window} including this request, or -1 when Redis could not count it. */
    public Uni<Long> count(Limit limit, String client, Window window) {
        String key = ClientId.counterKey(limit, client, window);
        // Twice the window: an instance whose clock runs a little behind still finds the key it counts into.
        String ttl = Long.toString(2 * limit.window().toMillis());
        return guard.call(() -> redis.execute("EVAL", INCREMENT, "1", key, ttl).map(r -> r.toLong()), UNCOUNTED)
                .invoke(this::report);
    }

    /** False from the first request Redis could not count until the first it counts again. */
    boolean enforced() {
        return !unenforced.get();
    }

    void refused(Limit limit) {
        refused.get(limit).increment();
    }

    private void report(long count) {
        if (count == UNCOUNTED) {
            if (unenforced.compareAndSet(false, true)) {
                Log.warn("Redis unavailable: rate limits are not enforced, requests are served until it is back");
            }
        } else if (unenforced.compareAndSet(true, false)) {
            Log.info("Redis available again: rate limits enforced");
        }
    }
}
