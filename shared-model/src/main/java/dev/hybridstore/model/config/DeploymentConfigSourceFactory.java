package dev.hybridstore.model.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes {@link DeploymentSettings} as {@code hybridstore.*} properties. Services map those onto Quarkus keys in
 * their application.properties. Ordinal 260: above application.properties, below explicit env/system properties.
 */
public class DeploymentConfigSourceFactory implements ConfigSourceFactory {

    public static final String ERRORS = "hybridstore.config.errors";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        DeploymentSettings.Resolved resolved = DeploymentSettings.resolve(name -> Optional.ofNullable(context.getValue(name))
                .map(ConfigValue::getValue));
        Map<String, String> props = new LinkedHashMap<>(resolved.properties());
        props.put(ERRORS, String.join("\n", resolved.errors()));
        return List.of(new MapBackedConfigSource("hybridstore-deployment-settings", props, 260) {
        });
    }
}
