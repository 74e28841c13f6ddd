package dev.hybridstore.cli.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.redis.RedisKeys;
import io.quarkus.redis.datasource.RedisDataSource;
import java.util.List;
import java.util.Map;

/**
 * The users and products orders are placed for. Seed 003's producer takes them from the cache-worker's Redis hashes
 * (HRANDFIELD); products keep their price, so a discount stays below it.
 */
record OrderCatalog(List<String> users, List<PricedProduct> products) {

    /** A product id, and its price when known (null: the order leaves the amounts to the consumer). */
    record PricedProduct(String id, Integer price) {
    }

    boolean empty() {
        return users.isEmpty() || products.isEmpty();
    }

    /** Up to {@code n} random entries of cache:users and cache:products. */
    static OrderCatalog fromCache(RedisDataSource redis, int n) {
        var hashes = redis.hash(String.class);
        List<String> users = hashes.hrandfield(RedisKeys.USERS, n);
        Map<String, String> products = hashes.hrandfieldWithValues(RedisKeys.PRODUCTS, n);
        return new OrderCatalog(users, products.entrySet().stream().map(e -> new PricedProduct(e.getKey(), price(e.getValue()))).toList());
    }

    private static Integer price(String cachedProduct) {
        try {
            return Json.MAPPER.readValue(cachedProduct, Product.class).price();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
