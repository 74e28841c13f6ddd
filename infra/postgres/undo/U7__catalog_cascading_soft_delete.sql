-- Undoes V7: soft deletes stop cascading; rows they already marked stay deleted.
DROP TRIGGER IF EXISTS soft_delete_video_hand_clips ON pokervod.video_files;
DROP TRIGGER IF EXISTS soft_delete_episode_hand_clips ON pokervod.episodes;
DROP TRIGGER IF EXISTS soft_delete_video_files ON pokervod.episodes;
DROP TRIGGER IF EXISTS soft_delete_episodes ON pokervod.events;
DROP TRIGGER IF EXISTS soft_delete_events ON pokervod.seasons;
DROP TRIGGER IF EXISTS soft_delete_seasons ON pokervod.projects;
DROP FUNCTION IF EXISTS pokervod.soft_delete_children();
