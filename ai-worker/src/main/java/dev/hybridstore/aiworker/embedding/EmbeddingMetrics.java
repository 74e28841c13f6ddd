package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.embedding.EmbeddingSources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ai-worker's embedding meters: rows embedded, failures, provider latency, and the exact backlog per source. Every
 * declared source's meters are on /q/metrics from the start, at 0 until the first count (within seconds of the start).
 */
@Startup
@Singleton
public class EmbeddingMetrics {

    private final MeterRegistry registry;
    private final Counter embedded;
    private final Timer latency;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> givenUp = new ConcurrentHashMap<>();
    private final Throughput throughput = new Throughput(10, System::currentTimeMillis);

    EmbeddingMetrics(MeterRegistry registry, EmbeddingSources sources) {
        this.registry = registry;
        this.embedded = Counter.builder("hybridstore.ai-worker.embeddings").description("Rows embedded and stored").register(registry);
        this.latency = Timer.builder("hybridstore.ai-worker.embedding.latency").description("Provider time per batch of texts")
                .register(registry);
        for (String source : sources.sources().keySet()) {
            failures(source);
            backlog(source, 0);
            givenUp(source, 0);
        }
    }

    void embedded(long rows) {
        embedded.increment(rows);
        throughput.record(rows);
    }

    void failed(String source, long rows) {
        failures(source).increment(rows);
    }

    private Counter failures(String source) {
        return Counter.builder("hybridstore.ai-worker.embedding.failures").description("Failed embedding attempts, per row")
                .tag("source", source).register(registry);
    }

    Timer latency() {
        return latency;
    }

    void backlog(String source, long rows) {
        gauge(backlog, "hybridstore.ai-worker.embedding.backlog", "Rows whose embedding is missing or stale", source).set(rows);
    }

    void givenUp(String source, long rows) {
        gauge(givenUp, "hybridstore.ai-worker.embedding.given-up", "Rows given up after the maximum attempts, until their text changes",
                source).set(rows);
    }

    private AtomicLong gauge(Map<String, AtomicLong> gauges, String name, String description, String source) {
        return gauges.computeIfAbsent(source, s -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get).description(description).tag("source", s).register(registry);
            return value;
        });
    }

    double embeddedPerSecond() {
        return throughput.perSecond();
    }
}
