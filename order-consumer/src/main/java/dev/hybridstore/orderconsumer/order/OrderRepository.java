package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.orderconsumer.order.OrderReferences.Buyer;
import dev.hybridstore.orderconsumer.order.OrderReferences.Item;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/** The order pipeline's SQL: one lookup per batch for users and for products, one multi-row insert per batch. */
@ApplicationScoped
public class OrderRepository {

    // One statement per batch: the arrays are zipped into rows; a redelivered order is skipped, never duplicated.
    private static final String INSERT = "INSERT INTO orders (" + Order.ROWS.columns() + ") "
            + "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], "
            + "$8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::bigint[], $15::timestamp[]) "
            + "ON CONFLICT (order_id) DO NOTHING";

    // An index scan of the primary key for the batch's ids (the ids are COLLATE "C", like the index).
    private static final String BUYERS = "SELECT user_id, region, gender, age, age_group FROM users WHERE user_id = ANY($1)";
    private static final String ITEMS = "SELECT product_id, category, store_id, price FROM products WHERE product_id = ANY($1)";

    @Inject
    Sql sql;

    /** Inserts the rows in one statement and transaction; returns how many were new. */
    public Uni<Integer> insert(List<Order> rows) {
        int n = rows.size();
        String[] orderIds = new String[n], userIds = new String[n], productIds = new String[n], paymentMethods = new String[n],
                statuses = new String[n], categories = new String[n], regions = new String[n], genders = new String[n],
                ageGroups = new String[n];
        Integer[] quantities = new Integer[n], totals = new Integer[n], shipping = new Integer[n], discounts = new Integer[n];
        Long[] storeIds = new Long[n];
        LocalDateTime[] createdAt = new LocalDateTime[n];
        for (int i = 0; i < n; i++) {
            Order o = rows.get(i);
            orderIds[i] = o.orderId();
            userIds[i] = o.userId();
            productIds[i] = o.productId();
            quantities[i] = o.quantity();
            totals[i] = o.totalAmount();
            shipping[i] = o.shippingCost();
            discounts[i] = o.discountAmount();
            paymentMethods[i] = o.paymentMethod();
            statuses[i] = o.status();
            categories[i] = o.category();
            regions[i] = o.userRegion();
            genders[i] = o.userGender();
            ageGroups[i] = o.userAgeGroup();
            storeIds[i] = o.storeId();
            createdAt[i] = o.createdAt();
        }
        Tuple params = Tuple.from(List.of(orderIds, userIds, productIds, quantities, totals, shipping, discounts, paymentMethods,
                statuses, categories, regions, genders, ageGroups, storeIds, createdAt));
        return sql.execute(INSERT, params);
    }

    public Uni<Map<String, Buyer>> findBuyers(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.fetchAll(BUYERS, Tuple.of(userIds.toArray(String[]::new)), OrderRepository::buyer).map(OrderRepository::toMap);
    }

    public Uni<Map<String, Item>> findItems(Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.fetchAll(ITEMS, Tuple.of(productIds.toArray(String[]::new)), OrderRepository::item).map(OrderRepository::toMap);
    }

    private static Entry<String, Buyer> buyer(Row r) {
        return Map.entry(r.getString("user_id"),
                Buyer.of(r.getString("region"), r.getString("gender"), r.getString("age_group"), r.getInteger("age")));
    }

    private static Entry<String, Item> item(Row r) {
        return Map.entry(r.getString("product_id"), new Item(r.getString("category"), r.getLong("store_id"), r.getInteger("price")));
    }

    private static <T> Map<String, T> toMap(List<Entry<String, T>> entries) {
        Map<String, T> map = new HashMap<>(entries.size() * 2);
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
