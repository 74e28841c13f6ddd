package dev.hybridstore.platform.sql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seed 004 §12.2: statements slower than the threshold are logged (duration and first 100 characters, never parameters) and counted. */
@Singleton
public class SlowQueryLog {

    private final long thresholdNanos;
    private final Counter slow;

    SlowQueryLog(@ConfigProperty(name = "hybridstore.db.slow-query-threshold", defaultValue = "500ms") Duration threshold,
            MeterRegistry registry) {
        this.thresholdNanos = threshold.toNanos();
        this.slow = Counter.builder("hybridstore.db.slow.queries").description("Statements slower than the slow-query threshold")
                .register(registry);
    }

    void record(String sql, long nanos) {
        if (nanos >= thresholdNanos) {
            slow.increment();
            String head = sql.strip().replaceAll("\\s+", " ");
            Log.warnf("Slow query (%d ms): %s", nanos / 1_000_000, head.length() > 100 ? head.substring(0, 100) : head);
        }
    }
}
