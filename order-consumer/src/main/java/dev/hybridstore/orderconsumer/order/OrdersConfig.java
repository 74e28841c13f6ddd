package dev.hybridstore.orderconsumer.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of the order pipeline; the Kafka side (topic, group, batch size) is the channel's own configuration. */
@ConfigMapping(prefix = "hybridstore.orders")
public interface OrdersConfig {

    /** The zone of orders.created_at (a TIMESTAMP without zone), REPORTS_ZONE: the same as core-api's reports. */
    @WithDefault("UTC")
    ZoneId zone();

    /** First pause before a failed batch (database or broker unreachable) is tried again; doubles up to the maximum. */
    @WithDefault("200ms")
    Duration retryInitialBackoff();

    @WithDefault("10s")
    Duration retryMaxBackoff();

    /**
     * A batch failing this long turns readiness DOWN (the pipeline is stuck: an outage, or a failure that repeats); a
     * stored batch brings it back.
     */
    @WithDefault("60s")
    Duration stuckAfter();

    /** After a Redis failure, lookups and report invalidation skip Redis this long instead of timing out per batch. */
    @WithDefault("5s")
    Duration redisRetryAfter();
}
