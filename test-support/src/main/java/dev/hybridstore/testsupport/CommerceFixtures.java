package dev.hybridstore.testsupport;

import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Commerce rows written straight to PostgreSQL, beside the service under test: what the order-consumer would store, or
 * a change made "behind the cache's back". Each test class names its rows with its own {@link TestIds} prefix and
 * deletes them with {@link #deleteByPrefix}.
 */
public final class CommerceFixtures extends TestDatabase {

    /** A store with one user and one product, named after a test class's prefix. */
    public record Shop(long store, String user, String product) {
    }

    private CommerceFixtures() {
    }

    private CommerceFixtures(String databaseUrl) {
        super(databaseUrl);
    }

    public static CommerceFixtures open() {
        return new CommerceFixtures();
    }

    /** On a database of its own, such as a running topology's (the system tests), without the test stack's migrations. */
    public static CommerceFixtures open(String databaseUrl) {
        return new CommerceFixtures(databaseUrl);
    }

    /** Creates a {@link Shop} for a test class: user {@code <prefix>_user}, product {@code <prefix>_product} at 5,000. */
    public static Shop shop(TestIds ids) {
        try (CommerceFixtures db = open()) {
            long store = db.store(ids.prefix() + " store", "Seoul");
            db.user(ids.prefix() + "_user", "Buyer", "F", 33, "Seoul");
            db.product(ids.prefix() + "_product", "Latte", "coffee", 5000, store);
            return new Shop(store, ids.prefix() + "_user", ids.prefix() + "_product");
        }
    }

    /** Deletes what {@link #shop} and the tests made under the prefix. */
    public static void deleteOwnRows(TestIds ids) {
        try (CommerceFixtures db = open()) {
            db.deleteByPrefix(ids.prefix());
        }
    }

    public long store(String name, String region) {
        return longValue("INSERT INTO stores (name, region) VALUES (?, ?) RETURNING store_id", name, region);
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

    /** Deletes every commerce row whose id starts with the prefix (orders and their keys first, for the foreign keys), and their stale cache marks. */
    public void deleteByPrefix(String prefix) {
        String like = prefix + "%";
        update("DELETE FROM order_idempotency_keys WHERE idempotency_key LIKE ?", like);
        update("DELETE FROM orders WHERE order_id LIKE ? OR user_id LIKE ? OR product_id LIKE ?", like, like, like);
        update("DELETE FROM products WHERE product_id LIKE ?", like);
        update("DELETE FROM users WHERE user_id LIKE ?", like);
        update("DELETE FROM cache_stale_entries WHERE id LIKE ?", like);
        update("DELETE FROM stores WHERE name LIKE ?", like);
    }
}
