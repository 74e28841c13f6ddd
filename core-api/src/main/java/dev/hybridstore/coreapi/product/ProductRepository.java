package dev.hybridstore.coreapi.product;

import dev.hybridstore.coreapi.cache.CachedRepository;
import dev.hybridstore.coreapi.cache.CachedTables;
import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Function;

@Singleton
public class ProductRepository extends CachedRepository<Product> {

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
             LIMIT $7""";

    ProductRepository(Sql sql) {
        super(sql, CachedTables.PRODUCTS);
    }

    /** Up to {@code q.limit() + 1} rows (so the caller can tell whether another page follows) of columns {@code select}. */
    public <R> Uni<List<R>> page(ProductQuery q, String select, Function<Row, R> mapper) {
        return sql.fetchAll(PAGE.formatted(select), Tuple.from(new Object[] {q.after() == null ? "" : q.after(), q.category(), q.storeId(),
                q.brand(), q.minPrice(), q.maxPrice(), q.limit() + 1}), mapper);
    }
}
