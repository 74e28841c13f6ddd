package dev.hybridstore.coreapi.order;

import dev.hybridstore.coreapi.product.ProductService;
import dev.hybridstore.coreapi.report.ReportCache;
import dev.hybridstore.coreapi.user.UserService;
import dev.hybridstore.coreapi.web.Ids;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Seed 003's producer behind HTTP: the order's user and product are checked (Redis first, then PostgreSQL), then the
 * OrderPlaced event goes to Kafka; the order-consumer stores it. An Idempotency-Key makes retries safe (table
 * order_idempotency_keys).
 */
@ApplicationScoped
public class OrderService {

    @Inject
    UserService users;
    @Inject
    ProductService products;
    @Inject
    OrderPublisher publisher;
    @Inject
    OrderRepository orders;
    @Inject
    IdempotencyKeyRepository keys;
    @Inject
    OrderConfig config;
    @Inject
    ReportCache reports;
    /** One WARN per database outage, not one per keyed order. */
    private final AtomicBoolean keysFailing = new AtomicBoolean();

    /**
     * The accepted order's id, once Kafka has acknowledged the event. With an Idempotency-Key, the key's first use
     * decides the order id and the time placed, so a retry publishes the same event again (the order-consumer stores an
     * order_id once), even when the server picked the id.
     */
    public Uni<String> place(OrderRequest request, IdempotencyKey key) {
        // Existence only, as a batch asks it: a miss costs one "= ANY" statement, not a row read, its JSON and a write-back.
        return references(Set.of(request.userId()), Set.of(request.productId())).chain(found -> accept(request, key,
                found.users().contains(request.userId()), found.products().contains(request.productId())));
    }

    /**
     * As {@link #place}, for an order whose user and product were looked up already: a batch looks up all of its
     * references at once ({@link OrderBatches}). A missing one is a 422 naming it.
     */
    Uni<String> accept(OrderRequest request, IdempotencyKey key, boolean userExists, boolean productExists) {
        List<Problem.FieldError> missing = new ArrayList<>(2);
        if (!userExists) {
            missing.add(Problems.missing("user_id", "user", request.userId()));
        }
        if (!productExists) {
            missing.add(Problems.missing("product_id", "product", request.productId()));
        }
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(Problems.missingReferences(missing));
        }
        String proposed = request.orderId() != null ? request.orderId() : Ids.next('O');
        Uni<OrderPlaced> event = key == null ? Uni.createFrom().item(request.toEvent(proposed, Instant.now())) : keyed(request, key, proposed);
        return event.call(publisher::publish).map(OrderPlaced::orderId);
    }

    /** Which of {@code ids} are users, and which of {@code productIds} products: the cache first, then one statement each. */
    Uni<References> references(Set<String> userIds, Set<String> productIds) {
        return Uni.combine().all().unis(users.existing(userIds), products.existing(productIds)).asTuple()
                .map(found -> new References(found.getItem1(), found.getItem2()));
    }

    /** The users and products of a batch that exist. */
    record References(Set<String> users, Set<String> products) {
    }

    /** The event of the key's first use: this one, or an earlier one with the same body; another body is a 422. */
    private Uni<OrderPlaced> keyed(OrderRequest request, IdempotencyKey key, String proposed) {
        String fingerprint = request.fingerprint();
        return keys.claim(key.value(), fingerprint, proposed, config.idempotencyKeyRetention())
                .chain(mine -> mine.isPresent() ? Uni.createFrom().item(mine) : keys.find(key.value()))
                .invoke(() -> {
                    if (keysFailing.compareAndSet(true, false)) {
                        Log.info("PostgreSQL records Idempotency-Keys again");
                    }
                })
                .onFailure().transform(e -> {
                    if (keysFailing.compareAndSet(false, true)) {
                        Log.warnf("PostgreSQL does not record Idempotency-Keys; keyed orders answer 503 until it does (%s)", e.toString());
                    }
                    return PublishOutcome.REFUSED.problem(proposed, "PostgreSQL did not record its Idempotency-Key");
                })
                .map(first -> {
                    // Absent only when the cleanup deleted the key between the two statements, as it expired.
                    IdempotencyKeyRepository.FirstUse use = first.orElseThrow(
                            () -> PublishOutcome.REFUSED.problem(proposed, "its Idempotency-Key expired meanwhile"));
                    if (!use.fingerprint().equals(fingerprint)) {
                        throw IdempotencyKey.reusedWithAnotherBody();
                    }
                    return request.toEvent(use.orderId(), use.at());
                });
    }

    public Uni<Order> find(String id) {
        return orders.find(id).map(found -> found.orElseThrow(() -> new ProblemException(404, "Not Found",
                "Order '" + id + "' does not exist (yet: an accepted order appears once the order-consumer has stored it)", List.of())));
    }

    /**
     * Moves the order to {@code requested} if its current status allows it (409 otherwise), then drops the cached reports
     * of its store and day, which count it differently now.
     */
    public Uni<Order> changeStatus(String id, String requested) {
        OrderStatus to = OrderStatus.parse(requested);
        return orders.changeStatus(id, to).map(found -> {
            OrderRepository.StatusChanged change = found.orElseThrow(() -> ProblemException.notFound("Order", id));
            if (change.order() == null) {
                throw new ProblemException(409, "Conflict", "Order '" + id + "' is '" + change.previous() + "' and cannot become '"
                        + to.key() + "'", List.of(), Map.of("current_status", String.valueOf(change.previous()), "requested_status", to.key()));
            }
            Log.infof("Order %s status changed from %s to %s", id, change.previous(), to.key());
            return change.order();
        }).call(order -> order.storeId() == null ? Uni.createFrom().nullItem()
                : reports.dropDay(order.storeId(), order.createdAt().toLocalDate()));
    }

    public Uni<Page<Order>> list(OrderQuery query) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        return orders.page(query).map(rows -> Page.of(rows, query.limit(), last -> OrderCursor.after(last).encode()));
    }
}
