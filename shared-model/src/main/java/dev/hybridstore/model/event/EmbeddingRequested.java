package dev.hybridstore.model.event;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.kafka.JsonDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A row's text was written and needs (re-)embedding. Topic {@code embedding-requests}, key {@code source:key}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EmbeddingRequested(int schemaVersion, @NotBlank String source, @NotBlank String key, @NotNull Instant requestedAt) {

    public static final int SCHEMA_VERSION = 1;

    public static EmbeddingRequested of(String source, Object key) {
        return new EmbeddingRequested(SCHEMA_VERSION, source, String.valueOf(key), Instant.now());
    }

    public static class Deserializer extends JsonDeserializer<EmbeddingRequested> {
        public Deserializer() {
            super(EmbeddingRequested.class);
        }
    }
}
