package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.model.event.EmbeddingRequested;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What starts embedding work: EmbeddingRequested events (core-api sends one after each committed write), the periodic
 * sweep for anything they missed, and the backlog gauges' refresh. None of them ever fails its trigger: a failure is
 * logged and the next sweep retries, so the Kafka channel and the scheduler keep running.
 */
@ApplicationScoped
public class EmbeddingTriggers {

    @Inject
    EmbeddingService service;
    @Inject
    SourceCatalog sources;

    @Incoming("embedding-requests")
    public Uni<Void> onRequests(List<EmbeddingRequested> requests) {
        // Undecodable records arrive as null (fail-on-deserialization-failure=false): nothing to embed for them.
        List<EmbeddingRequested> valid = requests.stream().filter(Objects::nonNull).toList();
        return sources.verified().chain(() -> service.embedRequested(valid))
                .onFailure().invoke(e -> Log.warnf("Embedding %d requested rows failed; the sweep will retry them: %s", valid.size(),
                        e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(every = "${hybridstore.embedding.sweep-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sources.verified().chain(() -> service.sweep(service.everything()))
                .onFailure().invoke(e -> Log.warnf("Embedding sweep failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(every = "${hybridstore.embedding.backlog-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshBacklog() {
        return sources.verified().chain(service::status).onFailure().recoverWithNull().replaceWithVoid();
    }
}
