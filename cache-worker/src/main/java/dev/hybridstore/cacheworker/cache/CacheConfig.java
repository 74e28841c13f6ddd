package dev.hybridstore.cacheworker.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;

/** Seed 003 §4's aging cycle: every 50 s, 500 never-cached rows and the 500 cached longest ago, a window of 1,000. */
@ConfigMapping(prefix = "hybridstore.cache")
public interface CacheConfig {

    /** Time between two scheduled cycles (also read by {@code @Scheduled} as {@code ${hybridstore.cache.interval}}). */
    @WithDefault("50s")
    Duration interval();

    /** Rows per table with {@code last_cached_at IS NULL} picked per cycle. */
    @WithDefault("500")
    @PositiveOrZero
    int newBatch();

    /** Rows per table with the oldest {@code last_cached_at} picked per cycle. */
    @WithDefault("500")
    @PositiveOrZero
    int oldBatch();

    /** Entries each hash keeps: this cycle's pick, then the most recently cached entries of earlier cycles. */
    @WithDefault("1000")
    @Positive
    int windowSize();

    /**
     * How often the worker checks that Redis still holds each window. One that Redis lost (a restart without
     * persistence, a flush) is refilled at once instead of at the next cycle.
     */
    @WithDefault("2s")
    Duration lossCheckInterval();
}
