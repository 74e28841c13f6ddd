package dev.hybridstore.coreapi.analytics;

import dev.hybridstore.coreapi.order.OrderStatus;
import dev.hybridstore.platform.sql.ReadSql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/** Seed 002's example of what stays raw SQL: the per-product window comparison, one statement. */
@ApplicationScoped
public class SalesComparisonRepository {

    /**
     * $2 = start of the previous window, $3 = start of the recent window, $4 = end of the recent window (exclusive).
     * Each order is read once and lands in one of the two sums; cancelled and refunded orders are not sales.
     */
    private static final String COMPARE = """
            WITH sums AS (
                SELECT o.product_id,
                       SUM(CASE WHEN o.created_at >= $3 THEN COALESCE(o.total_amount, 0) ELSE 0 END) AS recent_sales,
                       SUM(CASE WHEN o.created_at <  $3 THEN COALESCE(o.total_amount, 0) ELSE 0 END) AS previous_sales
                  FROM orders o
                 WHERE o.store_id = $1 AND o.created_at >= $2 AND o.created_at < $4 AND %s
                 GROUP BY o.product_id)
            SELECT s.product_id, p.name, s.recent_sales, s.previous_sales,
                   s.recent_sales - s.previous_sales AS delta,
                   ROUND(100.0 * (s.recent_sales - s.previous_sales) / NULLIF(s.previous_sales, 0), 2) AS change_pct
              FROM sums s
              LEFT JOIN products p ON p.product_id = s.product_id
             ORDER BY s.recent_sales DESC, s.product_id""".formatted(OrderStatus.COUNTS_AS_SALE);

    @Inject
    ReadSql sql;

    public Uni<List<ProductSalesChange>> compare(long storeId, LocalDateTime previousFrom, LocalDateTime recentFrom, LocalDateTime recentEnd) {
        return sql.fetchAll(COMPARE, Tuple.of(storeId, previousFrom, recentFrom, recentEnd), SalesComparisonRepository::change);
    }

    private static ProductSalesChange change(Row r) {
        return new ProductSalesChange(r.getString("product_id"), r.getString("name"), r.getLong("recent_sales"),
                r.getLong("previous_sales"), r.getLong("delta"), r.getBigDecimal("change_pct"));
    }
}
