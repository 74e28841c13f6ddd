package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.testsupport.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The users, products and stores a test's orders name, written and read with plain JDBC; all ids share a prefix. */
final class Commerce extends TestDatabase {

    private final String prefix;

    Commerce(String databaseUrl, String prefix) {
        super(databaseUrl);
        this.prefix = prefix;
    }

    long store(String name) {
        return longValue("INSERT INTO stores (name, region) VALUES (?, '서울') RETURNING store_id", prefix + "_" + name);
    }

    void user(String userId, String gender, int age, String region) throws SQLException {
        update("INSERT INTO users (user_id, name, gender, age, age_group, region) VALUES (?, 'tester', ?, ?, ?, ?)",
                userId, gender, age, (age / 10 * 10) + "대", region);
    }

    void product(String productId, String category, int price, long storeId) throws SQLException {
        update("INSERT INTO products (product_id, name, category, price, store_id) VALUES (?, 'thing', ?, ?, ?)",
                productId, category, price, storeId);
    }

    Optional<Order> order(String orderId) throws SQLException {
        try (PreparedStatement st = prepare("SELECT " + Order.ROWS.columns() + " FROM orders WHERE order_id = ?", orderId)) {
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp created = rs.getTimestamp("created_at");
                return Optional.of(new Order(rs.getString("order_id"), rs.getString("user_id"), rs.getString("product_id"),
                        rs.getInt("quantity"), (Integer) rs.getObject("total_amount"), (Integer) rs.getObject("shipping_cost"),
                        (Integer) rs.getObject("discount_amount"), rs.getString("payment_method"), rs.getString("status"),
                        rs.getString("category"), rs.getString("user_region"), rs.getString("user_gender"),
                        rs.getString("user_age_group"), (Long) rs.getObject("store_id"), created == null ? null : created.toLocalDateTime()));
            }
        }
    }

    /** Rows and distinct order ids among the orders whose id starts with the given prefix. */
    long[] countOrders(String orderPrefix) throws SQLException {
        try (PreparedStatement st = prepare("SELECT count(*), count(DISTINCT order_id) FROM orders WHERE starts_with(order_id, ?)",
                orderPrefix)) {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** The ids of the orders whose id starts with the given prefix. */
    Set<String> orderIds(String orderPrefix) {
        return new HashSet<>(strings("SELECT order_id FROM orders WHERE starts_with(order_id, ?)", orderPrefix));
    }

    /** Removes this test's rows, orders first (they reference the rest). */
    void deleteAll() throws SQLException {
        update("DELETE FROM orders WHERE starts_with(user_id, ?) OR starts_with(product_id, ?)", prefix, prefix);
        update("DELETE FROM products WHERE starts_with(product_id, ?)", prefix);
        update("DELETE FROM users WHERE starts_with(user_id, ?)", prefix);
        update("DELETE FROM stores WHERE starts_with(name, ?)", prefix);
    }

    void execute(String sql) throws SQLException {
        update(sql);
    }
}
