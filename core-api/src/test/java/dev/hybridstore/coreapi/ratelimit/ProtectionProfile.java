package dev.hybridstore.coreapi.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small limits, and load shedding with at most one request in flight, so both can be reached by a test. The test classes
 * of both share this profile: Quarkus starts once for them.
 */
public class ProtectionProfile implements QuarkusTestProfile {

    public static final int SEARCHES_PER_MINUTE = 3;
    public static final int ORDERS_PER_SECOND = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hybridstore.rate-limit.search-per-minute", Integer.toString(SEARCHES_PER_MINUTE),
                "hybridstore.rate-limit.orders-per-second", Integer.toString(ORDERS_PER_SECOND),
                "hybridstore.load-shedding.enabled", "true",
                "quarkus.load-shedding.initial-limit", "1",
                "quarkus.load-shedding.max-limit", "1");
    }
}
