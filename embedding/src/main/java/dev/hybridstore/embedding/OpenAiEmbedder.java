package dev.hybridstore.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridstore.model.config.InvalidSettingException;
import dev.hybridstore.model.kafka.Json;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * An OpenAI-compatible {@code /v1/embeddings} endpoint. Each request is guarded by SmallRye Fault Tolerance: a timeout
 * per attempt, and retries with exponential backoff on 429, 5xx, timeouts and connection errors. Texts go in order,
 * split into requests within the API's input and token limits, one request at a time (the rate limit is shared).
 */
public final class OpenAiEmbedder implements Embedder {

    /** Vector sizes of OpenAI's models, for which EMBEDDING_API_DIMENSIONS may stay unset. */
    static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of("text-embedding-3-small", 1536, "text-embedding-3-large", 3072,
            "text-embedding-ada-002", 1536);

    private final HttpClient http;
    private final URI url;
    private final EmbeddingSettings.Api api;
    private final int dimension;
    private final TypedGuard<Uni<List<float[]>>> guard;

    public OpenAiEmbedder(EmbeddingSettings.Api api) {
        this.api = api;
        this.url = parseUrl(api.url());
        this.dimension = api.dimensions().or(() -> Optional.ofNullable(KNOWN_DIMENSIONS.get(api.model())))
                .orElseThrow(() -> new InvalidSettingException("EMBEDDING_API_DIMENSIONS",
                        "required for EMBEDDING_MODEL=" + api.model() + ", whose vector size is not known here"));
        this.http = HttpClient.newBuilder().connectTimeout(api.timeout()).build();
        long initial = api.initialBackoff().toMillis();
        this.guard = TypedGuard.create(new TypeLiteral<Uni<List<float[]>>>() {
                })
                .withDescription("embeddings API " + url.getHost())
                .withRetry().maxRetries(api.maxRetries()).delay(initial, ChronoUnit.MILLIS).jitter(initial / 5, ChronoUnit.MILLIS)
                .maxDuration(Duration.ofHours(1).toMillis(), ChronoUnit.MILLIS)
                .whenException(OpenAiEmbedder::retryable)
                .withExponentialBackoff().factor(2).maxDelay(api.maxBackoff().toMillis(), ChronoUnit.MILLIS).done()
                .done()
                .withTimeout().duration(api.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String model() {
        return "openai:" + api.model();
    }

    @Override
    public Uni<List<float[]>> embed(List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                return Uni.createFrom().failure(new EmbeddingInputException("cannot embed an empty text"));
            }
        }
        List<List<String>> requests = RequestBatches.split(texts, api.maxInputsPerRequest(), api.maxTokensPerRequest());
        return Multi.createFrom().iterable(requests)
                .onItem().transformToUniAndConcatenate(this::guarded)
                .collect().in(() -> new ArrayList<float[]>(texts.size()), List::addAll)
                .map(List::copyOf);
    }

    private Uni<List<float[]>> guarded(List<String> inputs) {
        try {
            return guard.call(() -> post(inputs));
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    private Uni<List<float[]>> post(List<String> inputs) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("model", api.model()).put("encoding_format", "float");
        inputs.forEach(body.putArray("input")::add);
        api.dimensions().ifPresent(d -> body.put("dimensions", d));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(api.timeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        api.key().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpRequest built = request.build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(built, HttpResponse.BodyHandlers.ofString()))
                .map(response -> vectors(response, inputs.size()));
    }

    private List<float[]> vectors(HttpResponse<String> response, int expected) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new RetryableApiException(describe(response));
        }
        if (status == 400 || status == 413 || status == 422) {
            throw new EmbeddingInputException(describe(response));
        }
        if (status != 200) {
            throw new IllegalStateException(describe(response));
        }
        try {
            JsonNode data = Json.MAPPER.readTree(response.body()).path("data");
            float[][] out = new float[expected][];
            for (JsonNode item : data) {
                int index = item.path("index").asInt(-1);
                JsonNode values = item.path("embedding");
                if (index < 0 || index >= expected || values.size() != dimension) {
                    throw new IllegalStateException("EMBEDDING_API_URL returned an item with index " + index + " and " + values.size()
                            + " values; expected indexes below " + expected + " and " + dimension + " values");
                }
                float[] vector = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    vector[i] = (float) values.get(i).asDouble();
                }
                out[index] = vector;
            }
            for (float[] v : out) {
                if (v == null) {
                    throw new IllegalStateException("EMBEDDING_API_URL returned " + data.size() + " embeddings for " + expected + " inputs");
                }
            }
            return List.of(out);
        } catch (IOException e) {
            throw new IllegalStateException("EMBEDDING_API_URL returned a body that is not JSON", e);
        }
    }

    /** Status and the API's own error message; never the request (which carries the key). */
    private String describe(HttpResponse<String> response) {
        String message = "";
        try {
            message = Json.MAPPER.readTree(response.body()).path("error").path("message").asText("");
        } catch (IOException | RuntimeException e) {
            // not a JSON error body: the status says enough
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return "embeddings API answered " + response.statusCode() + (message.isEmpty() ? "" : ": " + message);
    }

    static boolean retryable(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof RetryableApiException || cause instanceof IOException || cause instanceof TimeoutException;
    }

    private static URI parseUrl(String raw) {
        try {
            URI uri = URI.create(raw.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("EMBEDDING_API_URL", "expected an http(s) URL such as https://api.openai.com/v1/embeddings");
        }
    }

    /** 429 or 5xx: the API may well answer the same request later. */
    static final class RetryableApiException extends RuntimeException {
        RetryableApiException(String message) {
            super(message);
        }
    }
}
