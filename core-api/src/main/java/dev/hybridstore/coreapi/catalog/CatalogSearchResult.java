package dev.hybridstore.coreapi.catalog;

import java.util.List;

public record CatalogSearchResult(String query, List<CatalogHit> hits) {
}
