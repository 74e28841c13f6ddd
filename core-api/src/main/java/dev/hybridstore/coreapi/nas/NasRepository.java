package dev.hybridstore.coreapi.nas;

import dev.hybridstore.coreapi.nas.NasInventory.FileRow;
import dev.hybridstore.coreapi.nas.NasInventory.FolderRow;
import dev.hybridstore.model.catalog.NasFile;
import dev.hybridstore.model.catalog.NasFolder;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlOps;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The NAS inventory's SQL. An import writes its rows {@value #BATCH} at a time, each batch one statement over unnest
 * arrays; a row is written only when it differs from the stored one, so the same tree twice writes nothing.
 */
@Singleton
class NasRepository {

    static final int BATCH = 1000;

    /** A keyset-paged list of live rows in path order, optionally of one folder: its statement, mapper and cursor. */
    record Listing<T>(String sql, Function<Row, T> mapper, Function<T, String> cursor) {
    }

    // Keyset pages: '' sorts before every path, and an absent folder ($2 IS NULL) matches every row.
    static final Listing<NasFolder> FOLDERS = new Listing<>("""
            SELECT %s FROM pokervod.nas_folders
             WHERE deleted_at IS NULL AND path > $1 AND ($2::uuid IS NULL OR parent_id = $2)
             ORDER BY path LIMIT $3""".formatted(NasFolder.ROWS.columns()), NasFolder.ROWS::read, NasFolder::path);
    static final Listing<NasFile> FILES = new Listing<>("""
            SELECT %s FROM pokervod.nas_files
             WHERE deleted_at IS NULL AND file_path > $1 AND ($2::uuid IS NULL OR folder_id = $2)
             ORDER BY file_path LIMIT $3""".formatted(NasFile.ROWS.columns()), NasFile.ROWS::read, NasFile::filePath);

    /**
     * Imports take turns (a transaction-scoped advisory lock): two overlapping trees would otherwise lock each other's
     * rows in opposite orders, and PostgreSQL would abort one as a deadlock.
     */
    private static final String ONE_IMPORT_AT_A_TIME = "SELECT pg_advisory_xact_lock(hashtext('pokervod.nas_imports'))";

    /** The root's depth continues its live parent's ($6), else starts at 0 as the seed data's NAS root does. */
    private static final String UPSERT_FOLDERS = """
            INSERT INTO pokervod.nas_folders AS f (path, name, depth, file_count, total_size_bytes, last_scanned_at)
            SELECT i.path, i.name, base.depth + i.level, i.file_count, i.total_size_bytes, $7::timestamp
              FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::bigint[]) AS i(path, name, level, file_count, total_size_bytes),
                   (SELECT coalesce((SELECT depth + 1 FROM pokervod.nas_folders WHERE path = $6::text AND deleted_at IS NULL), 0) AS depth) AS base
            ON CONFLICT (path) DO UPDATE SET name = EXCLUDED.name, depth = EXCLUDED.depth, file_count = EXCLUDED.file_count,
                   total_size_bytes = EXCLUDED.total_size_bytes, last_scanned_at = EXCLUDED.last_scanned_at, deleted_at = NULL,
                   updated_at = now()
             WHERE f.deleted_at IS NOT NULL
                OR (f.name, f.depth, f.file_count, f.total_size_bytes, f.last_scanned_at)
                   IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.depth, EXCLUDED.file_count, EXCLUDED.total_size_bytes, EXCLUDED.last_scanned_at)""";

    /** After every folder of the import exists: the root's parent is whatever live folder holds its parent path, if any. */
    private static final String LINK_PARENTS = """
            UPDATE pokervod.nas_folders c SET parent_id = p.id, updated_at = now()
              FROM unnest($1::text[], $2::text[]) AS i(path, parent_path)
              LEFT JOIN pokervod.nas_folders p ON p.path = i.parent_path AND p.deleted_at IS NULL
             WHERE c.path = i.path AND c.parent_id IS DISTINCT FROM p.id""";

