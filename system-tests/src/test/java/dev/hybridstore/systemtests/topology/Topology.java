package dev.hybridstore.systemtests.topology;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The live cluster topology, as {@code ./suite test --topology cluster} exports it: haproxy in front of core-api, every
 * instance of each service, and the engines' addresses the services were given.
 */
public record Topology(String api, List<String> coreApis, List<String> cacheWorkers, List<String> aiWorkers,
        List<String> orderConsumers, String databaseUrl, String redisNodes, String kafkaBootstrap, int cacheWindowSize) {

    public static Topology fromEnvironment() {
        return new Topology(required("SYSTEM_TEST_API_URL"), urls("SYSTEM_TEST_CORE_API_URLS", 2),
                urls("SYSTEM_TEST_CACHE_WORKER_URLS", 2), urls("SYSTEM_TEST_AI_WORKER_URLS", 2),
                urls("SYSTEM_TEST_ORDER_CONSUMER_URLS", 3), required("DATABASE_URL"), required("REDIS_NODES"),
                required("KAFKA_BOOTSTRAP_SERVERS"),
                Integer.parseInt(Optional.ofNullable(System.getenv("CACHE_WINDOW_SIZE")).orElse("1000")));
    }

    /** Each instance URL of a service; the topology runs {@code at least} of them, or the test would prove nothing. */
    private static List<String> urls(String name, int atLeast) {
        List<String> urls = Arrays.stream(required(name).split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
        if (urls.size() < atLeast) {
            throw new IllegalStateException(name + " names " + urls.size() + " instance(s); the cluster topology runs " + atLeast);
        }
        return urls;
    }

    private static String required(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(
                name + " is unset: run the system tests with './suite test --topology cluster', which starts the topology and sets it"));
    }
}
