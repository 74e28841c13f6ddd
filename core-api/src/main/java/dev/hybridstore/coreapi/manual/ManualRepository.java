package dev.hybridstore.coreapi.manual;

import dev.hybridstore.model.knowledge.Manual;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ManualRepository {

    private static final String INSERT = "INSERT INTO manuals (store_id, title, body) VALUES ($1, $2, $3) RETURNING " + Manual.ROWS.columns();
    private static final String FIND = "SELECT " + Manual.ROWS.columns() + " FROM manuals WHERE store_id = $1 AND id = $2";
    private static final String PAGE = "SELECT " + Manual.ROWS.columns() + " FROM manuals WHERE store_id = $1 ORDER BY id LIMIT $2 OFFSET $3";

    @Inject
    Sql sql;

    Uni<Manual> insert(long storeId, Manual manual) {
        return sql.fetchOne(INSERT, Tuple.of(storeId, manual.title(), manual.body()), Manual.ROWS::read).map(Optional::orElseThrow);
    }

    Uni<Optional<Manual>> find(long storeId, long id) {
        return sql.fetchOne(FIND, Tuple.of(storeId, id), Manual.ROWS::read);
    }

    Uni<List<Manual>> page(long storeId, int page, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(storeId, limit, (long) (page - 1) * limit), Manual.ROWS::read);
    }
}
