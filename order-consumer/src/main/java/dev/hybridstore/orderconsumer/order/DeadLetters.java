package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.model.kafka.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Forwards records that cannot be stored to {@value Topics#ORDERS_DLQ}: original key, value and timestamp untouched (a
 * replay puts them back as they were), the reason and the source position in headers ({@link DlqHeaders}). The returned
 * Uni completes only when the broker has every record, so the batch is acknowledged (and its offsets committed) only
 * after its bad records are safe.
 */
@Singleton
public class DeadLetters {

    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_DETAIL = 500;

    private final MutinyEmitter<byte[]> emitter;
    private final Map<DlqReason, Counter> counters = new EnumMap<>(DlqReason.class);

    // The buffer is bounded by the batch: the consumer waits for these sends before taking the next batch.
    DeadLetters(@Channel("orders-dlq") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> emitter,
            MeterRegistry registry) {
        this.emitter = emitter;
        for (DlqReason reason : DlqReason.values()) {
            counters.put(reason, Counter.builder("hybridstore.orders.dlq").tag("reason", reason.header())
                    .description("Order events sent to the dead-letter topic").register(registry));
        }
    }

    public Uni<Void> send(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(letters.stream().map(this::send).toList()).andFailFast()
                .invoke(() -> letters.forEach(l -> counters.get(l.reason()).increment()))
                .replaceWithVoid();
    }

    private Uni<Void> send(DeadLetter letter) {
        IncomingOrder source = letter.source();
        RecordHeaders headers = new RecordHeaders();
        headers.add(DlqHeaders.REASON, utf8(letter.reason().header()));
        headers.add(DlqHeaders.DETAIL, utf8(truncate(letter.detail())));
        headers.add(DlqHeaders.SOURCE_TOPIC, utf8(source.topic()));
        headers.add(DlqHeaders.SOURCE_PARTITION, utf8(Integer.toString(source.partition())));
        headers.add(DlqHeaders.SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        if (source.replayCount() != null) {
            // A replayed record that fails again keeps its count, so the replay's limit ends the loop.
            headers.add(DlqHeaders.REPLAY_COUNT, source.replayCount());
        }
        OutgoingKafkaRecordMetadata<byte[]> metadata = OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withKey(source.key()).withHeaders(headers).withTimestamp(source.timestamp()).build();
        // Under the order's own trace: the dead-letter record's traceparent leads back to the request that placed it.
        return emitter.sendMessage(Message.of(source.value() == null ? EMPTY : source.value()).addMetadata(metadata)
                .addMetadata(TracingMetadata.withCurrent(source.trace())));
    }

    private static String truncate(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
