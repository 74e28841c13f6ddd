package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CatalogSearchService {

    private final CatalogSearchRepository search;

    CatalogSearchService(CatalogSearchRepository search) {
        this.search = search;
    }

    public Uni<CatalogSearchResult> search(String query, int page, int limit) {
        return search.search(query, page, limit).map(hits -> new CatalogSearchResult(query, hits));
    }
}
