package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.http.Api.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/** Readers of cached users and products at a paced rate, counting what they got back. */
final class ReadLoad {

    private final Api api;
    private final List<String> paths;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> readers = new ArrayList<>();
    final LongAdder answered = new LongAdder();
    /** 503 problems: an engine down, said so. */
    final LongAdder unavailable = new LongAdder();
    /** Anything else that is not an answer: another 5xx, an unexpected 4xx. */
    final LongAdder failed = new LongAdder();
    final LongAdder transportErrors = new LongAdder();
    final UnexpectedAnswers unexpected = new UnexpectedAnswers();

    ReadLoad(Api api, List<String> paths) {
        this.api = api;
        this.paths = paths;
    }

    void start(int readerCount, int perSecond) {
        long interval = Duration.ofSeconds(1).toNanos() * readerCount / Math.max(1, perSecond);
        for (int r = 0; r < readerCount; r++) {
            Thread t = new Thread(() -> loop(interval), "reads-" + r);
            t.setDaemon(true);
            readers.add(t);
            t.start();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : readers) {
            t.join();
        }
    }

    long total() {
        return answered.sum() + unavailable.sum() + failed.sum() + transportErrors.sum();
    }

    private void loop(long interval) {
        long due = System.nanoTime();
        while (running.get()) {
            try {
                String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
                Answer answer = api.get(path);
                if (answer.status() == 200) {
                    answered.increment();
                } else if (answer.status() == 503) {
                    unavailable.increment();
                } else {
                    failed.increment();
                    unexpected.add("GET " + path, answer);
                }
            } catch (IOException e) {
                transportErrors.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            // A slow answer (an outage) delays the next request; the load never bursts to catch up.
            due = Math.max(due + interval, System.nanoTime());
            LockSupport.parkNanos(due - System.nanoTime());
        }
    }
}
