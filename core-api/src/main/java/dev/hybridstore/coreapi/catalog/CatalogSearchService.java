package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class CatalogSearchService {

    @Inject
    CatalogSearchRepository search;

    public Uni<CatalogSearchResult> search(String query, int page, int limit) {
        return search.search(query, page, limit).map(hits -> new CatalogSearchResult(query, hits));
    }
}
