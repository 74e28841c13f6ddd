package dev.hybridstore.coreapi.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client limits of the expensive endpoints, counted in Redis so that they hold across core-api instances. 0 = off. */
@ConfigMapping(prefix = "hybridstore.rate-limit")
public interface RateLimitConfig {

    /** Searches (each embeds its query) per client and minute: /api/search/*, question, manual and catalog search. */
    @WithDefault("0")
    int searchPerMinute();

    /** Order intake requests per client and second: POST /api/orders and POST /api/orders/batch (a batch is one request). */
    @WithDefault("0")
    int ordersPerSecond();

    /** The header naming the client; without it the client is its address. */
    @WithDefault("X-API-Key")
    String apiKeyHeader();

    /** Behind a load balancer: the client's address is the first of X-Forwarded-For, not the connection's. */
    @WithDefault("false")
    boolean trustForwardedFor();
}
