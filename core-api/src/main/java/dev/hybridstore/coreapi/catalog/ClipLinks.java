package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Player;
import dev.hybridstore.model.catalog.Tag;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * A hand clip's links to tags and players, soft-deleted like the rows themselves. The key is the pair, so linking again
 * after an unlink revives the link row.
 */
@Singleton
class ClipLinks {

    static final Kind<Tag> TAGS = new Kind<>(CatalogTables.TAGS, "pokervod.hand_clip_tags", "tag_id");
    static final Kind<Player> PLAYERS = new Kind<>(CatalogTables.PLAYERS, "pokervod.hand_clip_players", "player_id");

    @Inject
    Sql sql;

    /** Idempotent: linking twice leaves one live link. */
    Uni<Void> link(Kind<?> kind, UUID handClipId, UUID otherId) {
        return sql.execute(kind.link, Tuple.of(handClipId, otherId)).replaceWithVoid();
    }

    /** False when the clip had no live link to the row. */
    Uni<Boolean> unlink(Kind<?> kind, UUID handClipId, UUID otherId) {
        return sql.execute(kind.unlink, Tuple.of(handClipId, otherId)).map(count -> count == 1);
    }

    /** The clip's live links to live rows. */
    <T> Uni<List<T>> linked(Kind<T> kind, UUID handClipId) {
        return sql.fetchAll(kind.linked, Tuple.of(handClipId), kind.rows.mapper());
    }

    /** One link table: the rows it links clips to, and the column naming them. */
    static final class Kind<T> {

        final CatalogTable<T> rows;
        private final String link;
        private final String unlink;
        private final String linked;

        private Kind(CatalogTable<T> rows, String table, String column) {
            this.rows = rows;
            this.link = "INSERT INTO " + table + " (hand_clip_id, " + column + ") VALUES ($1, $2) ON CONFLICT (hand_clip_id, " + column
                    + ") DO UPDATE SET deleted_at = NULL, updated_at = now() WHERE " + table + ".deleted_at IS NOT NULL";
            this.unlink = "UPDATE " + table + " SET deleted_at = now(), updated_at = now() WHERE hand_clip_id = $1 AND " + column
                    + " = $2 AND deleted_at IS NULL";
            this.linked = "SELECT " + CatalogRepository.qualified("r.", rows.columns()) + " FROM " + table + " l JOIN " + rows.table()
                    + " r ON r.id = l." + column + " WHERE l.hand_clip_id = $1 AND l.deleted_at IS NULL AND r.deleted_at IS NULL"
                    + " ORDER BY " + CatalogRepository.qualified("r.", rows.order());
        }
    }
}
