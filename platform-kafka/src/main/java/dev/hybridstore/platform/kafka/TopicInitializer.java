package dev.hybridstore.platform.kafka;

import dev.hybridstore.model.kafka.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the suite's topics at start when they are absent (the brokers refuse auto-creation, which would give one
 * partition). Idempotent: every Kafka-using service runs it, whichever starts first wins.
 */
@Singleton
public class TopicInitializer {

    @Inject
    @ConfigProperty(name = "hybridstore.kafka.bootstrap-servers")
    String bootstrap;
    @Inject
    @ConfigProperty(name = "hybridstore.kafka.replication-factor")
    short replication;
    @Inject
    @ConfigProperty(name = "hybridstore.kafka.create-topics", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            ensureTopics();
        }
    }

    /** The suite's topics; the AsyncAPI document (shared-model contract/asyncapi.yaml) states the same partitions. */
    static List<NewTopic> topics(short replication) {
        return List.of(
                new NewTopic(Topics.ORDERS, Topics.ORDERS_PARTITIONS, replication),
                new NewTopic(Topics.ORDERS_DLQ, 3, replication),
                new NewTopic(Topics.EMBEDDING_REQUESTS, 3, replication),
                new NewTopic(Topics.DB_EVENTS, 1, replication));
    }

    public void ensureTopics() {
        List<NewTopic> wanted = topics(replication);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
                Log.infof("Created Kafka topics %s (replication factor %d)", missing.stream().map(NewTopic::name).toList(), replication);
            }
            List<NewTopic> kept = wanted.stream().filter(t -> existing.contains(t.name())).toList();
            if (!kept.isEmpty()) {
                Map<String, TopicDescription> found = admin.describeTopics(kept.stream().map(NewTopic::name).toList())
                        .allTopicNames().get(10, TimeUnit.SECONDS);
                kept.forEach(t -> tooFewPartitions(t.name(), found.get(t.name()).partitions().size(), t.numPartitions())
                        .ifPresent(Log::warn));
            }
        } catch (Exception e) {
            // Not fatal: readiness reports Kafka DOWN until it is reachable, and the next start creates the topics.
            Log.warnf("Kafka topics not verified at KAFKA_BOOTSTRAP_SERVERS=%s: %s", bootstrap, rootMessage(e));
        }
    }

    /** A topic made elsewhere (by hand, by an older release) may have fewer partitions than its consumers share. */
    static Optional<String> tooFewPartitions(String topic, int have, int want) {
        if (have >= want) {
            return Optional.empty();
        }
        return Optional.of("Kafka topic " + topic + " has " + have + " partition(s), fewer than the " + want + " its consumers "
                + "share: at most " + have + " consumer(s) of a group work. Add partitions with ./suite kafka-topics --alter --topic "
                + topic + " --partitions " + want + " (keys then map to other partitions: do it while nothing is in flight)");
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
