package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.testsupport.Migrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The users, products and stores a test's orders name, written and read with plain JDBC; all ids share a prefix. */
final class Commerce implements AutoCloseable {

    private final Connection db;
    private final String prefix;

    Commerce(String databaseUrl, String prefix) throws SQLException {
        this.db = Migrations.connect(databaseUrl);
        this.prefix = prefix;
    }

    long store(String name) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO stores (name, region) VALUES (?, '서울') RETURNING store_id")) {
            st.setString(1, prefix + "_" + name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
        try (PreparedStatement st = db.prepareStatement("SELECT " + Order.ROWS.columns() + " FROM orders WHERE order_id = ?")) {
            st.setString(1, orderId);
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
        try (PreparedStatement st = db.prepareStatement(
                "SELECT count(*), count(DISTINCT order_id) FROM orders WHERE starts_with(order_id, ?)")) {
            st.setString(1, orderPrefix);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** The ids of the orders whose id starts with the given prefix. */
    Set<String> orderIds(String orderPrefix) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT order_id FROM orders WHERE starts_with(order_id, ?)")) {
            st.setString(1, orderPrefix);
            Set<String> found = new HashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
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

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
