package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.testsupport.TestIds;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The orders a streaming IT produces: one store's 20 users and 10 products, which the i-th order cycles through, and
 * order ids {@code prefix-O-i}.
 */
final class OrderStream {

    private final String orderPrefix;
    private final List<String> users;
    private final List<String> products;

    private OrderStream(String orderPrefix, List<String> users, List<String> products) {
        this.orderPrefix = orderPrefix;
        this.users = users;
        this.products = products;
    }

    /** Writes the store, its users and its products. */
    static OrderStream create(Commerce commerce, TestIds ids, String storeName) throws SQLException {
        long store = commerce.store(storeName);
        List<String> users = IntStream.range(0, 20).mapToObj(i -> ids.next()).toList();
        List<String> products = IntStream.range(0, 10).mapToObj(i -> ids.next()).toList();
        for (String user : users) {
            commerce.user(user, "F", 33, "서울");
        }
        for (String product : products) {
            commerce.product(product, "식품", 1000, store);
        }
        return new OrderStream(ids.prefix() + "-O", users, products);
    }

    /** What every order id starts with: {@link Commerce#countOrders}'s argument. */
    String orderPrefix() {
        return orderPrefix;
    }

    String orderId(int i) {
        return orderPrefix + "-" + i;
    }

    /** The i-th order: 1 to 3 of a product, placed now. */
    OrderPlaced order(int i) {
        return new OrderPlaced(1, orderId(i), users.get(i % users.size()), products.get(i % products.size()), 1 + i % 3, null, 0, 0,
                "card", "completed", Instant.now());
    }

    /** The ids of this stream's orders in the orders table. */
    Set<String> stored(Commerce commerce) throws SQLException {
        return commerce.orderIds(orderPrefix + "-");
    }
}
