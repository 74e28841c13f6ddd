package dev.hybridstore.cacheworker.cache;

/**
 * A cycle stopped because PostgreSQL or Redis failed. Carries a one-line description of the root cause and no stack
 * trace: an outage is an expected, degraded state, reported with one WARN line per cycle.
 */
public class StoreUnavailable extends RuntimeException {

    StoreUnavailable(String store, CachedTable table, Throwable cause) {
        super(table.label() + ": " + store + " unavailable (" + rootCause(cause) + ")", null, false, false);
    }

    static StoreUnavailable redis(CachedTable table, Throwable cause) {
        return new StoreUnavailable("Redis", table, cause);
    }

    /** Anything else that failed in a table's step came from PostgreSQL (pool, pick, stamp or commit). */
    static StoreUnavailable postgres(CachedTable table, Throwable cause) {
        return cause instanceof StoreUnavailable known ? known : new StoreUnavailable("PostgreSQL", table, cause);
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
