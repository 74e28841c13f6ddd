package dev.hybridstore.coreapi.product;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.cache.CachedRepository;
import dev.hybridstore.coreapi.cache.CachedService;
import dev.hybridstore.coreapi.cache.CachedTables;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.platform.sql.ReadSql;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class ProductService extends CachedService<Product> {

    ProductService(Sql sql, ReadSql reads, CacheAside cache) {
        super(new CachedRepository<>(sql, reads, CachedTables.PRODUCTS), cache);
    }

    @Override
    protected Product complete(String id, Product p) {
        return new Product(id, p.name(), p.category(), p.brand(), p.price(), p.orgPrice(), p.discountRate(), p.stock(), p.storeId(),
                null, null);
    }

    /** An unknown store_id is a 422. */
    @Override
    protected Throwable refused(Throwable failure, Product request) {
        return isForeignKeyViolation(failure)
                ? Problems.missingReferences(List.of(Problems.missing("store_id", "store", request.storeId()))) : failure;
    }

    /** Products, or only the columns of {@code fields} (null: all). */
    public Uni<Page<?>> list(ProductQuery query, String fields) {
        return page(fields, query.after(), query.limit(), query.category(), query.storeId(), query.brand(), query.minPrice(),
                query.maxPrice());
    }
}
