package dev.hybridstore.coreapi.order;

import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.problem.ProblemMappers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * POST /api/orders/batch: every order of the batch is placed as POST /api/orders would place it (same checks, same
 * acknowledgement, its own Idempotency-Key derived from the batch's), so each is accepted or refused on its own and a
 * batch is never half-taken as a whole. Many orders in flight at once let the Kafka producer batch them.
 */
@ApplicationScoped
public class OrderBatches {

    /** Orders of one batch in flight at once: enough to fill the producer's batches, few enough to spare the pools. */
    private static final int IN_FLIGHT = 256;

    @Inject
    OrderService orders;
    @Inject
    Validator validator;

    /**
     * The valid orders' users and products are looked up once for the batch (one HMGET and at most one statement per
     * table), not once per order; then each order is placed on its own.
     */
    public Uni<OrderBatchResult> place(OrderBatch batch, IdempotencyKey key) {
        List<RuntimeException> refusals = batch.orders().stream().map(this::refusal).toList();
        Set<String> userIds = new HashSet<>();
        Set<String> productIds = new HashSet<>();
        for (int i = 0; i < refusals.size(); i++) {
            // Only valid orders' ids are looked up: the others are refused before their references matter.
            if (refusals.get(i) == null) {
                userIds.add(batch.orders().get(i).userId());
                productIds.add(batch.orders().get(i).productId());
            }
        }
        return orders.references(userIds, productIds).chain(found -> {
            List<Uni<OrderBatchResult.Outcome>> outcomes = new ArrayList<>(refusals.size());
            for (int i = 0; i < refusals.size(); i++) {
                int index = i;
                Uni<OrderRequest> checked = refusals.get(i) == null ? Uni.createFrom().item(batch.orders().get(i))
                        : Uni.createFrom().failure(refusals.get(i));
                outcomes.add(checked
                        .chain(request -> orders.accept(request, key == null ? null : key.item(index),
                                found.users().contains(request.userId()), found.products().contains(request.productId())))
                        .map(id -> OrderBatchResult.Outcome.accepted(index, id))
                        .onFailure().recoverWithItem(e -> OrderBatchResult.Outcome.refused(index, ProblemMappers.problemOf(e))));
            }
            return Uni.join().all(outcomes).usingConcurrencyOf(IN_FLIGHT).andFailFast().map(OrderBatchResult::of);
        });
    }

    /** Why POST /api/orders would refuse the order before looking anything up (the same problem), or null. */
    private RuntimeException refusal(OrderRequest order) {
        if (order == null) {
            return ProblemException.badRequest("An order must be a JSON object, not null");
        }
        Set<ConstraintViolation<OrderRequest>> violations = validator.validate(order);
        return violations.isEmpty() ? null : new ConstraintViolationException(violations);
    }
}
