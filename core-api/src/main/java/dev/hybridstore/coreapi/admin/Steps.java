package dev.hybridstore.coreapi.admin;

import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the parts of an operation and logs each as it finishes (progress for long runs). */
public final class Steps {

    private final String operation;
    private final long started = System.nanoTime();
    private final List<Step> done = new ArrayList<>();

    public Steps(String operation) {
        this.operation = operation;
    }

    /** Runs and times one part; a String result doubles as the step's detail (e.g. "matches", a checksum). */
    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add(name, millisSince(start), result instanceof String s ? s : null);
        return result;
    }

    public void time(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    public void add(String name, long durationMs, String detail) {
        done.add(new Step(name, durationMs, detail));
        Log.infof("%s: %s done in %d ms%s", operation, name, durationMs, detail == null ? "" : " (" + detail + ")");
    }

    public List<Step> list() {
        return List.copyOf(done);
    }

    public long totalMs() {
        return millisSince(started);
    }

    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
