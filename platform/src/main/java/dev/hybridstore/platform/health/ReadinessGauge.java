package dev.hybridstore.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code hybridstore_ready} on /q/metrics: 1 while the service's readiness is UP, 0 otherwise (and until the first
 * check), so Prometheus, which only scrapes metrics, sees a service that runs but cannot serve. Readiness is
 * evaluated every 10 s, as often as an orchestrator's probe; its blocking checks run off the event loop (Quarkus' health
 * reporter moves them to a worker).
 */
@Startup
@Singleton
public class ReadinessGauge {

    private static final long EVERY_MILLIS = 10_000;

    private final AtomicInteger ready = new AtomicInteger();
    /** An evaluation still running (checks wait up to 20 s for a database that is down) is not started twice. */
    private final AtomicBoolean checking = new AtomicBoolean();
    private final Vertx vertx;
    private final long timer;

    ReadinessGauge(MeterRegistry registry, SmallRyeHealthReporter health, Vertx vertx) {
        Gauge.builder("hybridstore.ready", ready, AtomicInteger::get).description("1 while readiness is UP, else 0 (checked every 10 s)")
                .register(registry);
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(1, EVERY_MILLIS, id -> {
            if (checking.compareAndSet(false, true)) {
                health.getReadinessAsync().onTermination().invoke(() -> checking.set(false)).subscribe()
                        .with(report -> ready.set(report.isDown() ? 0 : 1), failure -> ready.set(0));
            }
        });
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }
}
