package dev.hybridstore.coreapi.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The figures of one report category, computed from one store's orders of one day. */
public sealed interface ReportData {

    /** {@link ReportCategory#SALES}. average_order is null on a day without orders. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Sales(long orderCount, long totalSales, long itemsSold, BigDecimal averageOrder, long discountTotal, long shippingTotal)
            implements ReportData {
    }

    /** {@link ReportCategory#ORDERS}: order counts per value, most frequent first ("unknown" for missing values). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Orders(long orderCount, Map<String, Long> byStatus, Map<String, Long> byPaymentMethod, Map<String, Long> byAgeGroup,
            Map<String, Long> byGender) implements ReportData {
    }

    /** {@link ReportCategory#PRODUCTS}: best sellers by sales, then quantity. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Products(List<ProductSales> topProducts) implements ReportData {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ProductSales(String productId, String name, long quantity, long sales, long orders) {
    }
}
