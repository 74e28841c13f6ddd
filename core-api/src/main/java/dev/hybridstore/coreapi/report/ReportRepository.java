package dev.hybridstore.coreapi.report;

import dev.hybridstore.coreapi.order.OrderStatus;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 002's raw-SQL side: each report category is one aggregate statement over one store's orders of one day. Sales and
 * products count sales only (not cancelled or refunded orders); the orders breakdown counts every order, by status.
 */
@ApplicationScoped
public class ReportRepository {

    private static final String SALES = """
            SELECT count(*) AS order_count,
                   COALESCE(sum(total_amount), 0) AS total_sales,
                   COALESCE(sum(quantity), 0) AS items_sold,
                   round(avg(total_amount), 2) AS average_order,
                   COALESCE(sum(discount_amount), 0) AS discount_total,
                   COALESCE(sum(shipping_cost), 0) AS shipping_total
              FROM orders
             WHERE store_id = $1 AND created_at >= $2 AND created_at < $3 AND %s""".formatted(OrderStatus.COUNTS_AS_SALE);

    /**
     * One pass for four breakdowns. GROUPING(...) tells which set a row belongs to: its bit is 0 for the grouped
     * column, so (status) = 0111 = 7, (payment_method) = 1011 = 11, (user_age_group) = 1101 = 13, (user_gender) = 1110 = 14.
     */
    private static final String ORDERS = """
            SELECT GROUPING(status, payment_method, user_age_group, user_gender) AS grouping_set,
                   status, payment_method, user_age_group, user_gender, count(*) AS orders
              FROM orders
             WHERE store_id = $1 AND created_at >= $2 AND created_at < $3
             GROUP BY GROUPING SETS ((status), (payment_method), (user_age_group), (user_gender))
             ORDER BY grouping_set, orders DESC""";

    private static final String PRODUCTS = """
            SELECT o.product_id, p.name, sum(o.quantity) AS quantity, COALESCE(sum(o.total_amount), 0) AS sales, count(*) AS orders
              FROM orders o
              LEFT JOIN products p ON p.product_id = o.product_id
             WHERE o.store_id = $1 AND o.created_at >= $2 AND o.created_at < $3 AND %s
             GROUP BY o.product_id, p.name
             ORDER BY sales DESC, quantity DESC, o.product_id
             LIMIT $4""".formatted(OrderStatus.COUNTS_AS_SALE);

    private static final int BY_STATUS = 0b0111;
    private static final int BY_PAYMENT_METHOD = 0b1011;
    private static final int BY_AGE_GROUP = 0b1101;
    private static final int BY_GENDER = 0b1110;

    @Inject
    Sql sql;

    public Uni<ReportData.Sales> sales(long storeId, LocalDate day) {
        return sql.fetchOne(SALES, dayOf(storeId, day), ReportRepository::sales).map(Optional::orElseThrow);
    }

    public Uni<ReportData.Orders> orders(long storeId, LocalDate day) {
        return sql.fetchAll(ORDERS, dayOf(storeId, day), row -> row).map(ReportRepository::orders);
    }

    public Uni<ReportData.Products> products(long storeId, LocalDate day, int limit) {
        return sql.fetchAll(PRODUCTS, dayOf(storeId, day).addInteger(limit), ReportRepository::productSales)
                .map(ReportData.Products::new);
    }

    private static Tuple dayOf(long storeId, LocalDate day) {
        return Tuple.of(storeId, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    private static ReportData.Sales sales(Row r) {
        return new ReportData.Sales(r.getLong("order_count"), r.getLong("total_sales"), r.getLong("items_sold"),
                r.getBigDecimal("average_order"), r.getLong("discount_total"), r.getLong("shipping_total"));
    }

    private static ReportData.Orders orders(List<Row> rows) {
        Map<String, Long> status = new LinkedHashMap<>();
        Map<String, Long> payment = new LinkedHashMap<>();
        Map<String, Long> ageGroup = new LinkedHashMap<>();
        Map<String, Long> gender = new LinkedHashMap<>();
        for (Row r : rows) {
            long count = r.getLong("orders");
            switch (r.getInteger("grouping_set")) {
                case BY_STATUS -> status.put(valueOf(r, "status"), count);
                case BY_PAYMENT_METHOD -> payment.put(valueOf(r, "payment_method"), count);
                case BY_AGE_GROUP -> ageGroup.put(valueOf(r, "user_age_group"), count);
                case BY_GENDER -> gender.put(valueOf(r, "user_gender"), count);
                default -> throw new IllegalStateException("unexpected grouping set " + r.getInteger("grouping_set"));
            }
        }
        long total = status.values().stream().mapToLong(Long::longValue).sum();
        return new ReportData.Orders(total, status, payment, ageGroup, gender);
    }

    private static ReportData.ProductSales productSales(Row r) {
        return new ReportData.ProductSales(r.getString("product_id"), r.getString("name"), r.getLong("quantity"), r.getLong("sales"),
                r.getLong("orders"));
    }

    private static String valueOf(Row r, String column) {
        String value = r.getString(column);
        return value == null ? "unknown" : value;
    }
}
