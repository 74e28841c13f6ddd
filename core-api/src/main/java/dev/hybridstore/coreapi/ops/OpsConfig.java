package dev.hybridstore.coreapi.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The ops page ({@code /ops}): where the other services' instances answer (their {@code /q/metrics}), which consumer
 * group's lag to show, and how often and how far back it samples. Defaults are {@code ./suite up}'s ports; {@code ./suite}
 * sets HYBRIDSTORE_OPS_*_URLS to the instances it starts.
 */
@ConfigMapping(prefix = "hybridstore.ops")
public interface OpsConfig {

    /** Every order-consumer instance (HYBRIDSTORE_OPS_ORDER_CONSUMER_URLS, comma-separated). */
    @WithDefault("http://127.0.0.1:8081")
    List<String> orderConsumerUrls();

    /** Every cache-worker instance (HYBRIDSTORE_OPS_CACHE_WORKER_URLS). */
    @WithDefault("http://127.0.0.1:8082")
    List<String> cacheWorkerUrls();

    /** Every ai-worker instance (HYBRIDSTORE_OPS_AI_WORKER_URLS). */
    @WithDefault("http://127.0.0.1:8083")
    List<String> aiWorkerUrls();

    /** Other core-api instances, added to this one's own meters (HYBRIDSTORE_OPS_CORE_API_PEER_URLS). */
    Optional<List<String>> coreApiPeerUrls();

    /** The consumer group whose lag on {@code orders} is shown (order-consumer's group.id). */
    @WithDefault("order-consumer")
    String consumerGroup();

    /** Figures are collected at most this often, however many pages poll. */
    @WithDefault("1s")
    Duration sampleInterval();

    /** How far back the plots go. */
    @WithDefault("5m")
    Duration window();

    /** How long a service's /q/metrics, or Kafka, may take before it counts as down for this sample. */
    @WithDefault("1500ms")
    Duration timeout();
}
