package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.model.embedding.DimensionCheck;
import dev.hybridstore.model.embedding.Embedder;
import dev.hybridstore.model.embedding.EmbeddingSettings;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The declared sources with their statements, validated when the service starts: a bad name, or a column whose
 * dimension differs from the provider's, stops the service with one line saying what to change.
 */
@Singleton
public class SourceCatalog {

    private final Map<String, SourceSql> sources = new LinkedHashMap<>();
    private final Map<String, EmbeddingWorkConfig.Source> declared;

    SourceCatalog(EmbeddingWorkConfig config) {
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

    void checkColumns(@Observes StartupEvent event, EmbeddingRepository repository, Embedder embedder, EmbeddingSettings settings) {
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
