package dev.hybridstore.aiworker.bench;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The worker's rate (claim, embed, write) beside the raw model's rate on the same texts and threads. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchResult(String model, int rows, int threads, double rawRowsPerSecond, double workerRowsPerSecond, double ratio) {
}
