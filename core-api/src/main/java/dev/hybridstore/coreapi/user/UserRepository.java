package dev.hybridstore.coreapi.user;

import dev.hybridstore.coreapi.cache.CachedRepository;
import dev.hybridstore.coreapi.cache.CachedTables;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Function;

@Singleton
public class UserRepository extends CachedRepository<User> {

    /** Keyset page: '' sorts before every id, and each absent filter ($n IS NULL) matches every row. */
    private static final String PAGE = """
            SELECT %s FROM users
             WHERE user_id > $1
               AND ($2::varchar IS NULL OR region = $2)
               AND ($3::char IS NULL OR gender = $3)
               AND ($4::varchar IS NULL OR age_group = $4)
             ORDER BY user_id
             LIMIT $5""";

    UserRepository(Sql sql) {
        super(sql, CachedTables.USERS);
    }

    /** Up to {@code q.limit() + 1} rows (so the caller can tell whether another page follows) of columns {@code select}. */
    public <R> Uni<List<R>> page(UserQuery q, String select, Function<Row, R> mapper) {
        return sql.fetchAll(PAGE.formatted(select), Tuple.of(q.after() == null ? "" : q.after(), q.region(), q.gender(), q.ageGroup(),
                q.limit() + 1), mapper);
    }
}
