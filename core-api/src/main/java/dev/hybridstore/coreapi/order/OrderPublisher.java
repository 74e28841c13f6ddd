package dev.hybridstore.coreapi.order;

import dev.hybridstore.model.event.OrderPlaced;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Puts OrderPlaced events on topic {@code orders}, keyed by order_id (so one order always lands on one partition).
 * Completes only once the broker acknowledged the record (acks=all, idempotent producer: see application.properties);
 * any failure is a 503 that says whether the order was refused or its outcome is unknown ({@link PublishOutcome}), so
 * an acknowledged order is never silently lost and a refused one never stored.
 */
@Startup // its counters are on /q/metrics, at 0, before the first order
@Singleton
public class OrderPublisher {

    private final MutinyEmitter<OrderPlaced> emitter;
    private final OrderConfig config;
    private final Counter published;
    private final Map<PublishOutcome, Counter> failed = new EnumMap<>(PublishOutcome.class);
    private final AtomicBoolean failing = new AtomicBoolean();

    OrderPublisher(@Channel("orders-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<OrderPlaced> emitter,
            OrderConfig config, MeterRegistry registry) {
        this.emitter = emitter;
        this.config = config;
        this.published = Counter.builder("hybridstore.coreapi.orders.published").description("Orders acknowledged by Kafka")
                .register(registry);
        for (PublishOutcome outcome : PublishOutcome.values()) {
            failed.put(outcome, Counter.builder("hybridstore.coreapi.orders.publish.failures")
                    .description("Orders Kafka did not acknowledge, by outcome: refused or unknown")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    /** Sends the order and completes when Kafka acknowledged it; fails with a 503 problem carrying the outcome otherwise. */
    public Uni<Void> publish(OrderPlaced order) {
        // The request's trace context: the connector's produce span is its child, and the record's traceparent header
        // carries it to the order-consumer (the emitter may send from another thread, where it is not current).
        Message<OrderPlaced> message = Message.of(order)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(order.orderId()).build())
                .addMetadata(TracingMetadata.withCurrent(Context.current()));
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onItem().invoke(this::acknowledged)
                .onFailure().transform(e -> {
                    PublishOutcome outcome = PublishOutcome.of(e);
                    failed(outcome, e);
                    return outcome.problem(order.orderId(), outcome == PublishOutcome.REFUSED
                            ? "the Kafka producer failed before sending it" : "Kafka did not acknowledge it");
                });
    }

    private void acknowledged() {
        published.increment();
        if (failing.compareAndSet(true, false)) {
            Log.info("Kafka acknowledges orders again");
        }
    }

    /** One WARN per outage, not one per failed order. */
    private void failed(PublishOutcome outcome, Throwable e) {
        failed.get(outcome).increment();
        if (failing.compareAndSet(false, true)) {
            Log.warnf("Kafka does not acknowledge orders; POST /api/orders answers 503 until it does (%s)", e.toString());
        }
    }
}
