package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.kafka.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
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
 * Forwards records that cannot be stored to {@value Topics#ORDERS_DLQ}: original key and value untouched, the reason and
 * the source position in headers. The returned Uni completes only when the broker has every record, so the batch is
 * acknowledged (and its offsets committed) only after its bad records are safe.
 */
@Singleton
public class DeadLetters {

    public static final String REASON = "dlq-reason";
    public static final String DETAIL = "dlq-detail";
    public static final String SOURCE_TOPIC = "dlq-source-topic";
    public static final String SOURCE_PARTITION = "dlq-source-partition";
    public static final String SOURCE_OFFSET = "dlq-source-offset";

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
        headers.add(REASON, utf8(letter.reason().header()));
        headers.add(DETAIL, utf8(truncate(letter.detail())));
        headers.add(SOURCE_TOPIC, utf8(source.topic()));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(source.partition())));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        OutgoingKafkaRecordMetadata<byte[]> metadata = OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withKey(source.key()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(source.value() == null ? EMPTY : source.value()).addMetadata(metadata));
    }

    private static String truncate(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
