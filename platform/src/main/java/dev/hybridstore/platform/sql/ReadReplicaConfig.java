package dev.hybridstore.platform.sql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The standby that heavy reads go to: DATABASE_READ_URL, resolved by DeploymentSettings into these properties. Without
 * it every read runs on the primary.
 */
@ConfigMapping(prefix = "hybridstore.db.read")
public interface ReadReplicaConfig {

    Optional<String> reactiveUrl();

    Optional<String> username();

    Optional<String> password();

    /** Connections to the standby; reads are all it serves. */
    @WithDefault("${hybridstore.db.pool-max-size}")
    int poolSize();
}
