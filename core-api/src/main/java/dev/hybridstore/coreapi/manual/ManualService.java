package dev.hybridstore.coreapi.manual;

import dev.hybridstore.coreapi.search.EmbeddingRequests;
import dev.hybridstore.coreapi.search.HybridSearch;
import dev.hybridstore.coreapi.search.SearchCorpus;
import dev.hybridstore.coreapi.search.SearchQuery;
import dev.hybridstore.coreapi.search.SearchResult;
import dev.hybridstore.model.knowledge.Manual;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ManualService {

    private final ManualRepository manuals;
    private final EmbeddingRequests embeddings;
    private final HybridSearch search;

    ManualService(ManualRepository manuals, EmbeddingRequests embeddings, HybridSearch search) {
        this.manuals = manuals;
        this.embeddings = embeddings;
        this.search = search;
    }

    public Uni<Manual> create(long storeId, Manual manual) {
        return requireStore(storeId)
                .chain(() -> manuals.insert(storeId, manual))
                .invoke(created -> embeddings.request(EmbeddingRequests.MANUALS, created.id()));
    }

    /** Empty when the store has no such manual (including when it belongs to another store). */
    public Uni<Optional<Manual>> find(long storeId, long id) {
        return manuals.find(storeId, id);
    }

    public Uni<List<Manual>> page(long storeId, int page, int limit) {
        return requireStore(storeId).chain(() -> manuals.page(storeId, page, limit));
    }

    public Uni<SearchResult<Manual>> search(long storeId, SearchQuery query) {
        SearchCorpus<Manual> corpus = new SearchCorpus<>("manuals", true, Manual::id,
                (tx, vector, limit) -> manuals.nearest(tx, vector, storeId, limit),
                (tx, text, limit) -> manuals.matching(tx, text, storeId, limit));
        return requireStore(storeId).chain(() -> search.search(query, corpus));
    }

    private Uni<Void> requireStore(long storeId) {
        return manuals.storeExists(storeId).invoke(exists -> {
            if (!exists) {
                throw ProblemException.notFound("Store", storeId);
            }
        }).replaceWithVoid();
    }
}
