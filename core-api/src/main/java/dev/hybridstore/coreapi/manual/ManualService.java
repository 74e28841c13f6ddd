package dev.hybridstore.coreapi.manual;

import dev.hybridstore.coreapi.search.EmbeddingRequests;
import dev.hybridstore.coreapi.search.HybridSearch;
import dev.hybridstore.coreapi.search.RowShape;
import dev.hybridstore.coreapi.search.SearchQuery;
import dev.hybridstore.coreapi.search.SearchResult;
import dev.hybridstore.coreapi.store.StoreService;
import dev.hybridstore.model.knowledge.Manual;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ManualService {

    private static final RowShape<Manual> HITS = new RowShape<>(Manual.ROWS.columns(), Manual.ROWS::read, Manual::id);

    @Inject
    ManualRepository manuals;
    @Inject
    StoreService stores;
    @Inject
    EmbeddingRequests embeddings;
    @Inject
    HybridSearch search;

    public Uni<Manual> create(long storeId, Manual manual) {
        return stores.requireExists(storeId)
                .chain(() -> manuals.insert(storeId, manual))
                .invoke(created -> embeddings.request(EmbeddingRequests.MANUALS, created.id()));
    }

    /** Empty when the store has no such manual (including when it belongs to another store). */
    public Uni<Optional<Manual>> find(long storeId, long id) {
        return manuals.find(storeId, id);
    }

    public Uni<List<Manual>> page(long storeId, int page, int limit) {
        return stores.requireExists(storeId).chain(() -> manuals.page(storeId, page, limit));
    }

    public Uni<SearchResult<Manual>> search(long storeId, SearchQuery query) {
        return stores.requireExists(storeId).chain(() -> search.search(EmbeddingRequests.MANUALS, query, Map.of("store_id", storeId), HITS));
    }
}
