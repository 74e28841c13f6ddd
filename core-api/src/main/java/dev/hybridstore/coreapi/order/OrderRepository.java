package dev.hybridstore.coreapi.order;

import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Reads orders and changes their status; only the order-consumer inserts them. */
@ApplicationScoped
public class OrderRepository {

    private static final String FIND = "SELECT %s FROM orders WHERE order_id = $1".formatted(Order.ROWS.columns());

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
             LIMIT $7""".formatted(Order.ROWS.columns());

    /**
     * One statement, so two concurrent changes cannot both win: the row is locked, and the status it holds then decides
     * whether the update runs. No row: no such order; a row without order_id: the current status forbids the move.
     */
    static final String CHANGE_STATUS = """
            WITH current AS (SELECT order_id, status FROM orders WHERE order_id = $1 FOR UPDATE),
                 moved AS (UPDATE orders o SET status = $2 FROM current c
                            WHERE o.order_id = c.order_id AND lower(c.status) = ANY($3) RETURNING o.*)
            SELECT c.status AS previous_status, m.* FROM current c LEFT JOIN moved m ON true""";

    /** The outcome of a status change: the status found, and the changed order (null when the move was refused). */
    public record StatusChanged(String previous, Order order) {
    }

    @Inject
    Sql sql;

    public Uni<Optional<Order>> find(String id) {
        return sql.fetchOne(FIND, Tuple.of(id), Order.ROWS::read);
    }

    /** Empty when the order does not exist. */
    public Uni<Optional<StatusChanged>> changeStatus(String id, OrderStatus to) {
        return sql.fetchOne(CHANGE_STATUS, Tuple.of(id, to.key(), to.from()),
                r -> new StatusChanged(r.getString("previous_status"), r.getString("order_id") == null ? null : Order.ROWS.read(r)));
    }

    /** Up to {@code q.limit() + 1} rows, so the caller can tell whether another page follows. */
    public Uni<List<Order>> page(OrderQuery q) {
        return sql.fetchAll(PAGE, Tuple.from(new Object[] {
                q.after() == null ? null : q.after().createdAt(), q.after() == null ? null : q.after().orderId(),
                q.userId(), q.storeId(),
                q.from() == null ? null : q.from().atStartOfDay(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(),
                q.limit() + 1}), Order.ROWS::read);
    }
}
