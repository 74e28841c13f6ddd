package dev.hybridstore.coreapi.order;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import java.util.List;

/**
 * The Idempotency-Key request header of POST /api/orders (IETF httpapi draft "The Idempotency-Key HTTP Header Field"):
 * a value the client picks per order, e.g. a UUID, and sends again unchanged with every retry of that order.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** A batch's key leaves room for the "#index" of its orders' own keys. */
    static final int MAX_BATCH_LENGTH = MAX_LENGTH - 4;

    /** Null when the header is absent; a 400 problem naming the header when the value is empty, too long or not printable ASCII. */
    static IdempotencyKey parse(String header) {
        return parse(header, MAX_LENGTH);
    }

    static IdempotencyKey parseForBatch(String header) {
        return parse(header, MAX_BATCH_LENGTH);
    }

    private static IdempotencyKey parse(String header, int maxLength) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > maxLength) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + maxLength + " characters");
        }
        if (!header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw ProblemException.invalidField(HEADER, "must be printable ASCII");
        }
        return new IdempotencyKey(header);
    }

    /** The key of a batch's order {@code index}: each order of a batch is claimed as a single order would be. */
    IdempotencyKey item(int index) {
        return new IdempotencyKey(value + "#" + index);
    }

    /** The key's first use had another body (422, as the draft advises): a key stands for one order. */
    static ProblemException reusedWithAnotherBody() {
        return new ProblemException(422, "Unprocessable Content", "This Idempotency-Key was first used with a different request; "
                + "retries must repeat that request unchanged, and a new order needs a new key",
                List.of(new Problem.FieldError(HEADER, "was used with a different body")));
    }
}
