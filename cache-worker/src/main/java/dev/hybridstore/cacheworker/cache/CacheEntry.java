package dev.hybridstore.cacheworker.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;

/**
 * One picked row as it goes into the hash: its id, the record as JSON (the shared records through {@link Json#MAPPER},
 * the exact values core-api serves) and whether it had never been cached before.
 */
public record CacheEntry(String id, String json, boolean fresh) {

    public static CacheEntry of(String id, Object record, boolean fresh) {
        try {
            return new CacheEntry(id, Json.MAPPER.writeValueAsString(record), fresh);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + record.getClass().getSimpleName() + " " + id, e);
        }
    }
}
