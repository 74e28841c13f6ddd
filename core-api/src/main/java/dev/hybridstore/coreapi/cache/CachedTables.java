package dev.hybridstore.coreapi.cache;

import static dev.hybridstore.coreapi.cache.CachedTable.column;
import static dev.hybridstore.coreapi.cache.CachedTable.filter;

import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.model.redis.RedisKeys;
import java.util.List;

/** Seed 003's cached tables. */
public final class CachedTables {

    /** A user as the API answers it: the OpenAPI example of its reads and its create. */
    public static final String USER_EXAMPLE = """
            {"user_id":"U_001","name":"Hong Gil Dong","gender":"M","age":30,"age_group":"30대","region":"Seoul",\
            "join_date":"2025-01-09","last_cached_at":null,"created_at":"2025-01-09T10:15:30.123456"}""";

    public static final CachedTable<User> USERS = new CachedTable<>("User", "users", "user_id", 'U', RedisKeys.USERS, User.ROWS.columns(),
            User.ROWS::read, User::userId, List.of(column("name", User::name), column("gender", User::gender), column("age", User::age),
                    column("age_group", User::ageGroup), column("region", User::region), column("join_date", User::joinDate)),
            List.of(filter("region", "varchar", "="), filter("gender", "char", "="), filter("age_group", "varchar", "=")));

    public static final CachedTable<Product> PRODUCTS = new CachedTable<>("Product", "products", "product_id", 'P', RedisKeys.PRODUCTS,
            Product.ROWS.columns(), Product.ROWS::read, Product::productId,
            List.of(column("name", Product::name), column("category", Product::category), column("brand", Product::brand),
                    column("price", Product::price), column("org_price", Product::orgPrice), column("discount_rate", Product::discountRate),
                    column("stock", Product::stock), column("store_id", Product::storeId)),
            List.of(filter("category", "varchar", "="), filter("store_id", "bigint", "="), filter("brand", "varchar", "="),
                    filter("price", "int", ">="), filter("price", "int", "<=")));

    static final List<CachedTable<?>> ALL = List.of(USERS, PRODUCTS);

    private CachedTables() {
    }
}
