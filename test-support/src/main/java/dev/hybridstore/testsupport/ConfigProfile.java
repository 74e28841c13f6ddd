package dev.hybridstore.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test profile that overrides settings: a subclass passes them, each key followed by its value, from the no-argument
 * constructor Quarkus calls ({@code public Deployed() { super("hybridstore.bench.enabled", "false"); }}).
 */
public abstract class ConfigProfile implements QuarkusTestProfile {

    private final Map<String, String> overrides = new LinkedHashMap<>();

    protected ConfigProfile(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("settings come as key, value pairs");
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
