package dev.hybridstore.aiworker.bench;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The embedding benchmark writes and deletes rows in questions, so a deployed worker does not offer it. */
@ConfigMapping(prefix = "hybridstore.bench")
public interface BenchConfig {

    /** Off unless a benchmark run turns it on (./suite bench embed starts its own worker with it on). */
    @WithDefault("false")
    boolean enabled();
}
