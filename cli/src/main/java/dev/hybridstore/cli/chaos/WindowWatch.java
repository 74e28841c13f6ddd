package dev.hybridstore.cli.chaos;

import dev.hybridstore.model.redis.RedisKeys;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the aging window (HLEN of cache:users and cache:products) every 20 ms: how often a reader would have found
 * a hash empty while Redis answered, and when the window was full again after a given moment.
 */
final class WindowWatch {

    private final HashCommands<String, String, String> hashes;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler = new Thread(this::loop, "window-watch");
    final LongAdder samples = new LongAdder();
    final LongAdder emptySamples = new LongAdder();
    private final AtomicLong since = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong refilledAt = new AtomicLong();

    WindowWatch(RedisDataSource redis) {
        this.hashes = redis.hash(String.class);
        sampler.setDaemon(true);
    }

    void start() {
        sampler.start();
    }

    /** From now on, note the first moment both hashes hold entries. */
    void watchRefillFrom(long nanos) {
        refilledAt.set(0);
        since.set(nanos);
    }

    /** Seconds from {@link #watchRefillFrom} to a full window, or -1 if it never came. */
    double refillSeconds() {
        long at = refilledAt.get();
        return at == 0 ? -1 : (at - since.get()) / 1e9;
    }

    void stop() throws InterruptedException {
        running.set(false);
        sampler.join();
    }

    private void loop() {
        while (running.get()) {
            try {
                long users = hashes.hlen(RedisKeys.USERS);
                long products = hashes.hlen(RedisKeys.PRODUCTS);
                samples.increment();
                long now = System.nanoTime();
                if (users == 0 || products == 0) {
                    emptySamples.increment();
                } else if (now >= since.get()) {
                    refilledAt.compareAndSet(0, now);
                }
            } catch (RuntimeException e) {
                // Redis down: no reader finds anything in it either, and core-api answers from PostgreSQL.
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
