package dev.hybridstore.coreapi.search;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Searches any declared source: its rankings are built from the declaration, so a new source needs no code. */
@ApplicationScoped
public class SourceSearch {

    private final SearchSources sources;
    private final SearchRepository repository;
    private final HybridSearch search;

    SourceSearch(SearchSources sources, SearchRepository repository, HybridSearch search) {
        this.sources = sources;
        this.repository = repository;
        this.search = search;
    }

    /** /api/search/{source}: the declared columns; {@code mode} null means the source's default; filters as query parameters. */
    public Uni<SearchResult<SourceRow>> search(String name, String text, int k, String mode, Map<String, List<String>> params) {
        return Uni.createFrom().deferred(() -> {
            SearchSource source = sources.require(name);
            return search(source, SearchQuery.of(text, k, source.mode(mode)), source.filterValues(params), SourceRow.shape(source));
        });
    }

    /** A search read into the caller's record, with filter values the caller already typed (e.g. a store id from the path). */
    public <T> Uni<SearchResult<T>> search(String name, SearchQuery query, Map<String, ?> filters, RowShape<T> shape) {
        return Uni.createFrom().deferred(() -> {
            SearchSource source = sources.require(name);
            source.allowed(query.mode());
            return search(source, query, filters, shape);
        });
    }

    private <T> Uni<SearchResult<T>> search(SearchSource source, SearchQuery query, Map<String, ?> filters, RowShape<T> shape) {
        return search.search(query, new SearchCorpus<>(source.name(), !filters.isEmpty(), shape.id(),
                (tx, vector, limit) -> repository.nearest(tx, source, shape, filters, vector, limit),
                (tx, text, limit) -> repository.matching(tx, source, shape, filters, text, limit)));
    }
}
