package dev.hybridstore.coreapi.cache;

import dev.hybridstore.model.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs Redis commands so that Redis being down only costs the cache (seed 002: PostgreSQL is the source of truth).
 * Each command is bounded by a short timeout. The first failure marks Redis down and logs one WARN; while down, commands
 * are skipped except one probe per retry interval, so requests neither wait nor each pay a failed connection attempt;
 * the first success logs one INFO.
 */
@Singleton
public class RedisGuard {

    private final CacheConfig config;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long nextProbeNanos;

    RedisGuard(CacheConfig config) {
        this.config = config;
    }

    /** The command's result, or {@code fallback} when Redis is down or the command fails. */
    public <T> Uni<T> call(Supplier<Uni<T>> command, T fallback) {
        if (skipping()) {
            return Uni.createFrom().item(fallback);
        }
        return guarded(command, config.timeout()).onFailure().recoverWithItem(fallback);
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
            Log.info("Redis is available again, serving from the cache");
        }
    }

    private void unavailable(Throwable e) {
        nextProbeNanos = System.nanoTime() + config.retryInterval().toNanos();
        if (down.compareAndSet(false, true)) {
            Log.warnf("Redis unavailable, serving from PostgreSQL (%s)", describe(e));
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
