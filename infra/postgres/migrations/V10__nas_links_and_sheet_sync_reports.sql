-- What the NAS and sheet-sync APIs need beyond V3:
--   google_sheet_sync.rows_read, .errors: the syncer reports how many rows its last run read and what went wrong (one
--   message per problem, empty when none), beside the last row, status and time V3 already stores.
--   ix_video_files_nas_file_id_live: a NAS file backs at most one live video file (seed 004: VideoFile → NASFile), so
--   two concurrent links of one file cannot both commit; soft-deleted video files keep theirs without blocking.
-- Undo: infra/postgres/undo/U10__nas_links_and_sheet_sync_reports.sql.
ALTER TABLE pokervod.google_sheet_sync
    ADD COLUMN rows_read INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN errors    TEXT[]  NOT NULL DEFAULT '{}',
    ADD CONSTRAINT ck_google_sheet_sync_rows_read CHECK (rows_read >= 0);

CREATE UNIQUE INDEX ix_video_files_nas_file_id_live ON pokervod.video_files (nas_file_id)
    WHERE nas_file_id IS NOT NULL AND deleted_at IS NULL;
