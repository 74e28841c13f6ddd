package dev.hybridstore.cacheworker.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while a cycle has succeeded within the last 3 intervals; the first 3 intervals after start count as a grace period. */
@Readiness
@ApplicationScoped
public class CacheCycleCheck implements HealthCheck {

    static final int MISSED_INTERVALS = 3;

    @Inject
    CacheMetrics metrics;
    @Inject
    CacheConfig config;

    @Override
    public HealthCheckResponse call() {
        Optional<Instant> last = metrics.lastSuccess();
        Duration interval = config.interval();
        return HealthCheckResponse.named("cache-cycle")
                .status(isUp(Instant.now(), metrics.startedAt(), last, interval))
                .withData("last_success", last.map(Instant::toString).orElse("none yet"))
                .withData("interval", interval.toString())
                .build();
    }

    static boolean isUp(Instant now, Instant startedAt, Optional<Instant> lastSuccess, Duration interval) {
        Instant since = lastSuccess.orElse(startedAt);
        return !now.isAfter(since.plus(interval.multipliedBy(MISSED_INTERVALS)));
    }
}
