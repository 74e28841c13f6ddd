package dev.hybridstore.coreapi.analytics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/** One product's sales in the recent window against the window before; change_pct is null when there were none before. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductSalesChange(String productId, String name, long recentSales, long previousSales, long delta, BigDecimal changePct) {
}
