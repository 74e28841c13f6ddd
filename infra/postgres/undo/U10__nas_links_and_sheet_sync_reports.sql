-- Undoes V10: the reported rows_read and errors go (the rest of each sheet's state stays), and a NAS file may again
-- back several video files.
DROP INDEX IF EXISTS pokervod.ix_video_files_nas_file_id_live;
ALTER TABLE IF EXISTS pokervod.google_sheet_sync
    DROP CONSTRAINT IF EXISTS ck_google_sheet_sync_rows_read,
    DROP COLUMN IF EXISTS errors,
    DROP COLUMN IF EXISTS rows_read;
