package dev.hybridstore.coreapi.store;

import dev.hybridstore.model.commerce.Store;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StoreRepository {

    private static final String FIND = "SELECT %s FROM stores WHERE store_id = $1".formatted(Store.ROWS.columns());
    private static final String EXISTS = "SELECT EXISTS (SELECT 1 FROM stores WHERE store_id = $1)";
    private static final String INSERT = "INSERT INTO stores (name, region) VALUES ($1, $2) RETURNING %s".formatted(Store.ROWS.columns());
    private static final String UPDATE = "UPDATE stores SET name = $2, region = $3 WHERE store_id = $1 RETURNING %s"
            .formatted(Store.ROWS.columns());

    /** Keyset page: 0 sorts before every identity value; an absent region ($2 IS NULL) matches every row. */
    private static final String PAGE = """
            SELECT %s FROM stores
             WHERE store_id > $1
               AND ($2::varchar IS NULL OR region = $2)
             ORDER BY store_id
             LIMIT $3""".formatted(Store.ROWS.columns());

    @Inject
    Sql sql;

    public Uni<Optional<Store>> find(long id) {
        return sql.fetchOne(FIND, Tuple.of(id), Store.ROWS::read);
    }

    public Uni<Boolean> exists(long id) {
        return sql.fetchOne(EXISTS, Tuple.of(id), row -> row.getBoolean(0)).map(Optional::orElseThrow);
    }

    public Uni<Store> insert(Store s) {
        return sql.fetchOne(INSERT, Tuple.of(s.name(), s.region()), Store.ROWS::read).map(Optional::orElseThrow);
    }

    /** Empty when no such store. */
    public Uni<Optional<Store>> update(long id, Store s) {
        return sql.fetchOne(UPDATE, Tuple.of(id, s.name(), s.region()), Store.ROWS::read);
    }

    /** Up to {@code limit + 1} rows, so the caller can tell whether another page follows. */
    public Uni<List<Store>> page(String region, Long after, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(after == null ? 0L : after, region, limit + 1), Store.ROWS::read);
    }
}
