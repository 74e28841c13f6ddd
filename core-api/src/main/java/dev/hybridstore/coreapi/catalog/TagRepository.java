package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Tag;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class TagRepository extends SoftDeleteRepository<Tag> {

    private static final String INSERT = """
            INSERT INTO pokervod.tags (category, name, display_name, description) VALUES ($1, $2, $3, $4)
            RETURNING\s""" + Tag.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.tags SET category = $2, name = $3, display_name = $4, description = $5, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + Tag.COLUMNS;
    /** The clip's live links to live tags. */
    private static final String OF_HAND_CLIP = "SELECT " + qualified("t.", Tag.COLUMNS) + """
             FROM pokervod.hand_clip_tags l JOIN pokervod.tags t ON t.id = l.tag_id
            WHERE l.hand_clip_id = $1 AND l.deleted_at IS NULL AND t.deleted_at IS NULL
            ORDER BY t.category, t.name""";

    private final ClipLinks links;

    TagRepository(Sql sql) {
        super(sql, "Tag", "pokervod.tags", Tag.COLUMNS, "category, name, id", Tag::fromRow);
        this.links = new ClipLinks(sql, "pokervod.hand_clip_tags", "tag_id");
    }

    Uni<Tag> insert(Tag t) {
        return sql.fetchOne(INSERT, Tuple.of(t.category(), t.name(), t.displayName(), t.description()), Tag::fromRow)
                .map(Optional::orElseThrow);
    }

    Uni<Optional<Tag>> update(UUID id, Tag t) {
        return sql.fetchOne(UPDATE, Tuple.of(id, t.category(), t.name(), t.displayName(), t.description()), Tag::fromRow);
    }

    Uni<Void> link(UUID handClipId, UUID tagId) {
        return links.link(handClipId, tagId);
    }

    /** False when the clip had no live link to the tag. */
    Uni<Boolean> unlink(UUID handClipId, UUID tagId) {
        return links.unlink(handClipId, tagId);
    }

    Uni<List<Tag>> ofHandClip(UUID handClipId) {
        return sql.fetchAll(OF_HAND_CLIP, Tuple.of(handClipId), Tag::fromRow);
    }
}
