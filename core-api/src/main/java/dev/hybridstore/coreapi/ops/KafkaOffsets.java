package dev.hybridstore.coreapi.ops;

import dev.hybridstore.model.kafka.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import dev.hybridstore.coreapi.ops.OpsViews.PartitionLag;

/**
 * Kafka's own figures, through its admin API with the service's Kafka settings: records written to {@code orders} and
 * {@code orders-dlq}, and the consumer group's committed offset and lag on each partition of {@code orders}.
 */
@Singleton
class KafkaOffsets {

    private final Map<String, Object> settings;
    private final String group;
    private Admin admin;

    KafkaOffsets(@Identifier("default-kafka-broker") Map<String, Object> kafka, OpsConfig config) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                settings.put(k, v);
            }
        });
        int timeout = (int) config.timeout().toMillis();
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "core-api-ops");
        this.settings = settings;
        this.group = config.consumerGroup();
    }

    record Offsets(long ordersWritten, long dlqWritten, List<PartitionLag> partitions) {
    }

    /** Fails when Kafka does not answer within the configured timeout. */
    Uni<Offsets> offsets() {
        Admin admin = admin();
        return await(admin.describeTopics(List.of(Topics.ORDERS, Topics.ORDERS_DLQ)).allTopicNames()).chain(topics -> {
            List<TopicPartition> orders = partitions(topics.get(Topics.ORDERS));
            List<TopicPartition> all = new ArrayList<>(orders);
            all.addAll(partitions(topics.get(Topics.ORDERS_DLQ)));
            return Uni.combine().all().unis(
                    await(admin.listOffsets(specs(all, OffsetSpec.latest())).all()),
                    await(admin.listOffsets(specs(orders, OffsetSpec.earliest())).all()),
                    await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata())).asTuple()
                    .map(t -> {
                        Map<TopicPartition, Long> end = offsets(t.getItem1());
                        Map<TopicPartition, Long> start = offsets(t.getItem2());
                        Map<TopicPartition, OffsetAndMetadata> committed = t.getItem3();
                        List<PartitionLag> lags = orders.stream().map(p -> lag(p, end.get(p), start.get(p), committed.get(p))).toList();
                        long dlq = end.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.ORDERS_DLQ))
                                .mapToLong(Map.Entry::getValue).sum();
                        return new Offsets(lags.stream().mapToLong(PartitionLag::endOffset).sum(), dlq, lags);
                    });
        });
    }

    /** With no commit, or one older than what the topic still holds, the group starts at the earliest record. */
    private static PartitionLag lag(TopicPartition p, long end, long start, OffsetAndMetadata committed) {
        Long at = committed == null ? null : committed.offset();
        long from = at == null ? start : Math.max(at, start);
        return new PartitionLag(p.partition(), end, at, Math.max(0, end - from));
    }

    private static List<TopicPartition> partitions(TopicDescription topic) {
        return topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())).toList();
    }

    private static Map<TopicPartition, OffsetSpec> specs(List<TopicPartition> partitions, OffsetSpec spec) {
        return partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec));
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, ListOffsetsResultInfo> info) {
        return info.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> Uni<T> await(KafkaFuture<T> future) {
        return Uni.createFrom().completionStage(future.toCompletionStage());
    }

    /** One client for the life of the service, made on first use (Kafka may be down at start). */
    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
