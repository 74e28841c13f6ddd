package dev.hybridstore.cli.embed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** ai-worker's {@code GET /embeddings/status}: the model, rows waiting per source, retrying, given up, the rate, a sweep running. */
public record EmbeddingStatus(String model, Map<String, Long> backlog, long failed, long retrying, double embeddedPerSecond,
        boolean sweeping) {

    public static EmbeddingStatus from(JsonNode json) {
        Map<String, Long> backlog = new LinkedHashMap<>();
        json.path("backlog").fields().forEachRemaining(e -> backlog.put(e.getKey(), e.getValue().asLong()));
        return new EmbeddingStatus(json.path("model").asText(), backlog, json.path("failed").asLong(), json.path("retrying").asLong(),
                json.path("embedded_per_second").asDouble(), json.path("sweeping").asBoolean());
    }

    /** Rows waiting in one source, or in all. */
    public long pending(Optional<String> source) {
        return source.map(s -> backlog.getOrDefault(s, 0L)).orElseGet(() -> backlog.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The line {@code ./suite status} shows. */
    public String summary() {
        String pending = backlog.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "embeddings (" + model + "): pending " + pending + "; retrying " + retrying + ", given up " + failed
                + (sweeping ? "; a sweep is running" : "");
    }
}
