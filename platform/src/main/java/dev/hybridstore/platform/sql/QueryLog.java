package dev.hybridstore.platform.sql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;

/**
 * Seed 004 §12: statements slower than the threshold are logged at WARN and counted (§12.2); with the development switch
 * on, every statement is logged at INFO (§12.1). A line holds the duration and the first 100 characters of the SQL, never
 * its parameters.
 */
@Singleton
public class QueryLog {

    private final long thresholdNanos;
    private final boolean everyStatement;
    private final Counter slow;

    QueryLog(QueryLogConfig config, MeterRegistry registry) {
        this.thresholdNanos = config.slowThreshold().toNanos();
        this.everyStatement = config.statements();
        this.slow = Counter.builder("hybridstore.db.slow.queries").description("Statements slower than the slow-query threshold")
                .register(registry);
    }

    void record(String sql, long nanos) {
        boolean isSlow = nanos >= thresholdNanos;
        if (!isSlow && !everyStatement) {
            return;
        }
        String head = sql.strip().replaceAll("\\s+", " ");
        head = head.length() > 100 ? head.substring(0, 100) : head;
        if (isSlow) {
            slow.increment();
            Log.warnf("Slow query (%d ms): %s", nanos / 1_000_000, head);
        } else {
            Log.infof("Query (%.1f ms): %s", nanos / 1e6, head);
        }
    }
}
