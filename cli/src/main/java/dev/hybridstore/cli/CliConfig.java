package dev.hybridstore.cli;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the suite runs. The engines come from the deployment's own variables (DATABASE_URL, REDIS_URL,
 * KAFKA_BOOTSTRAP_SERVERS, read by the model's DeploymentSettings); the services' URLs from HYBRIDSTORE_*.
 */
@ConfigMapping(prefix = "hybridstore.cli")
public interface CliConfig {

    /** core-api (HYBRIDSTORE_CLI_API_URL). */
    @WithDefault("http://127.0.0.1:8080")
    String apiUrl();

    /** cache-worker (HYBRIDSTORE_CLI_CACHE_WORKER_URL). */
    @WithDefault("http://127.0.0.1:8082")
    String cacheWorkerUrl();

    /** ai-worker (HYBRIDSTORE_CLI_AI_WORKER_URL). */
    @WithDefault("http://127.0.0.1:8083")
    String aiWorkerUrl();

    /** Every service instance whose readiness counts as "recovered" (HYBRIDSTORE_CLI_SERVICE_URLS, comma-separated). */
    @WithDefault("http://127.0.0.1:8080,http://127.0.0.1:8081,http://127.0.0.1:8082,http://127.0.0.1:8083")
    List<String> serviceUrls();

    /**
     * The command that kills, stops and starts a component, called as {@code <command> kill|stop|start <name>}
     * (HYBRIDSTORE_CLI_FAULT_COMMAND; ./suite sets it to its own 'fault' command).
     */
    Optional<String> faultCommand();

    /** The suite's topology, single or cluster (HYBRIDSTORE_CLI_TOPOLOGY; ./suite sets it): the campaign's cluster faults need cluster. */
    @WithDefault("single")
    String topology();

    /** haproxy's stats CSV in the cluster topology (HYBRIDSTORE_CLI_HAPROXY_STATS_URL; ./suite sets it): when an instance is marked down. */
    Optional<String> haproxyStatsUrl();

    /** core-api's runnable jar, for bench api's overload phase, which starts one with load shedding on (HYBRIDSTORE_CLI_API_JAR; ./suite sets it). */
    Optional<Path> apiJar();

    /** ai-worker's runnable jar, for the embedding benchmark's own worker (HYBRIDSTORE_CLI_AI_WORKER_JAR; ./suite sets it). */
    Optional<Path> aiWorkerJar();

    /**
     * Order-consumer instances 1, 2 and 3, started or not (HYBRIDSTORE_CLI_CONSUMER_URLS; ./suite sets its ports):
     * bench orders drains with 1 and with 3 of them and reads their /q/metrics.
     */
    @WithDefault("http://127.0.0.1:8081,http://127.0.0.1:8181,http://127.0.0.1:8191")
    List<String> consumerUrls();

    /**
     * Kafka's jars (HYBRIDSTORE_CLI_KAFKA_LIB; ./suite sets its own copy): bench api runs Kafka's ProducerPerformance
     * from them beside order intake. Without them that limit is skipped.
     */
    Optional<Path> kafkaLib();

    /**
     * The stack's pid files, when it runs on this machine (HYBRIDSTORE_CLI_PID_DIR; ./suite sets it): bench api reads each
     * process's CPU time per phase from /proc.
     */
    Optional<Path> pidDir();

    /** Bearer token of core-api's admin API (HYBRIDSTORE_CLI_ADMIN_TOKEN, else ADMIN_TOKEN as the services read it). */
    Optional<String> adminToken();

    /**
     * core-api's log file, when it is on this machine (HYBRIDSTORE_CLI_API_LOG; ./suite sets it): long admin operations
     * show its lines about them (one per migration script, backup or restore step) while they run.
     */
    Optional<Path> apiLog();
}
