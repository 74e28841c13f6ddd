package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/**
 * A hand clip's links to one kind of row (tags, players), soft-deleted like the rows themselves. The key is the pair,
 * so linking again after an unlink revives the link row. Table and column names are the callers' constants.
 */
final class ClipLinks {

    private final Sql sql;
    private final String link;
    private final String unlink;

    ClipLinks(Sql sql, String table, String column) {
        this.sql = sql;
        this.link = "INSERT INTO " + table + " (hand_clip_id, " + column + ") VALUES ($1, $2) ON CONFLICT (hand_clip_id, " + column
                + ") DO UPDATE SET deleted_at = NULL, updated_at = now() WHERE " + table + ".deleted_at IS NOT NULL";
        this.unlink = "UPDATE " + table + " SET deleted_at = now(), updated_at = now() WHERE hand_clip_id = $1 AND " + column
                + " = $2 AND deleted_at IS NULL";
    }

    /** Idempotent: linking twice leaves one live link. */
    Uni<Void> link(UUID handClipId, UUID otherId) {
        return sql.execute(link, Tuple.of(handClipId, otherId)).replaceWithVoid();
    }

    /** False when the clip had no live link to the row. */
    Uni<Boolean> unlink(UUID handClipId, UUID otherId) {
        return sql.execute(unlink, Tuple.of(handClipId, otherId)).map(count -> count == 1);
    }
}
