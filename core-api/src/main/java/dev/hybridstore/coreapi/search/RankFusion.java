package dev.hybridstore.coreapi.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reciprocal Rank Fusion: a row scores the sum of 1 / (k + rank) over the rankings that found it. Ranks, not raw
 * scores, are fused, because cosine similarity and trigram similarity are not on comparable scales.
 */
final class RankFusion {

    private final int k;

    RankFusion(int k) {
        this.k = k;
    }

    <T> List<SearchHit<T>> fuse(List<Scored<T>> vector, List<Scored<T>> keyword, Function<T, ?> id, int limit) {
        Map<Object, Fused<T>> byId = new LinkedHashMap<>();
        for (int i = 0; i < vector.size(); i++) {
            T item = vector.get(i).item();
            byId.computeIfAbsent(id.apply(item), x -> new Fused<>(item)).vectorRank = i + 1;
        }
        for (int i = 0; i < keyword.size(); i++) {
            T item = keyword.get(i).item();
            byId.computeIfAbsent(id.apply(item), x -> new Fused<>(item)).keywordRank = i + 1;
        }
        List<SearchHit<T>> hits = new ArrayList<>(byId.size());
        for (Fused<T> f : byId.values()) {
            hits.add(new SearchHit<>(f.item, contribution(f.vectorRank) + contribution(f.keywordRank), f.vectorRank, f.keywordRank));
        }
        // Ties (same ranks in swapped lists) keep the vector ranking's order: the comparator is stable on insertion order.
        hits.sort(Comparator.comparingDouble((SearchHit<T> h) -> h.score()).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private double contribution(Integer rank) {
        return rank == null ? 0 : 1.0 / (k + rank);
    }

    /** Mutable while the two rankings are merged. */
    private static final class Fused<T> {
        final T item;
        Integer vectorRank;
        Integer keywordRank;

        Fused(T item) {
            this.item = item;
        }
    }
}
