package dev.hybridstore.cacheworker.cache;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs the cycle every {@code hybridstore.cache.interval}, and checks every {@code hybridstore.cache.loss-check-interval}
 * whether Redis lost a window, to refill it at once. A run still going when the next is due makes that one skip.
 */
@ApplicationScoped
public class CacheSchedule {

    @Inject
    CacheService cache;

    @Scheduled(identity = "cache-cycle", every = "${hybridstore.cache.interval}", concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> run() {
        // The service has logged the failure (one WARN line); the scheduler must not log it again with a stack trace.
        return cache.runCycle().replaceWithVoid().onFailure().recoverWithNull();
    }

    @Scheduled(identity = "cache-loss-check", every = "${hybridstore.cache.loss-check-interval}",
            concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> refillLost() {
        return cache.refillLost().replaceWithVoid().onFailure().recoverWithNull();
    }
}
