package dev.hybridstore.coreapi.user;

import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

    private static final String FIND = "SELECT %s FROM users WHERE user_id = $1".formatted(User.COLUMNS);

    /** ON CONFLICT DO NOTHING: an existing id yields no row, which the service turns into 409. */
    private static final String INSERT = """
            INSERT INTO users (user_id, name, gender, age, age_group, region, join_date)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (user_id) DO NOTHING
            RETURNING %s""".formatted(User.COLUMNS);

    private static final String UPDATE = """
            UPDATE users
               SET name = $2, gender = $3, age = $4, age_group = $5, region = $6, join_date = $7, updated_at = now()
             WHERE user_id = $1
            RETURNING %s""".formatted(User.COLUMNS);

    /** Keyset page: '' sorts before every id, and each absent filter ($n IS NULL) matches every row. */
    private static final String PAGE = """
            SELECT %s FROM users
             WHERE user_id > $1
               AND ($2::varchar IS NULL OR region = $2)
               AND ($3::char IS NULL OR gender = $3)
               AND ($4::varchar IS NULL OR age_group = $4)
             ORDER BY user_id
             LIMIT $5""".formatted(User.COLUMNS);

    /** Only the Redis-down fallback of /random uses it: a full scan is acceptable on a degraded path. */
    private static final String RANDOM = "SELECT %s FROM users ORDER BY random() LIMIT 1".formatted(User.COLUMNS);

    private final Sql sql;

    UserRepository(Sql sql) {
        this.sql = sql;
    }

    public Uni<Optional<User>> find(String id) {
        return sql.fetchOne(FIND, Tuple.of(id), User::fromRow);
    }

    /** Empty when the id is taken. */
    public Uni<Optional<User>> insert(User u) {
        return sql.fetchOne(INSERT, fields(u.userId(), u), User::fromRow);
    }

    /** Empty when no such user. */
    public Uni<Optional<User>> update(String id, User u) {
        return sql.fetchOne(UPDATE, fields(id, u), User::fromRow);
    }

    /** Up to {@code q.limit() + 1} rows, so the caller can tell whether another page follows. */
    public Uni<List<User>> page(UserQuery q) {
        return sql.fetchAll(PAGE, Tuple.of(q.after() == null ? "" : q.after(), q.region(), q.gender(), q.ageGroup(), q.limit() + 1),
                User::fromRow);
    }

    public Uni<Optional<User>> random() {
        return sql.fetchOne(RANDOM, Tuple.tuple(), User::fromRow);
    }

    private static Tuple fields(String id, User u) {
        return Tuple.from(new Object[] {id, u.name(), u.gender(), u.age(), u.ageGroup(), u.region(), u.joinDate()});
    }
}
