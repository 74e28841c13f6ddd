package dev.hybridstore.aiworker.embedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How ai-worker shares the embedding work. What it embeds is the embedding module's EmbeddingSources, the provider its
 * EmbeddingSettings.
 */
@ConfigMapping(prefix = "hybridstore.embedding")
public interface EmbeddingWorkConfig {

    /**
     * How often the sweep looks for rows no request announced (EMBEDDING_SWEEP_INTERVAL), or {@code off}. Read by the
     * schedule's {@code @Scheduled(every = ...)}, hence a string.
     */
    String sweepInterval();

    /** How often the backlog gauges are recounted; read by its schedule. */
    String backlogRefresh();

    /** Rows claimed and embedded together. */
    @WithDefault("64")
    int batchSize();

    /**
     * Batches in flight at once: while some wait on the database (claim, write), another keeps the inference threads
     * busy. With 2 threads on 2 cores, 3 reached 0.89 of the CPU bound in {@code ./suite bench embed}; 2 left 0.78.
     */
    @WithDefault("3")
    int concurrency();

    /** Failed attempts after which a row is given up (until its text changes). */
    @WithDefault("5")
    int maxAttempts();

    /** Delay before the first retry of a failed row; it doubles with each attempt, up to {@link #maxRetryDelay()}. */
    @WithDefault("30s")
    Duration retryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** How long a claim stays exclusive; a worker that dies leaves its rows to others after this. */
    @WithDefault("5m")
    Duration lease();
}
