package dev.hybridstore.cacheworker.cache;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.hybridstore.model.redis.RedisKeys;

/** A table seed 003 caches, with the hash core-api reads and the sorted set that orders the hash's entries by age. */
public enum CachedTable {
    USERS("users", RedisKeys.USERS),
    PRODUCTS("products", RedisKeys.PRODUCTS);

    private final String label;
    private final String hash;

    CachedTable(String label, String hash) {
        this.label = label;
        this.hash = hash;
    }

    /** The table name, used as the metrics tag and in reports. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The hash id → record JSON that readers use. */
    public String hash() {
        return hash;
    }

    /**
     * Companion sorted set: id → epoch millis of the cycle that cached it; only the cache-worker writes it. Its hash tag
     * is the whole name of the hash, so both sit in the hash's slot of a Redis Cluster and one script can use both:
     * {@code {cache:users}:cached-at} hashes {@code cache:users}, as the untagged {@code cache:users} does.
     */
    public String cachedAtKey() {
        return "{" + hash + "}:cached-at";
    }
}
