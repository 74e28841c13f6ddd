package dev.hybridstore.cacheworker.cache;

import io.smallrye.mutiny.CompositeException;
import java.util.stream.Collectors;

/**
 * A cycle stopped because PostgreSQL or Redis failed. Carries a one-line description of the root cause and no stack
 * trace: an outage is an expected, degraded state, reported with one WARN line per cycle.
 */
public class StoreUnavailable extends RuntimeException {

    private StoreUnavailable(String message) {
        super(message, null, false, false);
    }

    private StoreUnavailable(String store, CachedTable table, Throwable cause) {
        this(table.label() + ": " + store + " unavailable (" + rootCause(cause) + ")");
    }

    static StoreUnavailable redis(CachedTable table, Throwable cause) {
        return new StoreUnavailable("Redis", table, cause);
    }

    /** Anything else that failed in a table's step came from PostgreSQL (pool, pick, stamp or commit). */
    static StoreUnavailable postgres(CachedTable table, Throwable cause) {
        return cause instanceof StoreUnavailable known ? known : new StoreUnavailable("PostgreSQL", table, cause);
    }

    /** The failure of a cycle whose tables ran side by side: one of them, or all of them in one message. */
    static StoreUnavailable of(Throwable failure) {
        if (failure instanceof CompositeException all) {
            return new StoreUnavailable(all.getCauses().stream().map(Throwable::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        return failure instanceof StoreUnavailable known ? known : new StoreUnavailable(rootCause(failure));
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
