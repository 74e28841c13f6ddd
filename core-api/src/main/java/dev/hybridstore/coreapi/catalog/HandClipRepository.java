package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.HandClip;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class HandClipRepository extends SoftDeleteRepository<HandClip> {

    private static final String INSERT = """
            INSERT INTO pokervod.hand_clips (video_file_id, episode_id, sheet_source, sheet_row_number, hand_number, title, start_sec,
                                             end_sec, pot_size, winner, notes, importance)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING\s""" + HandClip.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.hand_clips
               SET video_file_id = $2, episode_id = $3, sheet_source = $4, sheet_row_number = $5, hand_number = $6, title = $7,
                   start_sec = $8, end_sec = $9, pot_size = $10, winner = $11, notes = $12, importance = $13, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + HandClip.COLUMNS;
    private static final String OF_VIDEO_FILE = "SELECT " + HandClip.COLUMNS + """
             FROM pokervod.hand_clips WHERE video_file_id = $1 AND deleted_at IS NULL
            ORDER BY start_sec NULLS LAST, id LIMIT $2 OFFSET $3""";

    HandClipRepository(Sql sql) {
        super(sql, "Hand clip", "pokervod.hand_clips", HandClip.COLUMNS, "created_at, id", HandClip::fromRow);
    }

    Uni<HandClip> insert(HandClip c) {
        return sql.fetchOne(INSERT, withWritable(Tuple.tuple(), c), HandClip::fromRow).map(Optional::orElseThrow);
    }

    Uni<Optional<HandClip>> update(UUID id, HandClip c) {
        return sql.fetchOne(UPDATE, withWritable(Tuple.of(id), c), HandClip::fromRow);
    }

    Uni<List<HandClip>> ofVideoFile(UUID videoFileId, int page, int limit) {
        return fetchPage(OF_VIDEO_FILE, videoFileId, page, limit);
    }

    private static Tuple withWritable(Tuple tuple, HandClip c) {
        for (Object value : Arrays.asList(c.videoFileId(), c.episodeId(), c.sheetSource(), c.sheetRowNumber(), c.handNumber(), c.title(),
                c.startSec(), c.endSec(), c.potSize(), c.winner(), c.notes(), c.importance())) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
