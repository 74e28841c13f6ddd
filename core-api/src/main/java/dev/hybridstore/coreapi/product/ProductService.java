package dev.hybridstore.coreapi.product;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.web.Ids;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.model.redis.RedisKeys;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ProductService {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final ProductRepository products;
    private final CacheAside cache;

    ProductService(ProductRepository products, CacheAside cache) {
        this.products = products;
        this.cache = cache;
    }

    /** Stores a new product; the id is generated when absent. An unknown store_id is a 422. */
    public Uni<Product> create(Product product) {
        Product complete = withId(product.productId() == null ? Ids.next('P') : product.productId(), product);
        return products.insert(complete)
                .onFailure(ProductService::isForeignKeyViolation).transform(e -> unknownStore(product))
                .map(created -> created.orElseThrow(() -> ProblemException.conflict("Product '" + complete.productId() + "' already exists")))
                .invoke(created -> Log.infof("Product %s created", created.productId()));
    }

    /** The product as JSON (cache-aside), or null when there is no such product. */
    public Uni<String> findJson(String id, CacheAside.Mode mode) {
        return cache.read(RedisKeys.PRODUCTS, id, mode, () -> products.find(id));
    }

    /** Write-through: the database first, then the cache entry, which readers see from then on. */
    public Uni<String> update(String id, Product product) {
        if (product.productId() != null && !product.productId().equals(id)) {
            throw ProblemException.invalidField("product_id", "must be absent or equal to the id in the path ('" + id + "')");
        }
        return products.update(id, withId(id, product))
                .onFailure(ProductService::isForeignKeyViolation).transform(e -> unknownStore(product))
                .map(updated -> updated.orElseThrow(() -> ProblemException.notFound("Product", id)))
                .chain(updated -> cache.write(RedisKeys.PRODUCTS, id, CacheAside.toJson(updated)));
    }

    public Uni<Page<Product>> list(ProductQuery query) {
        return products.page(query).map(rows -> Page.of(rows, query.limit(), Product::productId));
    }

    /** A random cached product (seed 003's get_random_product); from the database while Redis is down. */
    public Uni<String> randomJson(CacheAside.Mode mode) {
        return cache.random(RedisKeys.PRODUCTS, mode, products::random);
    }

    private static boolean isForeignKeyViolation(Throwable e) {
        return e instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState());
    }

    private static ProblemException unknownStore(Product p) {
        return Problems.missingReferences(List.of(Problems.missing("store_id", "store", p.storeId())));
    }

    private static Product withId(String id, Product p) {
        return new Product(id, p.name(), p.category(), p.brand(), p.price(), p.orgPrice(), p.discountRate(), p.stock(), p.storeId(),
                null, null);
    }
}
