package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.VideoFile;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class VideoFileRepository extends SoftDeleteRepository<VideoFile> {

    private static final String WRITABLE = "episode_id, nas_file_id, file_path, file_name, size_bytes, duration_sec, codec, resolution, "
            + "fps, bitrate, container, display_title, checksum, version_type, is_original, file_mtime, scan_status, last_scanned_at";
    private static final String INSERT = "INSERT INTO pokervod.video_files (" + WRITABLE + """
            )
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, COALESCE($15, true), $16, COALESCE($17, 'pending'), $18)
            RETURNING\s""" + VideoFile.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.video_files
               SET episode_id = $2, nas_file_id = $3, file_path = $4, file_name = $5, size_bytes = $6, duration_sec = $7, codec = $8,
                   resolution = $9, fps = $10, bitrate = $11, container = $12, display_title = $13, checksum = $14,
                   version_type = $15, is_original = COALESCE($16, true), file_mtime = $17, scan_status = COALESCE($18, 'pending'),
                   last_scanned_at = $19, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + VideoFile.COLUMNS;
    private static final String OF_EPISODE = "SELECT " + VideoFile.COLUMNS + """
             FROM pokervod.video_files WHERE episode_id = $1 AND deleted_at IS NULL
            ORDER BY file_path LIMIT $2 OFFSET $3""";

    VideoFileRepository(Sql sql) {
        super(sql, "Video file", "pokervod.video_files", VideoFile.COLUMNS, "file_path", VideoFile::fromRow);
    }

    Uni<VideoFile> insert(VideoFile v) {
        return sql.fetchOne(INSERT, withWritable(Tuple.tuple(), v), VideoFile::fromRow).map(Optional::orElseThrow);
    }

    Uni<Optional<VideoFile>> update(UUID id, VideoFile v) {
        return sql.fetchOne(UPDATE, withWritable(Tuple.of(id), v), VideoFile::fromRow);
    }

    Uni<List<VideoFile>> ofEpisode(UUID episodeId, int page, int limit) {
        return fetchPage(OF_EPISODE, episodeId, page, limit);
    }

    /** Appends the writable columns in {@link #WRITABLE} order. */
    private static Tuple withWritable(Tuple tuple, VideoFile v) {
        for (Object value : Arrays.asList(v.episodeId(), v.nasFileId(), v.filePath(), v.fileName(), v.sizeBytes(), v.durationSec(),
                v.codec(), v.resolution(), v.fps(), v.bitrate(), v.container(), v.displayTitle(), v.checksum(), v.versionType(),
                v.isOriginal(), v.fileMtime(), v.scanStatus(), v.lastScannedAt())) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
