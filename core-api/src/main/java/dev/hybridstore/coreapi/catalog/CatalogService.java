package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.catalog.CatalogTable.Column;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * What every catalog table does the same way: 404 for missing or soft-deleted rows (and for references to them),
 * problems for writes the database refuses.
 */
@Singleton
public class CatalogService {

    private final CatalogRepository rows;
    private final ClipLinks links;

    CatalogService(CatalogRepository rows, ClipLinks links) {
        this.rows = rows;
        this.links = links;
    }

    public <T> Uni<T> get(CatalogTable<T> table, UUID id) {
        return rows.find(table, id).map(Problems.orNotFound(table.label(), id));
    }

    /** All rows, or those of one parent (a live one, else 404) when {@code parentId} is not null. */
    public <T> Uni<List<T>> page(CatalogTable<T> table, UUID parentId, int page, int limit) {
        return parentId == null ? rows.page(table, page, limit)
                : requireLive(table.parent().table(), parentId).chain(() -> rows.ofParent(table, parentId, page, limit));
    }

    /**
     * A taken unique key is a 409, and so is a parent's unique column (a season's year); a parent or reference that
     * is missing or deleted is a 404. {@code parentId} is the path's, for rows created under their parent, else null.
     */
    public <T> Uni<T> create(CatalogTable<T> table, UUID parentId, T row) {
        Uni<Void> parent = table.createdUnderParent() ? requireLive(table.parent().table(), parentId) : Uni.createFrom().voidItem();
        return parent.chain(() -> references(table, row))
                .chain(() -> refusedAsProblem(rows.insert(table, parentId, row)))
                .map(created -> created.orElseThrow(() -> taken(table, parentId, row)));
    }

    /** An update of a row that is missing or deleted is a 404. */
    public <T> Uni<T> update(CatalogTable<T> table, UUID id, T row) {
        return references(table, row).chain(() -> refusedAsProblem(rows.update(table, id, row)))
                .map(Problems.orNotFound(table.label(), id));
    }

    /** Soft delete: the row stays, hidden from every read; deleting it again is a 404. */
    public Uni<Void> delete(CatalogTable<?> table, UUID id) {
        return rows.softDelete(table, id).invoke(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound(table.label(), id);
            }
        }).replaceWithVoid();
    }

    /** Idempotent: linking twice leaves one link. */
    public Uni<Void> link(ClipLinks.Kind<?> kind, UUID clipId, UUID otherId) {
        return requireLive(CatalogTables.HAND_CLIPS, clipId).chain(() -> requireLive(kind.rows, otherId))
                .chain(() -> links.link(kind, clipId, otherId));
    }

    public Uni<Void> unlink(ClipLinks.Kind<?> kind, UUID clipId, UUID otherId) {
        return requireLive(CatalogTables.HAND_CLIPS, clipId).chain(() -> links.unlink(kind, clipId, otherId)).invoke(unlinked -> {
            if (!unlinked) {
                throw ProblemException.notFound(kind.rows.label() + " of hand clip " + clipId, otherId);
            }
        }).replaceWithVoid();
    }

    public <T> Uni<List<T>> linked(ClipLinks.Kind<T> kind, UUID clipId) {
        return requireLive(CatalogTables.HAND_CLIPS, clipId).chain(() -> links.linked(kind, clipId));
    }

    /** A write the database refuses (unique key, check constraint) becomes a 409 or 400 problem naming the clash. */
    private static <R> Uni<R> refusedAsProblem(Uni<R> write) {
        return write.onFailure().transform(Constraints::translate);
    }

    /** "Project '…' already has a season for 2024": the parent already has a live row with the row's unique value. */
    static <T> ProblemException taken(CatalogTable<T> table, UUID parentId, T row) {
        return ProblemException.conflict(table.parent().table().label() + " '" + parentId + "' already has a " + table.noun() + " for "
                + table.valueOf(table.parent().uniqueColumn(), row));
    }

    /** Each referencing column's value, in column order, must be null or name a live row. */
    private <T> Uni<Void> references(CatalogTable<T> table, T row) {
        Uni<Void> checked = Uni.createFrom().voidItem();
        for (Column<T> column : table.writable()) {
            if (column.referenced() != null) {
                checked = checked.chain(() -> requireLive(column.referenced(), (UUID) column.value().apply(row)));
            }
        }
        return checked;
    }

    /** Fails with 404 unless {@code id} is null (an optional reference) or names a live row of {@code table}. */
    private Uni<Void> requireLive(CatalogTable<?> table, UUID id) {
        if (id == null) {
            return Uni.createFrom().voidItem();
        }
        return rows.exists(table, id).invoke(exists -> {
            if (!exists) {
                throw ProblemException.notFound(table.label(), id);
            }
        }).replaceWithVoid();
    }
}
