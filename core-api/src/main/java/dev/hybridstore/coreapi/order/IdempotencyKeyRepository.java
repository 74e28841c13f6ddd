package dev.hybridstore.coreapi.order;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Table order_idempotency_keys (V8): each key's first use, until the retention has passed. */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** A key's first use: the request's fingerprint, the order id it got, and when. */
    public record FirstUse(String fingerprint, String orderId, Instant at) {

        static FirstUse fromRow(Row row) {
            return new FirstUse(row.getString("fingerprint"), row.getString("order_id"), row.getOffsetDateTime("created_at").toInstant());
        }
    }

    /**
     * Records this use as the key's first, or as a new first use of a key older than the retention. One statement
     * decides between concurrent first uses: a loser waits for the winner's row and gets no row back.
     */
    static final String CLAIM = """
            INSERT INTO order_idempotency_keys (idempotency_key, fingerprint, order_id) VALUES ($1, $2, $3)
            ON CONFLICT (idempotency_key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, order_id = EXCLUDED.order_id, created_at = now()
             WHERE order_idempotency_keys.created_at < now() - $4::bigint * interval '1 millisecond'
            RETURNING fingerprint, order_id, created_at""";

    static final String FIND = "SELECT fingerprint, order_id, created_at FROM order_idempotency_keys WHERE idempotency_key = $1";

    /** At most $2 keys per statement, so a large backlog never holds long locks; SKIP LOCKED lets instances share it. */
    static final String DELETE_EXPIRED = """
            DELETE FROM order_idempotency_keys WHERE idempotency_key IN (
                SELECT idempotency_key FROM order_idempotency_keys
                 WHERE created_at < now() - $1::bigint * interval '1 millisecond'
                 LIMIT $2 FOR UPDATE SKIP LOCKED)""";

    @Inject
    Sql sql;

    /** This use when it is the key's first; empty when an earlier use within the retention holds the key. */
    public Uni<Optional<FirstUse>> claim(String key, String fingerprint, String orderId, Duration retention) {
        return sql.fetchOne(CLAIM, Tuple.of(key, fingerprint, orderId, retention.toMillis()), FirstUse::fromRow);
    }

    public Uni<Optional<FirstUse>> find(String key) {
        return sql.fetchOne(FIND, Tuple.of(key), FirstUse::fromRow);
    }

    /** Deletes up to {@code limit} keys older than the retention; the number deleted. */
    public Uni<Integer> deleteExpired(Duration retention, int limit) {
        return sql.execute(DELETE_EXPIRED, Tuple.of(retention.toMillis(), limit));
    }
}
