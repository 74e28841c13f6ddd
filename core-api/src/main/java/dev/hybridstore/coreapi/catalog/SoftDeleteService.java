package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What every catalog service does the same way: 404 for missing or deleted rows, problems for refused writes.
 * Subclasses are {@code @Singleton}: a normal-scoped bean needs a no-args constructor for its client proxy.
 */
abstract class SoftDeleteService<T> {

    private final SoftDeleteRepository<T> rows;

    protected SoftDeleteService(SoftDeleteRepository<T> rows) {
        this.rows = rows;
    }

    public Uni<T> get(UUID id) {
        return rows.find(id).map(row -> row.orElseThrow(() -> ProblemException.notFound(rows.label(), id)));
    }

    public Uni<List<T>> page(int page, int limit) {
        return rows.page(page, limit);
    }

    /** Soft delete: the row stays, hidden from every read; deleting it again is a 404. */
    public Uni<Void> delete(UUID id) {
        return rows.softDelete(id).invoke(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound(rows.label(), id);
            }
        }).replaceWithVoid();
    }

    /** A write the database refuses (unique key, check constraint) becomes a 409 or 400 problem naming the clash. */
    protected static <R> Uni<R> refusedAsProblem(Uni<R> write) {
        return write.onFailure().transform(Constraints::translate);
    }

    /** An update of a row that is missing or deleted is a 404. */
    protected Uni<T> replaced(UUID id, Uni<Optional<T>> update) {
        return refusedAsProblem(update).map(row -> row.orElseThrow(() -> ProblemException.notFound(rows.label(), id)));
    }

    /** Fails with 404 unless {@code id} is null (an optional reference) or names a live row of {@code referenced}. */
    protected static Uni<Void> requireLive(SoftDeleteRepository<?> referenced, UUID id) {
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return referenced.exists(id).invoke(exists -> {
            if (!exists) {
                throw ProblemException.notFound(referenced.label(), id);
            }
        }).replaceWithVoid();
    }
}
