package dev.hybridstore.coreapi.product;

/** A page request on products: filters (null = any), an inclusive price range, and the keyset cursor. */
public record ProductQuery(String category, Long storeId, String brand, Integer minPrice, Integer maxPrice, String after, int limit) {
}
