package dev.hybridstore.coreapi.order;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The 202 answer: the order is on the topic; GET /api/orders/{id} finds it once the order-consumer stored it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderAccepted(String orderId, String status) {

    public static OrderAccepted of(String orderId) {
        return new OrderAccepted(orderId, "ACCEPTED");
    }
}
