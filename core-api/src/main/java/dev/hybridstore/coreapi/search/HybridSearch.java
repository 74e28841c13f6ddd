package dev.hybridstore.coreapi.search;

import dev.hybridstore.platform.sql.ReadSql;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches any declared source in the mode asked for: cosine top-k over HNSW, pg_trgm word similarity, or both fused
 * by rank. Its rankings are built from the declaration, so a new source needs no code. Without a query embedding (no
 * provider, provider failing) vector and hybrid searches are answered by keyword ranking and marked degraded, so search
 * stays available while embeddings are not.
 */
@ApplicationScoped
public class HybridSearch {

    private final ReadSql sql;
    private final SearchSources sources;
    private final SearchRepository repository;
    private final QueryEmbedder embedder;
    private final SearchConfig config;
    private final RankFusion fusion;
    private final MeterRegistry registry;

    HybridSearch(ReadSql sql, SearchSources sources, SearchRepository repository, QueryEmbedder embedder, SearchConfig config,
            MeterRegistry registry) {
        this.sql = sql;
        this.sources = sources;
        this.repository = repository;
        this.embedder = embedder;
        this.config = config;
        this.fusion = new RankFusion(config.rrfK());
        this.registry = registry;
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
        return timed(query, new SearchCorpus<>(source.name(), !filters.isEmpty(), shape.id(),
                (tx, vector, limit) -> repository.nearest(tx, source, shape, filters, vector, limit),
                (tx, text, limit) -> repository.matching(tx, source, shape, filters, text, limit)));
    }

    private <T> Uni<SearchResult<T>> timed(SearchQuery query, SearchCorpus<T> corpus) {
        Timer.Sample sample = Timer.start(registry);
        return answer(query, corpus).invoke(result -> sample.stop(Timer.builder("hybridstore.coreapi.search")
                .description("Search latency, query embedding included")
                .tag("corpus", corpus.name()).tag("mode", result.mode().wire()).tag("degraded", Boolean.toString(result.degraded()))
                .publishPercentiles(0.5, 0.95).register(registry)));
    }

    private <T> Uni<SearchResult<T>> answer(SearchQuery query, SearchCorpus<T> corpus) {
        return switch (query.mode()) {
            case KEYWORD -> matching(corpus, query.text(), query.k()).map(rows -> keywordResult(query, rows, false));
            case VECTOR -> embedder.embed(query.text()).chain(vector -> vector.isPresent()
                    ? nearest(corpus, vector.get(), query.k()).map(rows -> vectorResult(query, rows))
                    : matching(corpus, query.text(), query.k()).map(rows -> keywordResult(query, rows, true)));
            case HYBRID -> hybrid(query, corpus);
        };
    }

    /** The keyword ranking runs while the query is embedded; both lists are then fused. */
    private <T> Uni<SearchResult<T>> hybrid(SearchQuery query, SearchCorpus<T> corpus) {
        int candidates = Math.max(query.k(), config.hybridCandidates());
        Uni<Optional<List<Scored<T>>>> vectorSide = embedder.embed(query.text()).chain(vector -> vector.isPresent()
                ? nearest(corpus, vector.get(), candidates).map(Optional::of)
                : Uni.createFrom().item(Optional.<List<Scored<T>>>empty()));
        Uni<List<Scored<T>>> keywordSide = matching(corpus, query.text(), candidates);
        return Uni.combine().all().unis(vectorSide, keywordSide).asTuple().map(both -> both.getItem1()
                .map(vector -> new SearchResult<>(query.text(), SearchMode.HYBRID, false,
                        fusion.fuse(vector, both.getItem2(), corpus.id(), query.k())))
                .orElseGet(() -> keywordResult(query, both.getItem2().subList(0, Math.min(query.k(), both.getItem2().size())), true)));
    }

    private <T> Uni<List<Scored<T>>> nearest(SearchCorpus<T> corpus, String vector, int limit) {
        return sql.transaction(tx -> repository.forVector(tx, corpus.filtered()).chain(() -> corpus.nearest().rank(tx, vector, limit)));
    }

    private <T> Uni<List<Scored<T>>> matching(SearchCorpus<T> corpus, String text, int limit) {
        return sql.transaction(tx -> repository.forKeyword(tx).chain(() -> corpus.matching().rank(tx, text, limit)));
    }

    private static <T> SearchResult<T> vectorResult(SearchQuery query, List<Scored<T>> rows) {
        List<SearchHit<T>> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            hits.add(new SearchHit<>(rows.get(i).item(), rows.get(i).score(), i + 1, null));
        }
        return new SearchResult<>(query.text(), SearchMode.VECTOR, false, hits);
    }

    private static <T> SearchResult<T> keywordResult(SearchQuery query, List<Scored<T>> rows, boolean degraded) {
        List<SearchHit<T>> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            hits.add(new SearchHit<>(rows.get(i).item(), rows.get(i).score(), null, i + 1));
        }
        return new SearchResult<>(query.text(), SearchMode.KEYWORD, degraded, hits);
    }
}
