package dev.hybridstore.coreapi.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The keyset position in the orders list, (created_at, order_id): created_at alone is not unique. Travels as an opaque
 * URL-safe token so clients pass next_after back unchanged.
 */
public record OrderCursor(LocalDateTime createdAt, String orderId) {

    public static OrderCursor after(Order last) {
        return new OrderCursor(last.createdAt(), last.orderId());
    }

    public String encode() {
        byte[] text = (createdAt + "|" + orderId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** Null when absent; a 400 problem naming {@code after} when it is not a token this API issued. */
    public static OrderCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar > 0 && bar < text.length() - 1) {
                return new OrderCursor(LocalDateTime.parse(text.substring(0, bar)), text.substring(bar + 1));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // same answer as a token without its separator
        }
        throw ProblemException.invalidField("after", "is not a cursor returned as next_after");
    }
}
