package dev.hybridstore.embedding;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Turns text into vectors with the configured provider (EMBEDDING_PROVIDER). ai-worker embeds rows with it and
 * core-api embeds search queries with it, so both always use the same model.
 */
public interface Embedder {

    /** The vector length the provider produces; it must equal the embedding columns' dimension. */
    int dimension();

    /** The provider and model, e.g. {@code local:all-minilm-l6-v2-q}. */
    String model();

    /** One vector per text, in order. Runs off the event loop. */
    Uni<List<float[]>> embed(List<String> texts);
}
