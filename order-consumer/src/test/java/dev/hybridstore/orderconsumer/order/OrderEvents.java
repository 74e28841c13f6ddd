package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** An external producer of the orders contract: key = order_id, value = JSON bytes, written with acks=all. */
final class OrderEvents implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final String bootstrap;

    OrderEvents(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    void send(OrderPlaced event) {
        send(null, event.orderId(), json(event));
    }

    /** Sends a value under a caller's trace, as core-api does: its context in a traceparent header. */
    void sendTraced(String key, String value, String traceparent) {
        try {
            producer.send(new ProducerRecord<>(topic, null, utf8(key), utf8(value), List.of(new RecordHeader("traceparent", utf8(traceparent)))))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** Sends without waiting; the future completes when the broker has the record. */
    Future<RecordMetadata> sendAsync(OrderPlaced event) {
        return producer.send(new ProducerRecord<>(topic, utf8(event.orderId()), utf8(json(event))));
    }

    /** Sends a value as is, to a chosen partition (null: by key), and waits for the broker's acknowledgement. */
    void send(Integer partition, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, partition, utf8(key), utf8(value))).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /**
     * Sends as the dead-letter replay puts a record back: in a transaction (committed or aborted), with the original
     * timestamp and a replay count.
     */
    void sendReplayed(String key, String value, long timestamp, int replays, boolean commit, String transactionalId) {
        try (KafkaProducer<byte[], byte[]> replay = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId), new ByteArraySerializer(), new ByteArraySerializer())) {
            replay.initTransactions();
            replay.beginTransaction();
            replay.send(new ProducerRecord<>(topic, 0, timestamp, utf8(key), utf8(value),
                    List.of(new RecordHeader(DlqHeaders.REPLAY_COUNT, utf8(Integer.toString(replays))))));
            if (commit) {
                replay.commitTransaction();
            } else {
                replay.abortTransaction();
            }
        }
    }

    static String json(OrderPlaced event) {
        try {
            return Json.MAPPER.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
