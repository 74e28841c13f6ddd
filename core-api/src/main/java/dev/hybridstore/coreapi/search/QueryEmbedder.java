package dev.hybridstore.coreapi.search;

import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.embedding.VectorText;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Embeds search queries with the same provider ai-worker embeds rows with. Answers empty when the provider fails or
 * is too slow (a remote API down), so search can fall back to keywords instead of failing.
 */
@ApplicationScoped
class QueryEmbedder {

    @Inject
    Embedder embedder;
    @Inject
    SearchConfig config;
    private final Outage outage = new Outage("Query embedding", "searches fall back to keyword ranking");

    /** The query as a pgvector literal ({@code [0.1,0.2,...]}), or empty when it cannot be embedded now. */
    @WithSpan("search embed query")
    Uni<Optional<String>> embed(String query) {
        return embedder.embed(List.of(query))
                .ifNoItem().after(config.embedTimeout()).fail()
                .map(vectors -> Optional.of(VectorText.of(vectors.get(0))))
                .invoke(v -> outage.succeeded())
                .onFailure().recoverWithItem(e -> {
                    outage.failed(e);
                    return Optional.empty();
                });
    }
}
