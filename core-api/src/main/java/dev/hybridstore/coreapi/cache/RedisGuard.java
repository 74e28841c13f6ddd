package dev.hybridstore.coreapi.cache;

import dev.hybridstore.platform.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs Redis commands so that Redis being down only costs the cache (seed 002: PostgreSQL is the source of truth).
 * Each command is bounded by a short timeout. The first failure marks Redis down and logs one WARN; while down, commands
 * are skipped except one probe per retry interval, so requests neither wait nor each pay a failed connection attempt;
 * the first success logs one INFO. A Redis that keeps flapping (an overloaded host timing out now and then) gets one
 * WARN per quiet period, which then counts the short outages in between, instead of a WARN each time.
 */
@Startup // its counter is on /q/metrics, at 0, before Redis is first used
@Singleton
public class RedisGuard {

    private final CacheConfig config;
    private final Counter fallbacks;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger unreportedOutages = new AtomicInteger();
    private volatile long nextProbeNanos;
    private volatile long lastWarningNanos;
    private volatile boolean warned;
    private volatile boolean outageReported;

    RedisGuard(CacheConfig config, MeterRegistry registry) {
        this.config = config;
        this.fallbacks = Counter.builder("hybridstore.coreapi.redis.fallbacks")
                .description("Redis commands skipped or failed while Redis was unavailable; the caller fell back").register(registry);
    }

    /** The command's result, or {@code fallback} when Redis is down or the command fails. */
    public <T> Uni<T> call(Supplier<Uni<T>> command, T fallback) {
        return call(command, fallback, config.timeout());
    }

    /** As {@link #call}, for commands of many round trips (a SCAN): bounded by the bulk timeout. */
    public <T> Uni<T> callBulk(Supplier<Uni<T>> command, T fallback) {
        return call(command, fallback, config.bulkTimeout());
    }

    private <T> Uni<T> call(Supplier<Uni<T>> command, T fallback, Duration timeout) {
        if (skipping()) {
            fallbacks.increment();
            return Uni.createFrom().item(fallback);
        }
        return guarded(command, timeout).onFailure().recoverWithItem(() -> {
            fallbacks.increment();
            return fallback;
        });
    }

    /**
     * For operations without a database fallback (dropping cached reports): Redis down gives a 503 problem. Bounded by
     * the bulk timeout, as such operations may take many commands.
     */
    public <T> Uni<T> require(Supplier<Uni<T>> command, String operation) {
        if (skipping()) {
            return Uni.createFrom().failure(unavailable(operation));
        }
        return guarded(command, config.bulkTimeout()).onFailure().transform(e -> unavailable(operation));
    }

    public boolean isDown() {
        return down.get();
    }

    private <T> Uni<T> guarded(Supplier<Uni<T>> command, Duration timeout) {
        return Uni.createFrom().deferred(command::get)
                .ifNoItem().after(timeout).fail()
                .onItem().invoke(this::available)
                .onFailure().invoke(this::unavailable);
    }

    private boolean skipping() {
        if (!down.get()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - nextProbeNanos < 0) {
            return true;
        }
        nextProbeNanos = now + config.retryInterval().toNanos(); // this caller is the probe
        return false;
    }

    private void available() {
        if (down.get() && down.compareAndSet(true, false)) {
            if (outageReported) {
                Log.info("Redis is available again, serving from the cache");
            } else {
                Log.debug("Redis is available again after a short outage");
            }
        }
    }

    private void unavailable(Throwable e) {
        long now = System.nanoTime();
        nextProbeNanos = now + config.retryInterval().toNanos();
        if (!down.compareAndSet(false, true)) {
            return;
        }
        outageReported = !warned || now - lastWarningNanos >= config.logQuietPeriod().toNanos();
        if (outageReported) {
            warned = true;
            lastWarningNanos = now;
            int between = unreportedOutages.getAndSet(0);
            Log.warnf("Redis unavailable, serving from PostgreSQL (%s)%s", describe(e),
                    between == 0 ? "" : "; " + between + " short outage(s) since the previous warning");
        } else {
            unreportedOutages.incrementAndGet();
            Log.debugf("Redis unavailable again (%s)", describe(e));
        }
    }

    private static ProblemException unavailable(String operation) {
        return ProblemException.unavailable("Redis is unavailable: cannot " + operation + "; retry later");
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
