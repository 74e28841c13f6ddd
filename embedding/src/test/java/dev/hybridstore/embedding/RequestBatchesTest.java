package dev.hybridstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestBatchesTest {

    @Test
    void splitsAtTheInputLimitKeepingOrder() {
        List<String> texts = IntStream.range(0, 5000).mapToObj(i -> "text " + i).toList();

        List<List<String>> requests = RequestBatches.split(texts, 2048, 1_000_000);

        assertThat(requests).extracting(List::size).containsExactly(2048, 2048, 904);
        assertThat(requests.stream().flatMap(List::stream).toList()).isEqualTo(texts);
    }

    @Test
    void splitsAtTheTokenBudget() {
        String text = "x".repeat(299); // 299 bytes: 100 estimated tokens
        List<List<String>> requests = RequestBatches.split(Collections.nCopies(10, text), 2048, 350);

        assertThat(requests).extracting(List::size).containsExactly(3, 3, 3, 1);
    }

    @Test
    void aTextOverTheBudgetTravelsAlone() {
        List<List<String>> requests = RequestBatches.split(List.of("a", "y".repeat(3000), "b"), 2048, 100);

        assertThat(requests).extracting(List::size).containsExactly(1, 1, 1);
    }

    @Test
    void hangulCountsAboutOneTokenPerSyllable() {
        assertThat(RequestBatches.estimateTokens("장애 대응 경험")).isBetween(7, 9);
    }
}
