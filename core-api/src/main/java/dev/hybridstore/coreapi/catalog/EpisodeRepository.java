package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Episode;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class EpisodeRepository extends SoftDeleteRepository<Episode> {

    private static final String INSERT = """
            INSERT INTO pokervod.episodes (event_id, episode_number, title, episode_type, table_type, air_date, duration_sec, description)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING\s""" + Episode.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.episodes
               SET episode_number = $2, title = $3, episode_type = $4, table_type = $5, air_date = $6, duration_sec = $7,
                   description = $8, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + Episode.COLUMNS;
    private static final String OF_EVENT = "SELECT " + Episode.COLUMNS + """
             FROM pokervod.episodes WHERE event_id = $1 AND deleted_at IS NULL
            ORDER BY episode_number, id LIMIT $2 OFFSET $3""";

    EpisodeRepository(Sql sql) {
        super(sql, "Episode", "pokervod.episodes", Episode.COLUMNS, "event_id, episode_number, id", Episode::fromRow);
    }

    Uni<Episode> insert(UUID eventId, Episode e) {
        return sql.fetchOne(INSERT, withWritable(Tuple.of(eventId), e), Episode::fromRow).map(Optional::orElseThrow);
    }

    Uni<Optional<Episode>> update(UUID id, Episode e) {
        return sql.fetchOne(UPDATE, withWritable(Tuple.of(id), e), Episode::fromRow);
    }

    Uni<List<Episode>> ofEvent(UUID eventId, int page, int limit) {
        return fetchPage(OF_EVENT, eventId, page, limit);
    }

    /** Appends the writable columns, in the statements' order, after the key. */
    private static Tuple withWritable(Tuple tuple, Episode e) {
        for (Object value : Arrays.asList(e.episodeNumber(), e.title(), e.episodeType(), e.tableType(), e.airDate(), e.durationSec(),
                e.description())) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
