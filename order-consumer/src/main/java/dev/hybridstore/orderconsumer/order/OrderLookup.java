package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.orderconsumer.order.OrderReferences.Buyer;
import dev.hybridstore.orderconsumer.order.OrderReferences.Item;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the users and products a batch names: first in the cache-worker's Redis hashes (one HMGET per hash per batch),
 * then the misses in PostgreSQL (one query per table per batch). Redis being down only means more misses.
 */
@Singleton
public class OrderLookup {

    private final ReactiveHashCommands<String, String, String> hashes;
    private final OrderRepository repository;
    private final RedisAvailability redis;

    OrderLookup(ReactiveRedisDataSource redisDataSource, OrderRepository repository, RedisAvailability redis) {
        this.hashes = redisDataSource.hash(String.class);
        this.repository = repository;
        this.redis = redis;
    }

    public Uni<OrderReferences> find(Set<String> userIds, Set<String> productIds) {
        Uni<Map<String, Buyer>> buyers = cached(RedisKeys.USERS, userIds, User.class, Buyer::of)
                .chain(hits -> repository.findBuyers(missing(userIds, hits)).map(rest -> OrderReferences.merge(hits, rest)));
        Uni<Map<String, Item>> items = cached(RedisKeys.PRODUCTS, productIds, Product.class, Item::of)
                .chain(hits -> repository.findItems(missing(productIds, hits)).map(rest -> OrderReferences.merge(hits, rest)));
        return Uni.combine().all().unis(buyers, items).with(OrderReferences::new);
    }

    private <R, T> Uni<Map<String, T>> cached(String hash, Set<String> ids, Class<R> type, Function<R, T> reduce) {
        if (ids.isEmpty() || !redis.worthTrying()) {
            return Uni.createFrom().item(Map.of());
        }
        return hashes.hmget(hash, ids.toArray(String[]::new))
                .invoke(redis::succeeded)
                .map(values -> decode(values, type, reduce))
                .onFailure().recoverWithItem(failure -> {
                    redis.failed("HMGET " + hash, failure);
                    return Map.of();
                });
    }

    private static <R, T> Map<String, T> decode(Map<String, String> values, Class<R> type, Function<R, T> reduce) {
        Map<String, T> found = new HashMap<>(values.size() * 2);
        values.forEach((id, json) -> {
            if (json != null) {
                try {
                    found.put(id, reduce.apply(Json.MAPPER.readValue(json, type)));
                } catch (IOException e) {
                    // An entry this code cannot read is a miss: the database has the row.
                }
            }
        });
        return found;
    }

    private static Set<String> missing(Set<String> wanted, Map<String, ?> found) {
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(found.keySet());
        return missing;
    }
}
