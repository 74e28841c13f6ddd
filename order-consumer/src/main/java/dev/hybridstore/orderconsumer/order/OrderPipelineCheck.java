package dev.hybridstore.orderconsumer.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while a batch has been failing longer than {@code hybridstore.orders.stuck-after}: its records stay unacknowledged
 * and its partitions wait, whatever the cause (PostgreSQL down, a dead-letter send refused, a bug), so an operator sees
 * the stall and its last error here instead of only in one WARN line.
 */
@Readiness
@ApplicationScoped
public class OrderPipelineCheck implements HealthCheck {

    @Inject
    OrderBatchService batches;
    @Inject
    OrdersConfig config;

    @Override
    public HealthCheckResponse call() {
        Optional<OrderBatchService.Failing> failing = batches.failing();
        var response = HealthCheckResponse.named("orders-pipeline").status(isUp(Instant.now(), failing, config.stuckAfter()));
        failing.ifPresent(f -> response.withData("failing_since", f.since().toString()).withData("last_error", f.lastError()));
        return response.build();
    }

    static boolean isUp(Instant now, Optional<OrderBatchService.Failing> failing, Duration stuckAfter) {
        return failing.map(f -> !now.isAfter(f.since().plus(stuckAfter))).orElse(true);
    }
}
