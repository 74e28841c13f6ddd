package dev.hybridstore.cacheworker.cache;

import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Seed 003 §4's three queries on users and products. The pick locks its rows ({@code FOR UPDATE SKIP LOCKED}) so that
 * concurrent cycles, in this or another worker, each get rows no other open cycle holds; the locks last until the
 * caller's transaction ends, after the stamp.
 *
 * <p>Both CTEs walk the {@code last_cached_at} index. The ORDER BY on the IS NULL side changes nothing in the result
 * (equal keys come in heap order, so the oldest new rows first) but keeps the planner on the index: without it, a
 * large backlog makes a sequential scan look cheaper, which reads the whole table when the new rows sit at its end.
 */
@ApplicationScoped
public class AgingRepository {

    // The records are returned with last_cached_at = the transaction's timestamp, the value the stamp stores (now() in
    // a timestamp column), so the cached JSON matches the row as it is once the cycle commits.
    private static final String PICK_USERS = """
            WITH fresh AS (SELECT * FROM users WHERE last_cached_at IS NULL ORDER BY last_cached_at LIMIT $1
                           FOR UPDATE SKIP LOCKED),
                 aged AS (SELECT * FROM users WHERE last_cached_at IS NOT NULL ORDER BY last_cached_at LIMIT $2
                          FOR UPDATE SKIP LOCKED)
            SELECT p.user_id, p.name, p.gender, p.age, p.age_group, p.region, p.join_date,
                   localtimestamp AS last_cached_at, p.created_at, p.fresh
            FROM (SELECT *, true AS fresh FROM fresh UNION ALL SELECT *, false FROM aged) p""";
    private static final String PICK_PRODUCTS = """
            WITH fresh AS (SELECT * FROM products WHERE last_cached_at IS NULL ORDER BY last_cached_at LIMIT $1
                           FOR UPDATE SKIP LOCKED),
                 aged AS (SELECT * FROM products WHERE last_cached_at IS NOT NULL ORDER BY last_cached_at LIMIT $2
                          FOR UPDATE SKIP LOCKED)
            SELECT p.product_id, p.name, p.category, p.brand, p.price, p.org_price, p.discount_rate, p.stock, p.store_id,
                   localtimestamp AS last_cached_at, p.created_at, p.fresh
            FROM (SELECT *, true AS fresh FROM fresh UNION ALL SELECT *, false FROM aged) p""";
    private static final String STAMP_USERS = "UPDATE users SET last_cached_at = now() WHERE user_id = ANY($1)";
    private static final String STAMP_PRODUCTS = "UPDATE products SET last_cached_at = now() WHERE product_id = ANY($1)";
    private static final String ANY_CACHED_USERS = "SELECT EXISTS (SELECT 1 FROM users WHERE last_cached_at IS NOT NULL)";
    private static final String ANY_CACHED_PRODUCTS = "SELECT EXISTS (SELECT 1 FROM products WHERE last_cached_at IS NOT NULL)";
    private static final String BACKLOG_USERS = "SELECT count(*) FROM users WHERE last_cached_at IS NULL";
    private static final String BACKLOG_PRODUCTS = "SELECT count(*) FROM products WHERE last_cached_at IS NULL";

    @Inject
    Sql sql;

    /** Up to {@code fresh} never-cached rows and {@code aged} longest-cached rows, locked until {@code tx} ends. */
    public Uni<List<CacheEntry>> pick(SqlTransaction tx, CachedTable table, int fresh, int aged) {
        Tuple limits = Tuple.of(fresh, aged);
        return switch (table) {
            case USERS -> tx.fetchAll(PICK_USERS, limits, AgingRepository::user);
            case PRODUCTS -> tx.fetchAll(PICK_PRODUCTS, limits, AgingRepository::product);
        };
    }

    /** Sets last_cached_at = now() on exactly these rows; the number of rows stamped. */
    public Uni<Integer> stamp(SqlTransaction tx, CachedTable table, List<String> ids) {
        Tuple params = Tuple.of(ids.toArray(String[]::new));
        return tx.execute(table == CachedTable.USERS ? STAMP_USERS : STAMP_PRODUCTS, params);
    }

    /** Rows never cached yet. */
    public Uni<Long> backlog(CachedTable table) {
        return sql.fetchOne(table == CachedTable.USERS ? BACKLOG_USERS : BACKLOG_PRODUCTS, Tuple.tuple(), r -> r.getLong(0))
                .map(count -> count.orElse(0L));
    }

    /** Whether any row has been stamped as cached (one step down the last_cached_at index). */
    public Uni<Boolean> anyCached(CachedTable table) {
        return sql.fetchOne(table == CachedTable.USERS ? ANY_CACHED_USERS : ANY_CACHED_PRODUCTS, Tuple.tuple(), r -> r.getBoolean(0))
                .map(any -> any.orElse(false));
    }

    private static CacheEntry user(Row r) {
        User user = User.ROWS.read(r);
        return CacheEntry.of(user.userId(), user, r.getBoolean("fresh"));
    }

    private static CacheEntry product(Row r) {
        Product product = Product.ROWS.read(r);
        return CacheEntry.of(product.productId(), product, r.getBoolean("fresh"));
    }
}
