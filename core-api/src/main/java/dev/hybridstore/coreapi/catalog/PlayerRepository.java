package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Player;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class PlayerRepository extends SoftDeleteRepository<Player> {

    private static final String INSERT = """
            INSERT INTO pokervod.players (name, nickname, country, total_earnings, is_active)
            VALUES ($1, $2, $3, $4, COALESCE($5, true)) RETURNING\s""" + Player.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.players
               SET name = $2, nickname = $3, country = $4, total_earnings = $5, is_active = COALESCE($6, true), updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + Player.COLUMNS;
    /** The clip's live links to live players. */
    private static final String OF_HAND_CLIP = "SELECT " + qualified("p.", Player.COLUMNS) + """
             FROM pokervod.hand_clip_players l JOIN pokervod.players p ON p.id = l.player_id
            WHERE l.hand_clip_id = $1 AND l.deleted_at IS NULL AND p.deleted_at IS NULL
            ORDER BY p.name, p.id""";

    private final ClipLinks links;

    PlayerRepository(Sql sql) {
        super(sql, "Player", "pokervod.players", Player.COLUMNS, "name, id", Player::fromRow);
        this.links = new ClipLinks(sql, "pokervod.hand_clip_players", "player_id");
    }

    Uni<Player> insert(Player p) {
        return sql.fetchOne(INSERT, Tuple.of(p.name(), p.nickname(), p.country(), p.totalEarnings(), p.isActive()), Player::fromRow)
                .map(Optional::orElseThrow);
    }

    Uni<Optional<Player>> update(UUID id, Player p) {
        return sql.fetchOne(UPDATE, Tuple.of(id, p.name(), p.nickname(), p.country(), p.totalEarnings(), p.isActive()), Player::fromRow);
    }

    Uni<Void> link(UUID handClipId, UUID playerId) {
        return links.link(handClipId, playerId);
    }

    /** False when the clip had no live link to the player. */
    Uni<Boolean> unlink(UUID handClipId, UUID playerId) {
        return links.unlink(handClipId, playerId);
    }

    Uni<List<Player>> ofHandClip(UUID handClipId) {
        return sql.fetchAll(OF_HAND_CLIP, Tuple.of(handClipId), Player::fromRow);
    }
}
