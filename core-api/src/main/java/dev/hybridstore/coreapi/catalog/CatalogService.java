package dev.hybridstore.coreapi.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridstore.coreapi.catalog.CatalogTable.Column;
import dev.hybridstore.coreapi.web.Fields;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.sql.SqlOps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every catalog table does the same way: 404 for missing or soft-deleted rows (and for references to them),
 * problems for writes the database refuses.
 */
@Singleton
public class CatalogService {

    @Inject
    CatalogRepository rows;
    @Inject
    ClipLinks links;
    @Inject
    ObjectMapper json;

    public <T> Uni<T> get(CatalogTable<T> table, UUID id) {
        return rows.find(table, id).map(Problems.orNotFound(table.label(), id));
    }

    /**
     * The row with the live rows below it along {@code include} ("seasons.events": each name a table under the one
     * before), nested under each row by table name. One statement per level, however many rows a level has (seed 004
     * §10.1's eager loading); a name that is not a table below is a 400 naming the ones that are.
     */
    public <T> Uni<ObjectNode> getWith(CatalogTable<T> table, UUID id, String include) {
        List<CatalogTable<?>> levels = levels(table, include);
        return get(table, id).chain(row -> {
            ObjectNode root = json.valueToTree(row);
            return attach(levels, 0, List.of(root), new UUID[] {id}).replaceWith(root);
        });
    }

    private static List<CatalogTable<?>> levels(CatalogTable<?> table, String include) {
        List<CatalogTable<?>> levels = new ArrayList<>();
        CatalogTable<?> above = table;
        for (String name : include.split("\\.", -1)) {
            Map<String, CatalogTable<?>> children = CatalogTables.childrenOf(above);
            CatalogTable<?> below = children.get(name);
            if (below == null) {
                throw ProblemException.invalidField("include", "'" + name + "' is not a table under " + above.name()
                        + (children.isEmpty() ? " (none is)" : "; one of: " + String.join(", ", children.keySet())));
            }
            levels.add(below);
            above = below;
        }
        return levels;
    }

    /** Hangs level {@code n}'s rows under {@code parents} (whose ids are {@code ids}, in order), then the next level under them. */
    private <C> Uni<Void> attach(List<CatalogTable<?>> levels, int n, List<ObjectNode> parents, UUID[] ids) {
        if (n == levels.size()) {
            return Uni.createFrom().voidItem();
        }
        @SuppressWarnings("unchecked")
        CatalogTable<C> table = (CatalogTable<C>) levels.get(n);
        Map<UUID, ArrayNode> lists = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            lists.put(ids[i], parents.get(i).putArray(table.name()));
        }
        if (ids.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return rows.ofParents(table, ids).chain(children -> {
            List<ObjectNode> nodes = new ArrayList<>(children.size());
            UUID[] childIds = new UUID[children.size()];
            for (Map.Entry<UUID, C> child : children) {
                ObjectNode node = json.valueToTree(child.getValue());
                lists.get(child.getKey()).add(node);
                childIds[nodes.size()] = table.key().apply(child.getValue());
                nodes.add(node);
            }
            return attach(levels, n + 1, nodes, childIds);
        });
    }

    /**
     * All rows, or those of one parent (a live one, else 404) when {@code parentId} is not null; the whole rows, or
     * only the columns of {@code fields} (null: all) as maps.
     */
    public <T> Uni<List<Object>> page(CatalogTable<T> table, UUID parentId, int page, int limit, String fields) {
        Fields projection = Fields.parse(fields, "id", table.columns());
        Function<Row, Object> mapper = projection == null ? table.mapper()::apply : SqlOps.AS_MAP::apply;
        String select = Fields.select(projection, table.columns());
        return requireLive(parentId == null ? null : table.parent().table(), parentId)
                .chain(() -> rows.page(table, parentId, select, mapper, page, limit));
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
