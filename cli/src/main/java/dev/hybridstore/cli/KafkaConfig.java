package dev.hybridstore.cli;

import io.smallrye.config.ConfigMapping;

/** The deployment's Kafka, as DeploymentSettings reads it from KAFKA_BOOTSTRAP_SERVERS and KAFKA_REPLICATION_FACTOR. */
@ConfigMapping(prefix = "hybridstore.kafka")
public interface KafkaConfig {

    String bootstrapServers();

    /** What the benchmark's own topics are created with, as the services create theirs. */
    short replicationFactor();
}
