package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.kafka.DlqHeaders;
import io.opentelemetry.api.trace.Span;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The orders channel: batches of raw records (bytes, so nothing fails before we can dead-letter it). A batch is
 * acknowledged only after {@link OrderBatchService} has stored it; the throttled commit strategy then commits offsets
 * up to the last acknowledged record, so a crash or rebalance redelivers, and never skips, unstored orders.
 */
@ApplicationScoped
public class OrderConsumer {

    @Inject
    OrderBatchService service;
    @Inject
    OrderTraces traces;

    @Incoming("orders")
    @SuppressWarnings("unchecked")
    public Uni<Void> consume(Message<List<byte[]>> batch) {
        ConsumerRecords<byte[], byte[]> consumed = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).orElseThrow().getRecords();
        List<IncomingOrder> records = new ArrayList<>(consumed.count());
        for (ConsumerRecord<byte[], byte[]> r : consumed) {
            Header replays = r.headers().lastHeader(DlqHeaders.REPLAY_COUNT);
            records.add(new IncomingOrder(r.topic(), r.partition(), r.offset(), r.key(), r.value(), Instant.ofEpochMilli(r.timestamp()),
                    replays == null ? null : replays.value(), traces.of(r.headers())));
        }
        Instant start = Instant.now();
        Span span = traces.startBatch(records);
        return service.store(records).invoke(result -> traces.stored(span, start, records, result))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }
}
