package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Product;
import dev.hybridstore.model.commerce.User;
import java.util.HashMap;
import java.util.Map;

/** The users and products one batch names, reduced to what an order row copies from them. */
public record OrderReferences(Map<String, Buyer> buyers, Map<String, Item> items) {

    /** The user columns denormalized into orders. */
    public record Buyer(String region, String gender, String ageGroup) {
        static Buyer of(User user) {
            return of(user.region(), user.gender(), user.ageGroup(), user.age());
        }

        /** age_group as stored, or derived from age when a row predates the column being filled. */
        static Buyer of(String region, String gender, String ageGroup, Integer age) {
            return new Buyer(region, gender, ageGroup != null ? ageGroup : User.ageGroupOf(age));
        }
    }

    /** The product columns denormalized into orders, and the price a missing total is computed from. */
    public record Item(String category, Long storeId, Integer price) {
        static Item of(Product product) {
            return new Item(product.category(), product.storeId(), product.price());
        }
    }

    static <T> Map<String, T> merge(Map<String, T> first, Map<String, T> second) {
        Map<String, T> all = new HashMap<>(first);
        all.putAll(second);
        return all;
    }
}