    /**
     * Counts a written row as added when it was absent (inserted: a new row's xmax is 0) or gone (revived: counted from
     * the input's soft-deleted rows, which are always written), else as changed; no join between the CTEs, whose row
     * counts a prepared statement's generic plan does not know. A written file whose video files were marked missing
     * makes them scanned again.
     */
    private static final String UPSERT_FILES = """
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::timestamp[], $6::text[], $7::text[])
                    AS i(folder_path, file_path, file_name, size_bytes, mtime, extension, file_category)
            ), revived AS (
                SELECT count(*) AS n FROM pokervod.nas_files f JOIN input i ON i.file_path = f.file_path WHERE f.deleted_at IS NOT NULL
            ), written AS (
                INSERT INTO pokervod.nas_files AS f (folder_id, file_path, file_name, size_bytes, mtime, extension, file_category)
                SELECT d.id, i.file_path, i.file_name, i.size_bytes, i.mtime, i.extension, i.file_category
                  FROM input i JOIN pokervod.nas_folders d ON d.path = i.folder_path
                ON CONFLICT (file_path) DO UPDATE SET folder_id = EXCLUDED.folder_id, file_name = EXCLUDED.file_name,
                       size_bytes = EXCLUDED.size_bytes, mtime = EXCLUDED.mtime, extension = EXCLUDED.extension,
                       file_category = EXCLUDED.file_category, deleted_at = NULL, updated_at = now()
                 WHERE f.deleted_at IS NOT NULL
                    OR (f.folder_id, f.file_name, f.size_bytes, f.mtime, f.extension, f.file_category)
                       IS DISTINCT FROM (EXCLUDED.folder_id, EXCLUDED.file_name, EXCLUDED.size_bytes, EXCLUDED.mtime, EXCLUDED.extension,
                                         EXCLUDED.file_category)
                RETURNING f.id, f.xmax = 0 AS inserted
            ), back AS (
                UPDATE pokervod.video_files v SET scan_status = 'scanned', updated_at = now()
                  FROM written w WHERE v.nas_file_id = w.id AND v.deleted_at IS NULL AND v.scan_status = 'missing'
            )
            SELECT count(*) FILTER (WHERE inserted) + (SELECT n FROM revived) AS added,
                   count(*) FILTER (WHERE NOT inserted) - (SELECT n FROM revived) AS changed
              FROM written""";

    /**
     * Live files in the root's folders that the import does not list go, and their video files are marked missing
     * (seed 004's scan_status). NOT IN over the listed paths is one hashed lookup per file, whatever the plan's estimates.
     */
    private static final String FILES_GONE = """
            WITH gone AS (
                UPDATE pokervod.nas_files f SET deleted_at = now(), updated_at = now()
                  FROM pokervod.nas_folders d
                 WHERE f.folder_id = d.id AND (d.path = $1::text OR starts_with(d.path, $1::text || '/')) AND f.deleted_at IS NULL
                   AND f.file_path NOT IN (SELECT unnest($2::text[]))
                RETURNING f.id
            ), missing AS (
                UPDATE pokervod.video_files v SET scan_status = 'missing', updated_at = now()
                  FROM gone WHERE v.nas_file_id = gone.id AND v.deleted_at IS NULL AND v.scan_status <> 'missing'
            )
            SELECT count(*) FROM gone""";

    private static final String FOLDERS_GONE = """
            UPDATE pokervod.nas_folders SET deleted_at = now(), updated_at = now()
             WHERE deleted_at IS NULL AND starts_with(path, $1::text || '/') AND path NOT IN (SELECT unnest($2::text[]))""";

    private static final String FOLDER_ID = "SELECT id FROM pokervod.nas_folders WHERE path = $1";

    private static final String LINKED_VIDEO = """
            SELECT id FROM pokervod.video_files WHERE nas_file_id = $1 AND id <> $2 AND deleted_at IS NULL""";
    private static final String LINK = """
            UPDATE pokervod.video_files SET nas_file_id = $2, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL AND nas_file_id IS DISTINCT FROM $2""";
    private static final String UNLINK = """
            UPDATE pokervod.video_files SET nas_file_id = NULL, updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL AND nas_file_id IS NOT NULL""";

    @Inject
    Sql sql;

    /** Up to {@code limit + 1} rows, so the caller can tell whether another page follows. */
    /** Up to {@code limit + 1} rows after path {@code after}, so the caller can tell whether another page follows. */
    <T> Uni<List<T>> page(Listing<T> listing, UUID folderId, String after, int limit) {
        return sql.fetchAll(listing.sql(), Tuple.of(after == null ? "" : after, folderId, limit + 1), listing.mapper());
    }

