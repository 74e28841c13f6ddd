package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.orderconsumer.order.OrderAssembler.Assembly;
import dev.hybridstore.orderconsumer.order.OrderParser.Triage;
import dev.hybridstore.orderconsumer.order.OrderWriter.Written;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores one consumed batch: parse and validate, denormalize from Redis/PostgreSQL, one insert, dead-letter what cannot
 * be stored, drop the touched reports. The returned Uni completes once all of that is durable, and only then is the
 * batch acknowledged. Every step is idempotent, so a batch that fails half-way (database or broker unreachable) is
 * simply run again, with backoff, until it succeeds.
 */
@ApplicationScoped
public class OrderBatchService {

    @Inject
    OrderParser parser;
    @Inject
    OrderLookup lookup;
    @Inject
    OrderAssembler assembler;
    @Inject
    OrderWriter writer;
    @Inject
    DeadLetters deadLetters;
    @Inject
    ReportInvalidator reports;
    @Inject
    OrderMetrics metrics;
    @Inject
    OrdersConfig config;
    /** Since when batches have been failing, and the last failure; null while batches are stored. */
    private final AtomicReference<Failing> stuck = new AtomicReference<>();

    public Uni<BatchResult> store(List<IncomingOrder> records) {
        metrics.batchSize.record(records.size());
        return attempt(records)
                .onFailure().invoke(this::failed)
                .onFailure().retry().withBackOff(config.retryInitialBackoff(), config.retryMaxBackoff()).indefinitely()
                .invoke(this::completed);
    }

    private Uni<BatchResult> attempt(List<IncomingOrder> records) {
        // Parsing a few thousand JSON values is CPU work: keep it off the event loop.
        return Uni.createFrom().item(records).emitOn(Infrastructure.getDefaultWorkerPool()).map(parser::parse)
                .chain(triage -> lookup.find(ids(triage, OrderPlaced::userId), ids(triage, OrderPlaced::productId))
                        .map(references -> assembler.assemble(triage.accepted(), references))
                        .chain(assembly -> writer.write(assembly.storable())
                                .call(written -> deadLetters.send(rejected(triage, assembly, written)))
                                .call(() -> reports.invalidate(assembly.touched()))
                                .map(written -> result(records, triage, assembly, written))));
    }

    private static Set<String> ids(Triage triage, Function<OrderPlaced, String> id) {
        return triage.accepted().stream().map(o -> id.apply(o.event())).collect(Collectors.toSet());
    }

    private static List<DeadLetter> rejected(Triage triage, Assembly assembly, Written written) {
        List<DeadLetter> all = new ArrayList<>(triage.rejected());
        all.addAll(assembly.rejected());
        all.addAll(written.refused());
        return all;
    }

    private static BatchResult result(List<IncomingOrder> records, Triage triage, Assembly assembly, Written written) {
        int valid = assembly.storable().size() - written.refused().size();
        return new BatchResult(records.size(), written.inserted(), valid - written.inserted() + assembly.repeated(),
                rejected(triage, assembly, written));
    }

    /** Since when storing has been failing, and why; empty while batches are stored. */
    public Optional<Failing> failing() {
        return Optional.ofNullable(stuck.get());
    }

    private void failed(Throwable failure) {
        Failing previous = stuck.getAndUpdate(p -> new Failing(p == null ? Instant.now() : p.since(), failure.toString()));
        if (previous == null) {
            Log.warnf("Storing a batch of orders failed (%s); it is retried with backoff and not acknowledged until stored",
                    failure.toString());
        }
    }

    private void completed(BatchResult result) {
        if (stuck.getAndSet(null) != null) {
            Log.info("Orders are being stored again");
        }
        metrics.consumed.increment(result.records());
        metrics.stored.increment(result.inserted());
        metrics.duplicates.increment(result.duplicates());
        if (!result.deadLettered().isEmpty()) {
            Log.infof("Sent %d order record(s) to the dead-letter topic: %s",
                    result.deadLettered().values().stream().mapToLong(Long::longValue).sum(), result.deadLettered());
        }
    }

    public record Failing(Instant since, String lastError) {
    }

    /** What became of one batch: records taken, orders newly stored, orders already stored, dead letters. */
    public record BatchResult(int records, int inserted, int duplicates, List<DeadLetter> deadLetters) {

        /** How many records went to the dead-letter topic, by reason. */
        public Map<DlqReason, Long> deadLettered() {
            return deadLetters.stream().collect(Collectors.groupingBy(DeadLetter::reason, TreeMap::new, Collectors.counting()));
        }
    }
}
