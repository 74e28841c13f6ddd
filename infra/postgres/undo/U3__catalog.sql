-- U3: reverses V3__catalog.sql. Run by our own migration code, never by Flyway.
-- Dropping a table drops its constraints; the indexes go first, in reverse order, so the script mirrors V3.
DROP INDEX pokervod.ix_hand_clips_notes_gin;
DROP INDEX pokervod.ix_video_files_title_gin;
DROP INDEX pokervod.ix_hand_clip_players_player_id;
DROP INDEX pokervod.ix_hand_clip_tags_tag_id;
DROP INDEX pokervod.ix_nas_folders_parent_id;
DROP INDEX pokervod.ix_video_files_nas_file_id;
DROP INDEX pokervod.ix_hand_clips_episode_id;
DROP INDEX pokervod.ix_nas_files_folder_id;
DROP INDEX pokervod.ix_nas_files_file_path;
DROP INDEX pokervod.ix_tags_category_name;
DROP INDEX pokervod.ix_hand_clips_sheet_source_row;
DROP INDEX pokervod.ix_hand_clips_video_file_id;
DROP INDEX pokervod.ix_video_files_episode_id;
DROP INDEX pokervod.ix_video_files_file_path;
DROP INDEX pokervod.ix_episodes_event_id;
DROP INDEX pokervod.ix_events_season_number;
DROP INDEX pokervod.ix_seasons_project_year;
DROP INDEX pokervod.ix_projects_code;
DROP TABLE pokervod.hand_clip_players;
DROP TABLE pokervod.hand_clip_tags;
DROP TABLE pokervod.google_sheet_sync;
DROP TABLE pokervod.players;
DROP TABLE pokervod.tags;
DROP TABLE pokervod.hand_clips;
DROP TABLE pokervod.video_files;
DROP TABLE pokervod.nas_files;
DROP TABLE pokervod.nas_folders;
DROP TABLE pokervod.episodes;
DROP TABLE pokervod.events;
DROP TABLE pokervod.seasons;
DROP TABLE pokervod.projects;
-- RESTRICT: fails rather than drop anything V3 did not create.
DROP SCHEMA pokervod;