    /** Waits until no other import's transaction is open. */
    Uni<Void> takeTurn(SqlOps on) {
        return on.execute(ONE_IMPORT_AT_A_TIME, Tuple.tuple()).replaceWithVoid();
    }

    /** Writes the folders (parents first), then links each to its parent. */
    Uni<Void> upsertFolders(SqlOps on, List<FolderRow> folders, String rootParentPath, LocalDateTime scannedAt) {
        return inBatches(folders, batch -> on.execute(UPSERT_FOLDERS, tuple(column(batch, FolderRow::path), column(batch, FolderRow::name),
                        column(batch, FolderRow::level, Integer[]::new), column(batch, FolderRow::fileCount, Integer[]::new),
                        column(batch, FolderRow::totalSizeBytes, Long[]::new), rootParentPath, scannedAt)))
                .chain(() -> inBatches(folders, batch -> on.execute(LINK_PARENTS,
                        tuple(column(batch, FolderRow::path), column(batch, FolderRow::parentPath)))))
                .replaceWithVoid();
    }

    /** Writes the files whose folder exists; the added and changed counts of all batches, in that order. */
    Uni<int[]> upsertFiles(SqlOps on, List<FileRow> files) {
        return inBatches(files, batch -> on.fetchOne(UPSERT_FILES, tuple(column(batch, FileRow::folderPath), column(batch, FileRow::path),
                        column(batch, FileRow::name), column(batch, FileRow::sizeBytes, Long[]::new),
                        column(batch, FileRow::mtime, LocalDateTime[]::new), column(batch, FileRow::extension),
                        column(batch, FileRow::category)),
                row -> new int[] {row.getInteger("added"), row.getInteger("changed")}).map(Optional::orElseThrow))
                .map(counts -> counts.stream().reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
    }

    /** Soft-deletes the live files under {@code root} that {@code listed} lacks; how many. */
    Uni<Integer> filesGone(SqlOps on, String root, List<String> listed) {
        return on.fetchOne(FILES_GONE, tuple(root, listed.toArray(String[]::new)), row -> row.getInteger(0)).map(Optional::orElseThrow);
    }

    /** Soft-deletes the live folders below {@code root} that {@code listed} lacks; how many. */
    Uni<Integer> foldersGone(SqlOps on, String root, List<String> listed) {
        return on.execute(FOLDERS_GONE, tuple(root, listed.toArray(String[]::new)));
    }

    Uni<UUID> folderId(SqlOps on, String path) {
        return on.fetchOne(FOLDER_ID, Tuple.of(path), row -> row.getUUID("id")).map(Optional::orElseThrow);
    }

    /** The live video file other than {@code videoFileId} that {@code nasFileId} backs, if any. */
    Uni<Optional<UUID>> linkedVideo(UUID nasFileId, UUID videoFileId) {
        return sql.fetchOne(LINKED_VIDEO, Tuple.of(nasFileId, videoFileId), row -> row.getUUID("id"));
    }

    /** Idempotent: a video file already linked to the NAS file is not written again. */
    Uni<Void> link(UUID videoFileId, UUID nasFileId) {
        return sql.execute(LINK, Tuple.of(videoFileId, nasFileId)).replaceWithVoid();
    }

    /** False when the live video file had no NAS file. */
    Uni<Boolean> unlink(UUID videoFileId) {
        return sql.execute(UNLINK, Tuple.of(videoFileId)).map(count -> count == 1);
    }

    /** One statement per {@value #BATCH} rows, one after another on the same connection. */
    private static <T, R> Uni<List<R>> inBatches(List<T> rows, Function<List<T>, Uni<R>> statement) {
        int batches = (rows.size() + BATCH - 1) / BATCH;
        return Multi.createFrom().range(0, batches)
                .onItem().transformToUniAndConcatenate(i -> statement.apply(rows.subList(i * BATCH, Math.min(rows.size(), (i + 1) * BATCH))))
                .collect().asList();
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static <T, V> V[] column(List<T> rows, Function<T, V> value, IntFunction<V[]> array) {
        return rows.stream().map(value).toArray(array);
    }

    /** A tuple of arrays and single values, nulls included. */
    private static Tuple tuple(Object... values) {
        return Tuple.from(Arrays.asList(values));
    }
}
