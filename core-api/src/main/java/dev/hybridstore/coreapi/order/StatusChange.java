package dev.hybridstore.coreapi.order;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PATCH /api/orders/{id}. */
public record StatusChange(@NotNull @Schema(enumeration = {"paid", "shipped", "completed", "cancelled", "refunded"}) String status) {
}
