package dev.hybridstore.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The service on the Redis Cluster {@code ./suite test} starts beside the standalone Redis (REDIS_CLUSTER_NODES,
 * {@code host:port,...}): the settings REDIS_NODES gives a deployment. A class with this profile also carries
 * {@link Required}, so it is skipped, saying why, where no cluster runs.
 */
public class RedisClusterProfile extends ConfigProfile {

    public static final String NODES = "REDIS_CLUSTER_NODES";

    public RedisClusterProfile() {
        super("quarkus.redis.hosts", Arrays.stream(Objects.toString(System.getenv(NODES), "").split(","))
                .filter(node -> !node.isBlank()).map(node -> "redis://" + node.strip()).collect(Collectors.joining(",")),
                "quarkus.redis.client-type", "cluster");
    }

    /** Runs the class only where REDIS_CLUSTER_NODES names a cluster. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @EnabledIfEnvironmentVariable(named = NODES, matches = ".+",
            disabledReason = "REDIS_CLUSTER_NODES is unset: no Redis Cluster to test on (./suite test starts one and sets it)")
    public @interface Required {
    }
}
