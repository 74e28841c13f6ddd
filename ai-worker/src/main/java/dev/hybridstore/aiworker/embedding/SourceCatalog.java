package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.embedding.DimensionCheck;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.embedding.EmbeddingSettings;
import dev.hybridstore.embedding.EmbeddingSources;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The declared sources with their statements, validated when the service starts: a bad name, or a column whose
 * dimension differs from the provider's, stops the service with one line saying what to change.
 */
@Singleton
public class SourceCatalog {

    private final Map<String, SourceSql> sources = new LinkedHashMap<>();
    private final CompletableFuture<Void> verified = new CompletableFuture<>();
    private final Map<String, EmbeddingSources.Source> declared;

    SourceCatalog(EmbeddingSources config) {
        this.declared = config.sources();
        try {
            config.sources().forEach((name, source) -> sources.put(name, SourceSql.of(name, source)));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    public Collection<SourceSql> all() {
        return sources.values();
    }

    public Optional<SourceSql> find(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    /**
     * Completes once the columns are checked. The schedules and the Kafka consumer start before the start-up checks
     * end; they wait for this, so a misconfigured worker stops before it writes (or records failures on) any row.
     */
    public Uni<Void> verified() {
        return Uni.createFrom().completionStage(verified);
    }

    // After the Embedder's own check (default priority), so its EMBEDDING_DIM problem is the one reported first.
    void checkColumns(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event, EmbeddingRepository repository,
            Embedder embedder, EmbeddingSettings settings) {
        check(repository, embedder, settings);
        verified.complete(null);
    }

    private void check(EmbeddingRepository repository, Embedder embedder, EmbeddingSettings settings) {
        for (var entry : declared.entrySet()) {
            String table = entry.getValue().table();
            String column = entry.getValue().column();
            Optional<EmbeddingRepository.ColumnType> type;
            try {
                type = repository.columnType(table, column).await().atMost(Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                // The database may come up later (readiness says so); writes of a wrong size would then fail and be recorded.
                Log.warnf("Could not check the dimension of %s.%s: %s", table, column, e.getMessage());
                return;
            }
            if (type.isEmpty()) {
                throw new ConfigurationException("hybridstore.embedding.sources." + entry.getKey() + ": " + table + "." + column
                        + " does not exist (is the schema migrated?)");
            }
            int dimension = type.get().dimension();
            if (dimension > 0) {
                DimensionCheck.mismatch(settings.provider().name().toLowerCase(), embedder.dimension(),
                        table + "." + column + " is " + type.get().type(), dimension).ifPresent(problem -> {
                            throw new ConfigurationException(problem);
                        });
            }
        }
    }
}
