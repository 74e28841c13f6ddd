package dev.hybridstore.aiworker.embedding;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * What {@code ./suite status} prints: the model, rows waiting per source, rows given up ({@code failed}), rows waiting
 * for their next try after a failure ({@code retrying}), the recent rate, and whether a sweep (or backfill) is running.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EmbeddingStatus(String model, Map<String, Long> backlog, long failed, long retrying, double embeddedPerSecond,
        boolean sweeping) {
}
