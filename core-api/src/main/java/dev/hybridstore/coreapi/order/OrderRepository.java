package dev.hybridstore.coreapi.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads orders; only the order-consumer writes them. */
@ApplicationScoped
public class OrderRepository {

    private static final String FIND = "SELECT %s FROM orders WHERE order_id = $1".formatted(Order.COLUMNS);

    /**
     * Keyset page on (created_at, order_id). Absent bounds become -infinity/infinity and an absent cursor
     * (-infinity, ''), so the row comparison stays usable by an index on (created_at, order_id).
     */
    static final String PAGE = """
            SELECT %s FROM orders
             WHERE (created_at, order_id) > (COALESCE($1, '-infinity'::timestamp), COALESCE($2, ''))
               AND ($3::varchar IS NULL OR user_id = $3)
               AND ($4::bigint IS NULL OR store_id = $4)
               AND created_at >= COALESCE($5, '-infinity'::timestamp)
               AND created_at < COALESCE($6, 'infinity'::timestamp)
             ORDER BY created_at, order_id
             LIMIT $7""".formatted(Order.COLUMNS);

    private final Sql sql;

    OrderRepository(Sql sql) {
        this.sql = sql;
    }

    public Uni<Optional<Order>> find(String id) {
        return sql.fetchOne(FIND, Tuple.of(id), Order::fromRow);
    }

    /** Up to {@code q.limit() + 1} rows, so the caller can tell whether another page follows. */
    public Uni<List<Order>> page(OrderQuery q) {
        return sql.fetchAll(PAGE, Tuple.from(new Object[] {
                q.after() == null ? null : q.after().createdAt(), q.after() == null ? null : q.after().orderId(),
                q.userId(), q.storeId(),
                q.from() == null ? null : q.from().atStartOfDay(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(),
                q.limit() + 1}), Order::fromRow);
    }
}
