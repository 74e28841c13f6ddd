package dev.hybridstore.coreapi.order;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * orders-out sets {@code retries=0} to turn off SmallRye's resend of a failed record: after a resend, the last failure no
 * longer tells whether an earlier attempt was written, so {@link PublishOutcome} could not call anything REFUSED. The
 * connector hands {@code retries} to the Kafka producer too, and an idempotent producer refuses 0; this puts the
 * producer's own default back, so it still retries within delivery.timeout.ms.
 */
@ApplicationScoped
class OrdersProducerRetries implements ClientCustomizer<Map<String, Object>> {

    static final String CHANNEL = "orders-out";

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (CHANNEL.equals(channel)) {
            config.put(ProducerConfig.RETRIES_CONFIG, String.valueOf(Integer.MAX_VALUE));
        }
        return config;
    }
}
