package dev.hybridstore.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request line and header limits, answered with problem bodies by {@link HttpRefusals}. Vert.x's own decoder limits
 * (quarkus.http.limits.max-initial-line-length and max-header-size, 1 MiB in shared-model's configuration) sit far above
 * these: a request past them gets Vert.x's bare 414 or 431, which no hook can give a body.
 */
@ConfigMapping(prefix = "hybridstore.http")
public interface HttpLimits {

    /** Path and query together, in bytes as sent (percent-encoded). */
    @WithDefault("4096")
    int maxUriLength();

    /** Every header's name and value together. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
