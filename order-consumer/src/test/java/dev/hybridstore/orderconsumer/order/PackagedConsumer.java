package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.testsupport.ServiceEndpoints;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged order-consumer ({@code mvn verify} builds target/quarkus-app before the integration tests) as a child
 * process on the test stack, reading {@code topic} in {@code group}, its console output in target/{@code name}.log.
 */
record PackagedConsumer(Process process, Path log, int port) implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    static PackagedConsumer start(ServiceEndpoints services, String name, String topic, String group, Map<String, String> overrides)
            throws IOException {
        assertThat(JAR).as("the packaged service (mvn verify packages it before integration tests)").exists();
        int port = freePort();
        Path log = Path.of("target", name + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DATABASE_URL", services.databaseUrl());
        env.put("REDIS_URL", services.redisUrl());
        env.put("KAFKA_BOOTSTRAP_SERVERS", services.kafkaBootstrap());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("MP_MESSAGING_INCOMING_ORDERS_TOPIC", topic);
        env.put("MP_MESSAGING_INCOMING_ORDERS_GROUP_ID", group);
        env.remove("LOG_FORMAT");
        env.remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        env.putAll(overrides);
        return new PackagedConsumer(builder.start(), log, port);
    }

    /** kill -9, as a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
