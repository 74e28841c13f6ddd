package dev.hybridstore.coreapi.manual;

import dev.hybridstore.coreapi.search.Scored;
import dev.hybridstore.model.knowledge.Manual;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ManualRepository {

    private static final String STORE_EXISTS = "SELECT 1 FROM stores WHERE store_id = $1";
    private static final String INSERT = "INSERT INTO manuals (store_id, title, body) VALUES ($1, $2, $3) RETURNING " + Manual.COLUMNS;
    private static final String FIND = "SELECT " + Manual.COLUMNS + " FROM manuals WHERE store_id = $1 AND id = $2";
    private static final String PAGE = "SELECT " + Manual.COLUMNS + " FROM manuals WHERE store_id = $1 ORDER BY id LIMIT $2 OFFSET $3";

    /** Always filtered by store: an iterative scan in relaxed order, sorted again outside. */
    private static final String NEAREST = "WITH nearest AS MATERIALIZED (SELECT " + Manual.COLUMNS + """
            , embedding <=> $1::vector AS distance
             FROM manuals
            WHERE store_id = $3 AND embedding IS NOT NULL
            ORDER BY embedding <=> $1::vector LIMIT $2)
            SELECT * FROM nearest ORDER BY distance""";

    /** The same expression as the GIN trigram index, (title || ' ' || body), so the index answers {@code <%}. */
    private static final String MATCHING = "SELECT " + Manual.COLUMNS + """
            , word_similarity($1, title || ' ' || body) AS similarity
             FROM manuals
            WHERE $1 <% (title || ' ' || body) AND store_id = $3
            ORDER BY similarity DESC, id LIMIT $2""";

    private final Sql sql;

    ManualRepository(Sql sql) {
        this.sql = sql;
    }

    Uni<Boolean> storeExists(long storeId) {
        return sql.fetchOne(STORE_EXISTS, Tuple.of(storeId), row -> true).map(Optional::isPresent);
    }

    Uni<Manual> insert(long storeId, Manual manual) {
        return sql.fetchOne(INSERT, Tuple.of(storeId, manual.title(), manual.body()), Manual::fromRow).map(Optional::orElseThrow);
    }

    Uni<Optional<Manual>> find(long storeId, long id) {
        return sql.fetchOne(FIND, Tuple.of(storeId, id), Manual::fromRow);
    }

    Uni<List<Manual>> page(long storeId, int page, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(storeId, limit, (long) (page - 1) * limit), Manual::fromRow);
    }

    Uni<List<Scored<Manual>>> nearest(SqlTransaction tx, String vector, long storeId, int limit) {
        return tx.fetchAll(NEAREST, Tuple.of(vector, limit, storeId), ManualRepository::byDistance);
    }

    Uni<List<Scored<Manual>>> matching(SqlTransaction tx, String text, long storeId, int limit) {
        return tx.fetchAll(MATCHING, Tuple.of(text, limit, storeId), ManualRepository::bySimilarity);
    }

    private static Scored<Manual> byDistance(Row row) {
        return new Scored<>(Manual.fromRow(row), 1 - row.getDouble("distance"));
    }

    private static Scored<Manual> bySimilarity(Row row) {
        return new Scored<>(Manual.fromRow(row), row.getDouble("similarity"));
    }
}
