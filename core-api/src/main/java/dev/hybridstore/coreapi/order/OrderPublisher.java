package dev.hybridstore.coreapi.order;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.platform.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Puts OrderPlaced events on topic {@code orders}, keyed by order_id (so one order always lands on one partition).
 * Completes only once the broker acknowledged the record (acks=all, idempotent producer: see application.properties);
 * any failure is a 503, so an order is either on the topic or refused, never silently lost.
 */
@Singleton
public class OrderPublisher {

    private final MutinyEmitter<OrderPlaced> emitter;
    private final OrderConfig config;
    private final Counter published;
    private final Counter failed;
    private final AtomicBoolean failing = new AtomicBoolean();

    OrderPublisher(@Channel("orders-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<OrderPlaced> emitter,
            OrderConfig config, MeterRegistry registry) {
        this.emitter = emitter;
        this.config = config;
        this.published = Counter.builder("hybridstore.coreapi.orders.published").description("Orders acknowledged by Kafka")
                .register(registry);
        this.failed = Counter.builder("hybridstore.coreapi.orders.publish.failures").description("Orders Kafka did not acknowledge")
                .register(registry);
    }

    /** Sends the order and completes when Kafka acknowledged it; fails with a 503 problem otherwise. */
    public Uni<Void> publish(OrderPlaced order) {
        Message<OrderPlaced> message = Message.of(order)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(order.orderId()).build());
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.publishTimeout()).fail()
                .onItem().invoke(this::acknowledged)
                .onFailure().transform(e -> {
                    refused(e);
                    return ProblemException.unavailable("Kafka did not acknowledge order '" + order.orderId()
                            + "', so it was not accepted; retry with the same order_id");
                });
    }

    private void acknowledged() {
        published.increment();
        if (failing.compareAndSet(true, false)) {
            Log.info("Kafka acknowledges orders again");
        }
    }

    /** One WARN per outage, not one per refused order. */
    private void refused(Throwable e) {
        failed.increment();
        if (failing.compareAndSet(false, true)) {
            Log.warnf("Kafka does not acknowledge orders; POST /api/orders answers 503 until it does (%s)", e.toString());
        }
    }
}
