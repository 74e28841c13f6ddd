package dev.hybridstore.coreapi.shedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Load shedding of the API. The overload detection is quarkus-load-shedding's (its quarkus.load-shedding.* limits tune
 * it); its own handler is off (quarkus.load-shedding.enabled=false) because it answers a bare 503 without a body.
 */
@ConfigMapping(prefix = "hybridstore.load-shedding")
public interface SheddingConfig {

    /** Refuse requests over the adaptive concurrency limit with a 503 problem. */
    @WithDefault("false")
    boolean enabled();

    /** Retry-After of a shed request, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
