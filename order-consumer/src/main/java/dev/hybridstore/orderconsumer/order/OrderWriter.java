package dev.hybridstore.orderconsumer.order;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes a batch with one multi-row insert. If PostgreSQL refuses the data itself (a constraint or a value, not the
 * connection), the batch is halved until the refused rows stand alone; those are dead-lettered and the rest stored.
 * Any other failure is passed on, for the caller to retry the batch.
 */
@Singleton
public class OrderWriter {

    private final OrderRepository repository;
    private final Timer dbWrite;

    OrderWriter(OrderRepository repository, OrderMetrics metrics) {
        this.repository = repository;
        this.dbWrite = metrics.dbWrite;
    }

    public Uni<Written> write(List<StorableOrder> orders) {
        if (orders.isEmpty()) {
            return Uni.createFrom().item(new Written(0, List.of()));
        }
        long start = System.nanoTime();
        return repository.insert(orders.stream().map(StorableOrder::row).toList())
                .invoke(() -> dbWrite.record(System.nanoTime() - start, TimeUnit.NANOSECONDS))
                .map(inserted -> new Written(inserted, List.of()))
                .onFailure(OrderWriter::refusedData).recoverWithUni(failure -> isolate(orders, (PgException) failure));
    }

    private Uni<Written> isolate(List<StorableOrder> orders, PgException failure) {
        if (orders.size() == 1) {
            String detail = failure.getSqlState() + " " + failure.getErrorMessage()
                    + (failure.getDetail() == null ? "" : " (" + failure.getDetail() + ")");
            return Uni.createFrom().item(new Written(0, List.of(new DeadLetter(orders.get(0).source(), DlqReason.REJECTED_BY_DATABASE, detail))));
        }
        int half = orders.size() / 2;
        return write(orders.subList(0, half)).chain(first -> write(orders.subList(half, orders.size())).map(first::plus));
    }

    /** SQLSTATE classes 22 (data exception) and 23 (integrity constraint): retrying the same rows cannot succeed. */
    static boolean refusedData(Throwable failure) {
        return failure instanceof PgException pg && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"));
    }

    /** How many rows were new, and the rows the database refused. */
    public record Written(int inserted, List<DeadLetter> refused) {
        Written plus(Written other) {
            List<DeadLetter> all = new ArrayList<>(refused);
            all.addAll(other.refused);
            return new Written(inserted + other.inserted, all);
        }
    }
}
