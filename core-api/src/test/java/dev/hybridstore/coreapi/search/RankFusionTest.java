package dev.hybridstore.coreapi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    private final RankFusion fusion = new RankFusion(60);

    @Test
    void aRowFoundByBothRankingsOutranksRowsFoundByOne() {
        List<Scored<String>> vector = List.of(new Scored<>("only-vector", 0.99), new Scored<>("both", 0.90));
        List<Scored<String>> keyword = List.of(new Scored<>("both", 1.0), new Scored<>("only-keyword", 0.8));

        List<SearchHit<String>> hits = fusion.fuse(vector, keyword, Function.identity(), 10);

        assertThat(hits).extracting(SearchHit::item).containsExactly("both", "only-vector", "only-keyword");
        assertThat(hits.get(0).score()).isEqualTo(1.0 / 62 + 1.0 / 61);
        assertThat(hits.get(0).vectorRank()).isEqualTo(2);
        assertThat(hits.get(0).keywordRank()).isEqualTo(1);
        assertThat(hits.get(1).keywordRank()).isNull();
        assertThat(hits.get(2).vectorRank()).isNull();
    }

    @Test
    void fusesRanksNotRawScores() {
        // A tiny cosine score at rank 1 is worth as much as a perfect trigram score at rank 1.
        List<SearchHit<String>> hits = fusion.fuse(List.of(new Scored<>("a", 0.01)), List.of(new Scored<>("b", 1.0)),
                Function.identity(), 10);

        assertThat(hits).extracting(SearchHit::score).containsExactly(1.0 / 61, 1.0 / 61);
    }

    @Test
    void keepsOnlyTheBestK() {
        List<Scored<String>> vector = List.of(new Scored<>("a", 0.9), new Scored<>("b", 0.8), new Scored<>("c", 0.7));

        assertThat(fusion.fuse(vector, List.of(), Function.identity(), 2)).extracting(SearchHit::item).containsExactly("a", "b");
    }
}
