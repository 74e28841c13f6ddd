package dev.hybridstore.coreapi.order;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/** Gives the orders-out producer its linger and batch size from {@link OrderConfig.Producer}, the one place they are set. */
@ApplicationScoped
class OrdersProducerBatching implements ClientCustomizer<Map<String, Object>> {

    @Inject
    OrderConfig config;

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> producer) {
        if (OrdersProducerRetries.CHANNEL.equals(channel)) {
            producer.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(config.producer().lingerMs()));
            producer.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(config.producer().batchSize()));
        }
        return producer;
    }
}
