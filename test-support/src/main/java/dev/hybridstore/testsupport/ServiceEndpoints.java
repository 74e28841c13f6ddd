package dev.hybridstore.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;

/**
 * Where the real services are. {@code ./suite test} exports DATABASE_URL, REDIS_URL and KAFKA_BOOTSTRAP_SERVERS; without
 * them the test stack's default ports are used.
 */
public record ServiceEndpoints(String databaseUrl, String redisUrl, String kafkaBootstrap) {

    static final String DEFAULT_DATABASE_URL = "postgresql://hybridstore:hybridstore@127.0.0.1:55532/hybridstore";
    static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:56479";
    static final String DEFAULT_KAFKA = "127.0.0.1:59192";

    public static ServiceEndpoints fromEnvironment() {
        return new ServiceEndpoints(env("DATABASE_URL", DEFAULT_DATABASE_URL), env("REDIS_URL", DEFAULT_REDIS_URL),
                env("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_KAFKA));
    }

    /** True when PostgreSQL, Redis and the first Kafka broker accept TCP connections. */
    public boolean reachable() {
        URI db = URI.create(databaseUrl.replaceFirst("^(jdbc:)?postgres(ql)?(\\+\\w+)?", "postgresql"));
        URI redis = URI.create(redisUrl);
        String[] kafka = kafkaBootstrap.split(",")[0].split(":");
        return open(db.getHost(), db.getPort() > 0 ? db.getPort() : 5432)
                && open(redis.getHost(), redis.getPort() > 0 ? redis.getPort() : 6379)
                && open(kafka[0], Integer.parseInt(kafka[1]));
    }

    private static boolean open(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(System.getProperty(name))).orElse(fallback);
    }
}
