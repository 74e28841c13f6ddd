package dev.hybridstore.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The same three services in containers, for machines that run a Docker engine and have no ./suite stack. */
final class ContainerServices {

    private static ServiceEndpoints started;

    private ContainerServices() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The broker the suite runs (infra/kafka/pom.xml's kafka.version) and docker-compose.yml's. */
    static final String KAFKA_IMAGE = "apache/kafka:4.4.0";

    /** Started once per JVM and left to Testcontainers' reaper. */
    static synchronized ServiceEndpoints start() {
        if (started == null) {
            var postgres = new PostgreSQLContainer(DockerImageName.parse("pgvector/pgvector:pg15").asCompatibleSubstituteFor("postgres"))
                    .withDatabaseName("hybridstore").withUsername("hybridstore").withPassword("hybridstore")
                    .withEnv("POSTGRES_INITDB_ARGS", "--locale=C.UTF-8 -E UTF8")
                    .withCommand("postgres", "-c", "shared_preload_libraries=pg_stat_statements");
            var redis = new GenericContainer<>("redis:7").withExposedPorts(6379).withCommand("redis-server", "--save", "");
            var kafka = new KafkaContainer(KAFKA_IMAGE);
            postgres.start();
            redis.start();
            kafka.start();
            started = new ServiceEndpoints(
                    "postgresql://hybridstore:hybridstore@" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/hybridstore",
                    "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379), kafka.getBootstrapServers());
        }
        return started;
    }
}
