package dev.hybridstore.testsupport;

import dev.hybridstore.model.config.DeploymentSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Connects a {@code @QuarkusTest} to a real PostgreSQL (with pgvector), Redis and Kafka: the ones {@code ./suite test}
 * started, or containers where a Docker engine runs. Applies the migrations first. Use with
 * {@code @QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = false)} or
 * {@code @WithTestResource(RealServices.class)}.
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    private static ServiceEndpoints endpoints;

    /** The endpoints in use, resolved once per JVM. */
    public static synchronized ServiceEndpoints endpoints() {
        if (endpoints == null) {
            ServiceEndpoints local = ServiceEndpoints.fromEnvironment();
            if (local.reachable()) {
                endpoints = local;
            } else if (ContainerServices.dockerAvailable()) {
                endpoints = ContainerServices.start();
            } else {
                throw new IllegalStateException("No PostgreSQL/Redis/Kafka at " + local.redisUrl() + ", " + local.kafkaBootstrap()
                        + " and the database in DATABASE_URL, and no Docker engine. Run the tests with ./suite test, "
                        + "which starts them.");
            }
            Migrations.migrate(endpoints.databaseUrl());
        }
        return endpoints;
    }

    @Override
    public Map<String, String> start() {
        ServiceEndpoints e = endpoints();
        Map<String, String> raw = Map.of("DATABASE_URL", e.databaseUrl(), "REDIS_URL", e.redisUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", e.kafkaBootstrap());
        // Derive the hybridstore.* properties exactly as the services do, from these endpoints.
        Map<String, String> props = new HashMap<>(DeploymentSettings.resolve(name -> Optional.ofNullable(raw.get(name))
                .or(() -> Optional.ofNullable(System.getenv(name)))).properties());
        props.putAll(raw);
        return props;
    }

    @Override
    public void stop() {
        // The services outlive the test class: ./suite test (or Testcontainers' reaper) stops them.
    }
}
