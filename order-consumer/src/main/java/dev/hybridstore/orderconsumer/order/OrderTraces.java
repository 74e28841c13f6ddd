package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.orderconsumer.order.OrderBatchService.BatchResult;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The spans of a consumed batch. The connector's own per-record tracing is off (it would make a second span per record):
 * the batch gets one span, linked to the trace of each of its records, and each record one span under its own trace
 * (the POST that placed the order), from the batch's start until it was stored or dead-lettered, linked to the batch.
 */
@Singleton
public class OrderTraces {

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    OrderTraces(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("hybridstore.order-consumer");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The trace context a record's headers carry (traceparent); the root context without one. */
    public Context of(Headers headers) {
        return propagator.extract(Context.root(), headers, HEADERS);
    }

    /** The batch's span: a trace of its own, linked to the trace of each record. */
    public Span startBatch(List<IncomingOrder> records) {
        SpanBuilder batch = tracer.spanBuilder("orders store").setSpanKind(SpanKind.CONSUMER).setNoParent()
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.batch.message_count", records.size());
        for (IncomingOrder record : records) {
            SpanContext sender = Span.fromContext(record.trace()).getSpanContext();
            if (sender.isValid()) {
                batch.addLink(sender);
            }
        }
        return batch.startSpan();
    }

    /** One span per record under its own trace, with its outcome; then the batch's span ends. */
    public void stored(Span batch, Instant start, List<IncomingOrder> records, BatchResult result) {
        Map<IncomingOrder, DeadLetter> dead = new IdentityHashMap<>();
        result.deadLetters().forEach(letter -> dead.put(letter.source(), letter));
        for (IncomingOrder record : records) {
            DeadLetter letter = dead.get(record);
            String outcome = letter == null ? "stored" : "dead-lettered " + letter.reason().header();
            String order = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
            Span span = tracer.spanBuilder("orders store order").setSpanKind(SpanKind.CONSUMER).setParent(record.trace())
                    .setStartTimestamp(start).addLink(batch.getSpanContext())
                    .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset()).setAttribute("messaging.kafka.message.key", order)
                    .setAttribute("hybridstore.order.outcome", outcome).startSpan();
            try (Scope ignored = span.makeCurrent()) {
                Log.debugf("Order %s of %s-%d@%d: %s", order, record.topic(), record.partition(), record.offset(), outcome);
            } finally {
                span.end();
            }
        }
        batch.end();
    }
}
