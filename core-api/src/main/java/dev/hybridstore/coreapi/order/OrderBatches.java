package dev.hybridstore.coreapi.order;

import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.problem.ProblemMappers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
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

    private final OrderService orders;
    private final Validator validator;

    OrderBatches(OrderService orders, Validator validator) {
        this.orders = orders;
        this.validator = validator;
    }

    public Uni<OrderBatchResult> place(OrderBatch batch, IdempotencyKey key) {
        List<Uni<OrderBatchResult.Outcome>> outcomes = new ArrayList<>(batch.orders().size());
        for (int i = 0; i < batch.orders().size(); i++) {
            int index = i;
            OrderRequest order = batch.orders().get(i);
            outcomes.add(checked(order).chain(request -> orders.place(request, key == null ? null : key.item(index)))
                    .map(id -> OrderBatchResult.Outcome.accepted(index, id))
                    .onFailure().recoverWithItem(e -> OrderBatchResult.Outcome.refused(index, ProblemMappers.problemOf(e))));
        }
        return Uni.join().all(outcomes).usingConcurrencyOf(IN_FLIGHT).andFailFast().map(OrderBatchResult::of);
    }

    /** The order under the constraints POST /api/orders checks, failing with the same problem. */
    private Uni<OrderRequest> checked(OrderRequest order) {
        if (order == null) {
            return Uni.createFrom().failure(ProblemException.badRequest("An order must be a JSON object, not null"));
        }
        Set<ConstraintViolation<OrderRequest>> violations = validator.validate(order);
        return violations.isEmpty() ? Uni.createFrom().item(order) : Uni.createFrom().failure(new ConstraintViolationException(violations));
    }
}
