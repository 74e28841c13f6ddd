package dev.hybridstore.coreapi.search;

import dev.hybridstore.model.event.EmbeddingRequested;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Tells ai-worker that a row's text changed and needs embedding. Fire and forget after the write committed: when Kafka
 * is down the write stands, and ai-worker's periodic sweep finds the row (embedded_at is null or stale) later.
 */
@Startup // its counters are on /q/metrics, at 0, before the first write
@ApplicationScoped
public class EmbeddingRequests {

    public static final String QUESTIONS = "questions";
    public static final String MANUALS = "manuals";

    private final Emitter<EmbeddingRequested> emitter;
    private final Outage outage = new Outage("Kafka (embedding-requests)", "new rows wait for ai-worker's sweep to be embedded");
    private final Counter sent;
    private final Counter failed;

    EmbeddingRequests(@Channel("embedding-requests-out") Emitter<EmbeddingRequested> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.sent = Counter.builder("hybridstore.coreapi.embedding.requests").tag("outcome", "sent").register(registry);
        this.failed = Counter.builder("hybridstore.coreapi.embedding.requests").tag("outcome", "failed").register(registry);
    }

    /** Emits {@code EmbeddingRequested(source, key)} keyed {@code source:key}, so one row's requests stay in order. */
    public void request(String source, Object key) {
        EmbeddingRequested event = EmbeddingRequested.of(source, key);
        Message<EmbeddingRequested> message = Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(source + ":" + event.key()).build())
                .withAck(() -> {
                    sent.increment();
                    outage.succeeded();
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    failed.increment();
                    outage.failed(e);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // The emitter's buffer is full (Kafka has been down a while) or the channel is not ready yet.
            failed.increment();
            outage.failed(e);
        }
    }
}
