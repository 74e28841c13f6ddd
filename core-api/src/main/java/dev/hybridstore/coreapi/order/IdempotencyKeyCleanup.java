package dev.hybridstore.coreapi.order;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deletes Idempotency-Keys older than the retention, so the table holds about one retention's worth of orders. */
@ApplicationScoped
class IdempotencyKeyCleanup {

    static final int BATCH = 1000;

    @Inject
    IdempotencyKeyRepository keys;
    @Inject
    OrderConfig config;

    @Scheduled(identity = "idempotency-key-cleanup", every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return deleteExpired(BATCH)
                .onFailure().invoke(e -> Log.warnf("Deleting expired Idempotency-Keys failed; the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Batch after batch until one is not full; the number of keys deleted. */
    Uni<Long> deleteExpired(int batch) {
        return keys.deleteExpired(config.idempotencyKeyRetention(), batch)
                .chain(deleted -> deleted < batch ? Uni.createFrom().item((long) deleted)
                        : deleteExpired(batch).map(more -> deleted + more));
    }
}
