package dev.hybridstore.coreapi.product;

import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository {

    private static final String FIND = "SELECT %s FROM products WHERE product_id = $1".formatted(Product.COLUMNS);

    /** ON CONFLICT DO NOTHING: an existing id yields no row, which the service turns into 409. */
    private static final String INSERT = """
            INSERT INTO products (product_id, name, category, brand, price, org_price, discount_rate, stock, store_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (product_id) DO NOTHING
            RETURNING %s""".formatted(Product.COLUMNS);

    private static final String UPDATE = """
            UPDATE products
               SET name = $2, category = $3, brand = $4, price = $5, org_price = $6, discount_rate = $7, stock = $8,
                   store_id = $9, updated_at = now()
             WHERE product_id = $1
            RETURNING %s""".formatted(Product.COLUMNS);

    /** Keyset page: '' sorts before every id, and each absent filter ($n IS NULL) matches every row. */
    private static final String PAGE = """
            SELECT %s FROM products
             WHERE product_id > $1
               AND ($2::varchar IS NULL OR category = $2)
               AND ($3::bigint IS NULL OR store_id = $3)
               AND ($4::varchar IS NULL OR brand = $4)
               AND ($5::int IS NULL OR price >= $5)
               AND ($6::int IS NULL OR price <= $6)
             ORDER BY product_id
             LIMIT $7""".formatted(Product.COLUMNS);

    /** Only the Redis-down fallback of /random uses it: a full scan is acceptable on a degraded path. */
    private static final String RANDOM = "SELECT %s FROM products ORDER BY random() LIMIT 1".formatted(Product.COLUMNS);

    private final Sql sql;

    ProductRepository(Sql sql) {
        this.sql = sql;
    }

    public Uni<Optional<Product>> find(String id) {
        return sql.fetchOne(FIND, Tuple.of(id), Product::fromRow);
    }

    /** Empty when the id is taken. */
    public Uni<Optional<Product>> insert(Product p) {
        return sql.fetchOne(INSERT, fields(p.productId(), p), Product::fromRow);
    }

    /** Empty when no such product. */
    public Uni<Optional<Product>> update(String id, Product p) {
        return sql.fetchOne(UPDATE, fields(id, p), Product::fromRow);
    }

    /** Up to {@code q.limit() + 1} rows, so the caller can tell whether another page follows. */
    public Uni<List<Product>> page(ProductQuery q) {
        return sql.fetchAll(PAGE, Tuple.from(new Object[] {q.after() == null ? "" : q.after(), q.category(), q.storeId(), q.brand(),
                q.minPrice(), q.maxPrice(), q.limit() + 1}), Product::fromRow);
    }

    public Uni<Optional<Product>> random() {
        return sql.fetchOne(RANDOM, Tuple.tuple(), Product::fromRow);
    }

    private static Tuple fields(String id, Product p) {
        return Tuple.from(new Object[] {id, p.name(), p.category(), p.brand(), p.price(), p.orgPrice(), p.discountRate(), p.stock(),
                p.storeId()});
    }
}
