package dev.hybridstore.coreapi.ratelimit;

import java.time.Duration;

/** The protected kinds of request: each has its own budget per client and window. */
public enum Limit {
    SEARCH("search", Duration.ofMinutes(1)),
    ORDERS("orders", Duration.ofSeconds(1));

    private final String key;
    private final Duration window;

    Limit(String key, Duration window) {
        this.key = key;
        this.window = window;
    }

    /** The name in Redis keys and problem bodies. */
    public String key() {
        return key;
    }

    public Duration window() {
        return window;
    }

    /** Requests allowed per window; 0 = unlimited. */
    int perWindow(RateLimitConfig config) {
        return switch (this) {
            case SEARCH -> config.searchPerMinute();
            case ORDERS -> config.ordersPerSecond();
        };
    }
}
