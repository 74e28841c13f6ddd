package dev.hybridstore.cacheworker.cache;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** One cycle: its duration (pick, cache and stamp of every table) and what it did per table. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CycleReport(double durationMs, List<TableReport> tables) {
}
