package dev.hybridstore.model.redis;

import java.time.LocalDate;

/** Every Redis key the suite uses. Hashes of seed 003, composite keys of seed 002: {resource}:{id}:{date}:{category}. */
public final class RedisKeys {

    /** Hash user_id → user JSON, the aging window the cache-worker maintains. */
    public static final String USERS = "cache:users";
    /** Hash product_id → product JSON. */
    public static final String PRODUCTS = "cache:products";
    public static final String REPORT = "report";

    private RedisKeys() {
    }

    public static String composite(String resource, Object id, LocalDate date, String category) {
        return resource + ":" + id + ":" + date + ":" + category;
    }

    /** A store's daily report for one category, e.g. {@code report:1:2025-01-09:sales}. */
    public static String report(long storeId, LocalDate date, String category) {
        return composite(REPORT, storeId, date, category);
    }

    /** Every report key of one store (seed 002's reset pattern). Use with SCAN, never KEYS. */
    public static String reportPattern(long storeId) {
        return REPORT + ":" + storeId + ":*";
    }

    /** One store's reports for one day, any category. */
    public static String reportPattern(long storeId, LocalDate date) {
        return REPORT + ":" + storeId + ":" + date + ":*";
    }
}
