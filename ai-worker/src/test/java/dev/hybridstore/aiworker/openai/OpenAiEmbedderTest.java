package dev.hybridstore.aiworker.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.embedding.EmbeddingInputException;
import dev.hybridstore.embedding.EmbeddingSettings;
import dev.hybridstore.embedding.OpenAiEmbedder;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The openai provider against a local stub. A Quarkus test: its retries and timeouts are SmallRye Fault Tolerance's. */
@QuarkusTest
class OpenAiEmbedderTest {

    private static final String KEY = "sk-test-never-logged";
    private static StubEmbeddingsApi stub;

    record Api(String url, Optional<String> key, String model, Optional<Integer> dimensions, Duration timeout, int maxRetries,
            Duration initialBackoff, Duration maxBackoff, int maxInputsPerRequest, int maxTokensPerRequest) implements EmbeddingSettings.Api {
    }

    @BeforeAll
    static void start() {
        stub = new StubEmbeddingsApi(8);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    private static OpenAiEmbedder embedder(int maxInputs) {
        return embedder(maxInputs, Duration.ofSeconds(5));
    }

    private static OpenAiEmbedder embedder(int maxInputs, Duration timeout) {
        return new OpenAiEmbedder(new Api(stub.url(), Optional.of(KEY), "stub-model", Optional.of(8), timeout, 3,
                Duration.ofMillis(20), Duration.ofMillis(100), maxInputs, 250_000));
    }

    private static List<float[]> embed(OpenAiEmbedder embedder, List<String> texts) {
        return embedder.embed(texts).await().atMost(Duration.ofSeconds(20));
    }

    @Test
    void retriesTooManyRequestsAndServerErrorsThenSucceeds() {
        stub.failNext(429, 500, 503);

        List<float[]> vectors = embed(embedder(2048), List.of("first", "second"));

        assertThat(vectors).hasSize(2).allSatisfy(v -> assertThat(v).hasSize(8));
        assertThat(stub.received()).hasSize(4);
        assertThat(stub.received()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + KEY));
        assertThat(stub.received().get(0).body().path("dimensions").asInt()).isEqualTo(8);
    }

    @Test
    void givesUpAfterTheRetryBoundWithTheApiMessageAndNoKey() {
        stub.failAlways(502);

        assertThatThrownBy(() -> embed(embedder(2048), List.of("text")))
                .hasMessageContaining("embeddings API answered 502: scripted 502")
                .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain(KEY));
        assertThat(stub.received()).hasSize(1 + 3);
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        stub.delayNext(3000);

        assertThat(embed(embedder(2048, Duration.ofMillis(1000)), List.of("slow"))).hasSize(1);
        assertThat(stub.received()).hasSize(2);
    }

    @Test
    void aRefusedInputIsNotRetried() {
        stub.failNext(400);

        assertThatThrownBy(() -> embed(embedder(2048), List.of("too long"))).isInstanceOf(EmbeddingInputException.class);
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void splitsRequestsAtTheInputLimitKeepingOrder() {
        OpenAiEmbedder embedder = embedder(2);
        List<String> texts = List.of("a", "b", "c", "d", "e");

        List<float[]> batched = embed(embedder, texts);

        assertThat(stub.received()).extracting(r -> r.body().path("input").size()).containsExactly(2, 2, 1);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batched.get(i)).as(texts.get(i)).containsExactly(embed(embedder, List.of(texts.get(i))).get(0));
        }
    }
}
