package dev.hybridstore.coreapi.web;

import dev.hybridstore.testsupport.ConfigProfile;

/**
 * Redis and the orders producer's Kafka point at a closed port; PostgreSQL stays up. The test classes that need an
 * outage share this one profile, so Quarkus starts once for all of them.
 */
public class OutageProfile extends ConfigProfile {

    public OutageProfile() {
        super(
                "quarkus.redis.hosts", "redis://127.0.0.1:1",
                "mp.messaging.outgoing.orders-out.bootstrap.servers", "127.0.0.1:1",
                "mp.messaging.outgoing.orders-out.max.block.ms", "1000",
                "mp.messaging.outgoing.orders-out.request.timeout.ms", "1000",
                "mp.messaging.outgoing.orders-out.delivery.timeout.ms", "2000",
                // Limits that Redis down must not enforce (RateLimitRedisDownTest): requests are served uncounted.
                "hybridstore.rate-limit.search-per-minute", "1",
                "hybridstore.rate-limit.orders-per-second", "1");
    }
}
