package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.orderconsumer.order.OrderReferences.Buyer;
import dev.hybridstore.orderconsumer.order.OrderReferences.Item;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns valid events into complete orders rows: denormalized user and product columns, the total when the producer
 * left it out, and created_at from placed_at (or the record's timestamp, so a redelivered event keeps its time).
 */
@Singleton
public class OrderAssembler {

    /**
     * orders.created_at is a wall-clock time in the deployment's REPORTS_ZONE, the zone in which core-api decides which day
     * is "today"; the JVM's own zone would make the two disagree on a server not set to it.
     */
    private final ZoneId zone;

    @Inject
    OrderAssembler(OrdersConfig config) {
        this(config.zone());
    }

    OrderAssembler(ZoneId zone) {
        this.zone = zone;
    }

    public Assembly assemble(List<ParsedOrder> orders, OrderReferences references) {
        List<StorableOrder> storable = new ArrayList<>(orders.size());
        List<DeadLetter> rejected = new ArrayList<>();
        Set<StoreDay> touched = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>(orders.size() * 2);
        int repeated = 0;
        for (ParsedOrder order : orders) {
            OrderPlaced event = order.event();
            Buyer buyer = references.buyers().get(event.userId());
            Item item = references.items().get(event.productId());
            if (buyer == null) {
                rejected.add(new DeadLetter(order.source(), DlqReason.UNKNOWN_USER, "no user " + event.userId()));
            } else if (item == null) {
                rejected.add(new DeadLetter(order.source(), DlqReason.UNKNOWN_PRODUCT, "no product " + event.productId()));
            } else {
                Total total = total(event, item);
                if (total.problem() != null) {
                    rejected.add(new DeadLetter(order.source(), DlqReason.INVALID, total.problem()));
                    continue;
                }
                if (!seen.add(event.orderId())) {
                    // The same order twice in one batch (a producer retry or replay): the first storable one wins, as in
                    // the table. Only storable copies count, so a corrected resend behind a refused copy is still stored.
                    repeated++;
                    continue;
                }
                Order row = row(event, buyer, item, total.amount(), createdAt(order));
                storable.add(new StorableOrder(order.source(), row));
                if (item.storeId() != null) {
                    touched.add(new StoreDay(item.storeId(), row.createdAt().toLocalDate()));
                }
            }
        }
        return new Assembly(storable, rejected, touched, repeated);
    }

    /** price × quantity − discount + shipping, unless the producer sent the total. */
    static Total total(OrderPlaced event, Item item) {
        if (event.totalAmount() != null) {
            return new Total(event.totalAmount(), null);
        }
        if (item.price() == null) {
            return new Total(0, "total_amount: absent, and product " + event.productId() + " has no price to compute it from");
        }
        long amount = (long) item.price() * event.quantity() - orZero(event.discountAmount()) + orZero(event.shippingCost());
        if (amount < 0) {
            return new Total(0, "discount_amount: " + event.discountAmount() + " exceeds price × quantity + shipping_cost");
        }
        if (amount > Integer.MAX_VALUE) {
            return new Total(0, "total_amount: price × quantity (" + item.price() + " × " + event.quantity() + ") is out of range");
        }
        return new Total((int) amount, null);
    }

    private Order row(OrderPlaced e, Buyer buyer, Item item, int total, LocalDateTime createdAt) {
        return new Order(e.orderId(), e.userId(), e.productId(), e.quantity(), total, orZero(e.shippingCost()),
                orZero(e.discountAmount()), e.paymentMethod(), e.status(), item.category(), buyer.region(), buyer.gender(),
                buyer.ageGroup(), item.storeId(), createdAt);
    }

    private LocalDateTime createdAt(ParsedOrder order) {
        Instant at = order.event().placedAt() != null ? order.event().placedAt() : order.source().timestamp();
        return LocalDateTime.ofInstant(at, zone);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** A computed total, or why there is none. */
    record Total(int amount, String problem) {
    }

    /**
     * The rows to write, the records refused on the way, the store-days whose reports the rows make stale, and how many
     * events repeated an order id already in the batch.
     */
    public record Assembly(List<StorableOrder> storable, List<DeadLetter> rejected, Set<StoreDay> touched, int repeated) {
    }
}
