package dev.hybridstore.cli.orders;

import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.DlqReason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Puts dead letters back on the orders topic exactly once. Each reason has a consumer group of its own on the DLQ (so
 * replaying one reason leaves the others for later), read up to the end the DLQ had when the run began. Every batch is
 * one Kafka transaction holding the records put back and the group's new DLQ offsets: both land, or neither. The
 * transactional id is fixed, so a run fences any earlier run that was killed mid-batch and aborts its open
 * transaction before reading the offsets: a rerun after a kill -9 moves nothing twice.
 */
final class DlqReplay implements AutoCloseable {

    /** Where dead letters are read, where they go back to, and the name of the replay's groups and transactional id. */
    record Route(String dlq, String orders, String name) {
    }

    /** One reason's outcome: records put back, and records left because their replay count reached the limit. */
    record Tally(DlqReason reason, long moved, long held) {
    }

    private final String bootstrap;
    private final Route route;
    private final Runnable beforeCommit;
    private KafkaProducer<byte[], byte[]> producer;

    /** beforeCommit runs between a batch's sends and its commit (a test stops there, as a kill -9 would). */
    DlqReplay(String bootstrap, Route route, Runnable beforeCommit) {
        this.bootstrap = bootstrap;
        this.route = route;
        this.beforeCommit = beforeCommit;
    }

    /** Replays the reasons' dead letters whose replay count is below {@code limit}; a dry run moves and commits nothing. */
    List<Tally> replay(List<DlqReason> reasons, int limit, boolean dryRun) {
        if (!dryRun && producer == null) {
            producer = transactionalProducer(); // before any offset is read: it aborts what a killed run left open
        }
        List<Tally> tallies = new ArrayList<>();
        for (DlqReason reason : reasons) {
            tallies.add(replay(reason, limit, dryRun));
        }
        return tallies;
    }

    private Tally replay(DlqReason reason, int limit, boolean dryRun) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(route.name() + "-" + reason.header())) {
            List<TopicPartition> partitions = consumer.partitionsFor(route.dlq()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long moved = 0;
            long held = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                Map<TopicPartition, OffsetAndMetadata> read = new HashMap<>();
                List<ProducerRecord<byte[], byte[]>> back = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= ends.get(p)) {
                        continue; // arrived during the run: the next run's
                    }
                    read.put(p, new OffsetAndMetadata(r.offset() + 1));
                    if (!reason.header().equals(header(r, DlqHeaders.REASON))) {
                        continue;
                    }
                    int replays = replays(r);
                    if (replays >= limit) {
                        held++;
                    } else {
                        back.add(new ProducerRecord<>(route.orders(), null, r.timestamp(), r.key(), r.value(),
                                new RecordHeaders(List.of(new RecordHeader(DlqHeaders.REPLAY_COUNT, utf8(Integer.toString(replays + 1)))))));
                    }
                }
                if (!dryRun && !read.isEmpty()) {
                    commit(back, read, consumer);
                }
                moved += back.size();
            }
            return new Tally(reason, moved, held);
        }
    }

    private void commit(List<ProducerRecord<byte[], byte[]>> back, Map<TopicPartition, OffsetAndMetadata> read,
            KafkaConsumer<byte[], byte[]> consumer) {
        producer.beginTransaction();
        try {
            back.forEach(producer::send);
            producer.sendOffsetsToTransaction(read, consumer.groupMetadata());
            beforeCommit.run();
            producer.commitTransaction();
        } catch (ProducerFencedException e) {
            throw new IllegalStateException("another replay of " + route.dlq() + " started and took over; this one stopped", e);
        } catch (KafkaException | IllegalStateException e) {
            try {
                producer.abortTransaction();
            } catch (KafkaException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    private KafkaProducer<byte[], byte[]> transactionalProducer() {
        KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, route.name(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new ByteArraySerializer(), new ByteArraySerializer());
        p.initTransactions();
        return p;
    }

    private KafkaConsumer<byte[], byte[]> consumer(String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static int replays(ConsumerRecord<byte[], byte[]> r) {
        String count = header(r, DlqHeaders.REPLAY_COUNT);
        try {
            return count == null ? 0 : Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // a mangled count is never replayed blindly
        }
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
