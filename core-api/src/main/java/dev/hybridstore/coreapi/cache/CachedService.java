package dev.hybridstore.coreapi.cache;

import dev.hybridstore.coreapi.web.Fields;
import dev.hybridstore.coreapi.web.Ids;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.sql.SqlOps;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.util.HashSet;
import java.util.Set;

/**
 * The read and write path every cached table shares: reads cache-aside, updates written through, random picks from
 * the hash. Subclasses complete a row from its request (derived fields) and add their lists, built on {@link #page}.
 * Subclasses are {@code @Singleton}: a normal-scoped bean needs a no-args constructor for its client proxy.
 */
public abstract class CachedService<T> {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    protected final CachedRepository<T> rows;
    protected final CacheAside cache;
    private final CachedTable<T> table;

    protected CachedService(CachedRepository<T> rows, CacheAside cache) {
        this.rows = rows;
        this.cache = cache;
        this.table = rows.table();
    }

    /** The row as the database stores it for key {@code id}: the request's fields, with what the server derives. */
    protected abstract T complete(String id, T request);

    /** A write the database refuses for a reason the client can fix; unchanged by default. */
    protected Throwable refused(Throwable failure, T request) {
        return failure;
    }

    /** Stores a new row; its key is generated when absent. A taken key is a 409. */
    public Uni<T> create(T request) {
        String requested = table.id().apply(request);
        T complete = complete(requested == null ? Ids.next(table.prefix()) : requested, request);
        String id = table.id().apply(complete);
        return rows.insert(complete).onFailure().transform(e -> refused(e, request))
                .map(created -> created.orElseThrow(() -> ProblemException.conflict(table.label() + " '" + id + "' already exists")))
                .invoke(() -> Log.infof("%s %s created", table.label(), id));
    }

    /** The row as JSON (cache-aside), or null when there is no such row. */
    public Uni<String> findJson(String id, CacheAside.Mode mode) {
        return cache.read(table.hash(), id, mode, () -> rows.find(id));
    }

    /** The row as JSON (cache-aside); 404 when there is no such row. */
    public Uni<String> getJson(String id, CacheAside.Mode mode) {
        return findJson(id, mode).onItem().ifNull().failWith(() -> ProblemException.notFound(table.label(), id));
    }

    /** Write-through: the database first, then the cache entry, which readers see from then on. */
    public Uni<String> update(String id, T request) {
        String requested = table.id().apply(request);
        if (requested != null && !requested.equals(id)) {
            throw ProblemException.invalidField(table.key(), "must be absent or equal to the id in the path ('" + id + "')");
        }
        return rows.update(id, complete(id, request)).onFailure().transform(e -> refused(e, request))
                .map(Problems.orNotFound(table.label(), id))
                .chain(updated -> cache.write(table.hash(), id, CacheAside.toJson(updated)));
    }

    /**
     * Deletes the row, then drops its cache entry. A row that other rows reference (a user's or product's orders) stays:
     * a 409 problem naming the referencing table. No such row: 404.
     */
    public Uni<Void> delete(String id) {
        return rows.delete(id)
                .onFailure(CachedService::isForeignKeyViolation).transform(e -> ProblemException.conflict(
                        table.label() + " '" + id + "' cannot be deleted: " + ((PgException) e).getDetail()))
                .invoke(deleted -> {
                    if (!deleted) {
                        throw ProblemException.notFound(table.label(), id);
                    }
                })
                .chain(() -> cache.drop(table.hash(), id))
                .invoke(() -> Log.infof("%s %s deleted", table.label(), id));
    }

    protected static boolean isForeignKeyViolation(Throwable failure) {
        return failure instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState());
    }

    /**
     * One keyset page in key order; {@code filters} are the values of the table's filters, in their order (null: any).
     * The whole rows, or with ?fields= only those columns, as maps; the key always comes along, since the next page's
     * cursor is read from it.
     */
    @SuppressWarnings("unchecked")
    protected Uni<Page<?>> page(String fields, String after, int limit, Object... filters) {
        Fields projection = Fields.parse(fields, table.key(), table.columns());
        if (projection == null) {
            return rows.page(table.columns(), table.mapper(), after, limit, filters).map(found -> Page.of(found, limit, table.id()));
        }
        return rows.page(Fields.select(projection, table.columns()), SqlOps.AS_MAP, after, limit, filters)
                .map(found -> Page.of(found, limit, row -> (String) row.get(table.key())));
    }

    /** Which of {@code ids} have a row: the cache first, then one statement for the rest (a batch's references). */
    public Uni<Set<String>> existing(Set<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return cache.present(table.hash(), ids).chain(cached -> {
            Set<String> rest = new HashSet<>(ids);
            rest.removeAll(cached);
            if (rest.isEmpty()) {
                return Uni.createFrom().item(cached);
            }
            return rows.existing(rest).map(found -> {
                Set<String> all = new HashSet<>(cached);
                all.addAll(found);
                return all;
            });
        });
    }

    /** Where a created row is read: /api/{table}/{key}. */
    String location(T row) {
        return "/api/" + table.table() + "/" + table.id().apply(row);
    }

    /** A random cached row (seed 003's get_random_user and get_random_product); from the database while Redis is down. */
    public Uni<String> randomJson(CacheAside.Mode mode) {
        return cache.random(table.hash(), mode, rows::random);
    }
}
