package dev.hybridstore.coreapi.search;

import java.util.List;

/** A search answer. {@code degraded} is true when the mode asked for could not run and keyword search answered instead. */
public record SearchResult<T>(String query, SearchMode mode, boolean degraded, List<SearchHit<T>> hits) {
}
