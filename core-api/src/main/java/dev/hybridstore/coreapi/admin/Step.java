package dev.hybridstore.coreapi.admin;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One timed part of a long admin operation, listed in its response so a caller sees where the time went. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Step(String name, long durationMs, String detail) {
}
