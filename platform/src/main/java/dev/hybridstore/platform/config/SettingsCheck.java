package dev.hybridstore.platform.config;

import dev.hybridstore.model.config.DeploymentConfigSourceFactory;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports wrong deployment settings once at start (one line each) and keeps readiness DOWN while any exist. */
@Readiness
@Singleton
public class SettingsCheck implements HealthCheck {

    private final List<String> errors;
    private final String database;

    SettingsCheck(@ConfigProperty(name = DeploymentConfigSourceFactory.ERRORS) Optional<String> errors,
            @ConfigProperty(name = "hybridstore.db.redacted-url") String database) {
        this.errors = errors.map(e -> List.of(e.split("\n"))).orElse(List.of());
        this.database = database;
    }

    void report(@Observes StartupEvent event) {
        errors.forEach(e -> Log.errorf("Invalid setting %s", e));
        Log.infof("Database %s", database);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("settings").status(errors.isEmpty()).withData("database", database)
                .withData("errors", String.join("; ", errors)).build();
    }
}
