package dev.hybridstore.coreapi.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.platform.problem.Problem;
import java.util.List;

/** The answer to a batch: how many orders were accepted and refused, and each order's outcome in the batch's order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderBatchResult(int accepted, int refused, List<Outcome> results) {

    static OrderBatchResult of(List<Outcome> results) {
        int accepted = (int) results.stream().filter(r -> r.status() == 202).count();
        return new OrderBatchResult(accepted, results.size() - accepted, results);
    }

    /** 202 with the order's id, or the status and problem a single POST /api/orders of that order would have answered. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(int index, int status, String orderId, Problem problem) {

        static Outcome accepted(int index, String orderId) {
            return new Outcome(index, 202, orderId, null);
        }

        static Outcome refused(int index, Problem problem) {
            return new Outcome(index, problem.status(), orderIdOf(problem), problem);
        }

        /** A 503 names the order it could not settle, so a retry can send that id. */
        private static String orderIdOf(Problem problem) {
            return problem.extensions() != null && problem.extensions().get("order_id") instanceof String id ? id : null;
        }
    }
}
