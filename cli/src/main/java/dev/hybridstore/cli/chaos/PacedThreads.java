package dev.hybridstore.cli.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Client threads that repeat a step at a shared rate until stopped. A slow step (an outage) delays the thread's next
 * one; the load never bursts to catch up.
 */
final class PacedThreads {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    /**
     * Starts {@code count} daemon threads named {@code name-i}, together {@code perSecond} steps a second. A step returns
     * false to end its own thread (interrupted).
     */
    void start(String name, int count, int perSecond, BooleanSupplier step) {
        long interval = Duration.ofSeconds(1).toNanos() * count / Math.max(1, perSecond);
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> loop(interval, step), name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** No new steps; waits for the ones under way. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
    }

    private void loop(long interval, BooleanSupplier step) {
        long due = System.nanoTime();
        while (running.get() && step.getAsBoolean()) {
            due = Math.max(due + interval, System.nanoTime());
            LockSupport.parkNanos(due - System.nanoTime());
        }
    }
}
