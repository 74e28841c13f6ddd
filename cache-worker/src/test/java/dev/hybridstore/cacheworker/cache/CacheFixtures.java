package dev.hybridstore.cacheworker.cache;

import dev.hybridstore.testsupport.TestDatabase;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test class's own users and products (ids under one {@link TestIds} prefix), set up and inspected over plain JDBC,
 * and removed again with their cache entries. The cycle picks from the whole table, so tests assert on these rows or
 * on table-wide counts they measured themselves.
 */
final class CacheFixtures implements AutoCloseable {

    private final TestIds ids;
    private final TestDatabase db = new TestDatabase();
    private final RedisDataSource redis;
    private Long storeId;
    private int usersMade;
    private int productsMade;

    /** {@code redis} may be null for a test that runs with Redis unreachable. */
    CacheFixtures(String tag, RedisDataSource redis) {
        this.ids = TestIds.create(tag);
        this.redis = redis;
    }

    /** A fresh id of this class, for cache entries without a row. */
    String id() {
        return ids.next();
    }

    /** Removes entries this class wrote straight into the hashes. */
    void forgetEntries(CachedTable table, String... keys) {
        forget(table, List.of(keys));
    }

    /** Inserts {@code count} more never-cached users and returns the ids of all this class's users. */
    List<String> users(int count) {
        db.update("""
                INSERT INTO users (user_id, name, gender, age, age_group, region)
                SELECT ? || '_r' || g, 'Cache tester ' || g, 'F', 34, '30대', 'Seoul' FROM generate_series(?, ?) g""",
                ids.prefix(), usersMade + 1, usersMade + count);
        usersMade += count;
        return db.strings("SELECT user_id FROM users WHERE starts_with(user_id, ?) ORDER BY user_id", ids.prefix() + "_");
    }

    /** Inserts {@code count} more never-cached products of this class's store; the ids of all its products. */
    List<String> products(int count) {
        if (storeId == null) {
            storeId = db.longValue("INSERT INTO stores (name, region) VALUES (?, 'Seoul') RETURNING store_id", ids.prefix());
        }
        db.update("""
                INSERT INTO products (product_id, name, category, brand, price, org_price, discount_rate, stock, store_id)
                SELECT ? || '_r' || g, 'Cached item ' || g, 'Books', 'Acme', 9000, 10000, 0.1, 5, ? FROM generate_series(?, ?) g""",
                ids.prefix(), storeId, productsMade + 1, productsMade + count);
        productsMade += count;
        return db.strings("SELECT product_id FROM products WHERE starts_with(product_id, ?) ORDER BY product_id", ids.prefix() + "_");
    }

    /** Runs cycles until neither table has a never-cached row, so the next pick's new rows are the ones a test adds. */
    void cycleUntilNothingIsNew(CacheService cache) {
        while (neverCached(CachedTable.USERS) > 0 || neverCached(CachedTable.PRODUCTS) > 0) {
            cache.runCycle().await().atMost(java.time.Duration.ofSeconds(30));
        }
    }

    /** This class's users that have been stamped. */
    Set<String> stampedUsers() {
        return Set.copyOf(db.strings("SELECT user_id FROM users WHERE starts_with(user_id, ?) AND last_cached_at IS NOT NULL",
                ids.prefix() + "_"));
    }

    Set<String> stampedProducts() {
        return Set.copyOf(db.strings("SELECT product_id FROM products WHERE starts_with(product_id, ?) AND last_cached_at IS NOT NULL",
                ids.prefix() + "_"));
    }

    /** Table-wide: rows never cached. */
    long neverCached(CachedTable table) {
        return db.longValue("SELECT count(*) FROM " + table.label() + " WHERE last_cached_at IS NULL");
    }

    /** Table-wide: ids of the rows stamped at or after the database time {@code since} (from {@link #databaseNow()}). */
    Set<String> stampedSince(CachedTable table, java.sql.Timestamp since) {
        return Set.copyOf(db.strings("SELECT " + idColumn(table) + " FROM " + table.label() + " WHERE last_cached_at >= ?", since));
    }

    /** Table-wide: every row's last_cached_at by id, null for a row never cached. */
    Map<String, LocalDateTime> stamps(CachedTable table) {
        try (PreparedStatement st = db.prepare("SELECT " + idColumn(table) + ", last_cached_at FROM " + table.label());
                ResultSet rs = st.executeQuery()) {
            Map<String, LocalDateTime> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getObject(2, LocalDateTime.class));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    java.sql.Timestamp databaseNow() {
        try (PreparedStatement st = db.connection().prepareStatement("SELECT localtimestamp"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Connection connection() {
        return db.connection();
    }

    Set<String> hashKeys(CachedTable table) {
        return redis.hash(String.class).hkeys(table.hash()).stream().collect(Collectors.toSet());
    }

    long hashSize(CachedTable table) {
        return redis.hash(String.class).hlen(table.hash());
    }

    @Override
    public void close() {
        List<String> users = db.strings("SELECT user_id FROM users WHERE starts_with(user_id, ?)", ids.prefix() + "_");
        List<String> products = db.strings("SELECT product_id FROM products WHERE starts_with(product_id, ?)", ids.prefix() + "_");
        forget(CachedTable.USERS, users);
        forget(CachedTable.PRODUCTS, products);
        db.update("DELETE FROM products WHERE starts_with(product_id, ?)", ids.prefix() + "_");
        db.update("DELETE FROM users WHERE starts_with(user_id, ?)", ids.prefix() + "_");
        if (storeId != null) {
            db.update("DELETE FROM stores WHERE store_id = ?", storeId);
        }
        db.close();
    }

    private void forget(CachedTable table, List<String> keys) {
        if (redis != null && !keys.isEmpty()) {
            redis.hash(String.class).hdel(table.hash(), keys.toArray(String[]::new));
            redis.sortedSet(String.class).zrem(table.cachedAtKey(), keys.toArray(String[]::new));
        }
    }

    private static String idColumn(CachedTable table) {
        return table == CachedTable.USERS ? "user_id" : "product_id";
    }
}
