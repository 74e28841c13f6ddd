package dev.hybridstore.coreapi.web;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Rows written straight to PostgreSQL, beside the API under test: what the order-consumer would store, or a change made
 * "behind the cache's back". Each test class passes its own TestIds prefix and deletes what it made.
 */
public final class CommerceFixtures implements AutoCloseable {

    private final Connection db;

    private CommerceFixtures(Connection db) {
        this.db = db;
    }

    public static CommerceFixtures open() {
        try {
            Connection connection = Migrations.connect(RealServices.endpoints().databaseUrl());
            connection.setAutoCommit(true);
            return new CommerceFixtures(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long store(String name, String region) {
        return queryLong("INSERT INTO stores (name, region) VALUES (?, ?) RETURNING store_id", name, region);
    }

    public void user(String id, String name, String gender, int age, String region) {
        update("INSERT INTO users (user_id, name, gender, age, age_group, region) VALUES (?, ?, ?, ?, ?, ?)",
                id, name, gender, age, (age / 10 * 10) + "대", region);
    }

    public void product(String id, String name, String category, int price, Long storeId) {
        update("INSERT INTO products (product_id, name, category, price, store_id) VALUES (?, ?, ?, ?, ?)", id, name, category, price,
                storeId);
    }

    /** An order as the order-consumer stores it (denormalized fields included). */
    public void order(String id, String userId, String productId, long storeId, int quantity, int total, String status,
            String payment, LocalDateTime createdAt) {
        update("""
                INSERT INTO orders (order_id, user_id, product_id, quantity, total_amount, shipping_cost, discount_amount, payment_method,
                                    status, category, user_region, user_gender, user_age_group, store_id, created_at)
                SELECT ?, u.user_id, p.product_id, ?, ?, 0, 0, ?, ?, p.category, u.region, u.gender, u.age_group, ?, ?
                  FROM users u, products p WHERE u.user_id = ? AND p.product_id = ?""",
                id, quantity, total, payment, status, storeId, Timestamp.valueOf(createdAt), userId, productId);
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes every commerce row whose id starts with the prefix (orders first, for the foreign keys). */
    public void deleteByPrefix(String prefix) {
        String like = prefix + "%";
        update("DELETE FROM orders WHERE order_id LIKE ? OR user_id LIKE ? OR product_id LIKE ?", like, like, like);
        update("DELETE FROM products WHERE product_id LIKE ?", like);
        update("DELETE FROM users WHERE user_id LIKE ?", like);
        update("DELETE FROM stores WHERE name LIKE ?", like);
    }

    private long queryLong(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
