package dev.hybridstore.coreapi.analytics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;

/**
 * Seed 002's "last N days against the N days before": recent = [recent_from, recent_to], previous = [previous_from,
 * previous_to], inclusive days, today being the recent window's last day.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SalesComparison(long storeId, int days, LocalDate recentFrom, LocalDate recentTo, LocalDate previousFrom,
        LocalDate previousTo, List<ProductSalesChange> products) {
}
