package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.orderconsumer.order.OrderReferences.Buyer;
import dev.hybridstore.orderconsumer.order.OrderReferences.Item;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Writes a batch with one multi-row insert. If PostgreSQL refuses the data itself (a constraint or a value, not the
 * connection), the refused rows are set apart and dead-lettered, and the rest is stored:
 * <ul>
 * <li>a foreign key: the cache named a user or product the database no longer has; they are checked in PostgreSQL
 * (one query per table) and the orders naming missing ones leave the batch;</li>
 * <li>anything else: the batch is halved until each refused row stands alone.</li>
 * </ul>
 * Any other failure is passed on, for the caller to retry the batch.
 */
@Singleton
public class OrderWriter {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final OrderRepository repository;
    private final Timer dbWrite;

    OrderWriter(OrderRepository repository, OrderMetrics metrics) {
        this.repository = repository;
        this.dbWrite = metrics.dbWrite;
    }

    public Uni<Written> write(List<StorableOrder> orders) {
        return insert(orders).onFailure(OrderWriter::refusedData).recoverWithUni(failure -> {
            PgException refusal = (PgException) failure;
            return FOREIGN_KEY_VIOLATION.equals(refusal.getSqlState()) ? withoutMissingReferences(orders, refusal) : split(orders, refusal);
        });
    }

    private Uni<Written> insert(List<StorableOrder> orders) {
        if (orders.isEmpty()) {
            return Uni.createFrom().item(new Written(0, List.of()));
        }
        long start = System.nanoTime();
        return repository.insert(orders.stream().map(StorableOrder::row).toList())
                .invoke(() -> dbWrite.record(System.nanoTime() - start, TimeUnit.NANOSECONDS))
                .map(inserted -> new Written(inserted, List.of()));
    }

    private Uni<Written> withoutMissingReferences(List<StorableOrder> orders, PgException refusal) {
        Set<String> userIds = orders.stream().map(o -> o.row().userId()).collect(Collectors.toSet());
        Set<String> productIds = orders.stream().map(o -> o.row().productId()).collect(Collectors.toSet());
        return Uni.combine().all().unis(repository.findBuyers(userIds), repository.findItems(productIds)).asTuple()
                .chain(found -> {
                    Map<String, Buyer> buyers = found.getItem1();
                    Map<String, Item> items = found.getItem2();
                    List<StorableOrder> kept = new ArrayList<>(orders.size());
                    List<DeadLetter> refused = new ArrayList<>();
                    for (StorableOrder o : orders) {
                        String user = o.row().userId(), product = o.row().productId();
                        if (!buyers.containsKey(user)) {
                            refused.add(new DeadLetter(o.source(), DlqReason.UNKNOWN_USER, "no user " + user + " (stale cache entry)"));
                        } else if (!items.containsKey(product)) {
                            refused.add(new DeadLetter(o.source(), DlqReason.UNKNOWN_PRODUCT, "no product " + product + " (stale cache entry)"));
                        } else {
                            kept.add(o);
                        }
                    }
                    if (refused.isEmpty()) {
                        return split(orders, refusal); // the reference came back meanwhile: find the row the hard way
                    }
                    return isolating(kept).map(written -> written.plus(new Written(0, refused)));
                });
    }

    /** Inserts; if the database refuses the data, splits until the refused rows stand alone. */
    private Uni<Written> isolating(List<StorableOrder> orders) {
        return insert(orders).onFailure(OrderWriter::refusedData).recoverWithUni(failure -> split(orders, (PgException) failure));
    }

    /** The rows were refused together: one row is dead-lettered, more are halved and tried again. */
    private Uni<Written> split(List<StorableOrder> orders, PgException refusal) {
        if (orders.size() == 1) {
            return Uni.createFrom().item(new Written(0, List.of(new DeadLetter(orders.get(0).source(), DlqReason.REJECTED_BY_DATABASE, describe(refusal)))));
        }
        int half = orders.size() / 2;
        return isolating(orders.subList(0, half)).chain(first -> isolating(orders.subList(half, orders.size())).map(first::plus));
    }

    private static String describe(PgException failure) {
        return failure.getSqlState() + " " + failure.getErrorMessage() + (failure.getDetail() == null ? "" : " (" + failure.getDetail() + ")");
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
