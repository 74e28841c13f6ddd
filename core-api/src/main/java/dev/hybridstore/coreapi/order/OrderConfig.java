package dev.hybridstore.coreapi.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hybridstore.orders")
public interface OrderConfig {

    /**
     * How long POST /api/orders waits for the broker's acknowledgement before answering 503. Longer than the producer's
     * delivery.timeout.ms, so a 503 means the producer gave up on the record too.
     */
    @WithDefault("15s")
    Duration publishTimeout();
}
