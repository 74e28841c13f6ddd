-- Soft-deleting a catalog row hides what hangs below it: a deleted project's seasons, events, episodes, video files and
-- hand clips stop answering too, whichever writer set deleted_at. Each trigger marks the direct children with the
-- parent's deleted_at; their own triggers carry it further down. Rows already deleted keep their own time.
CREATE FUNCTION pokervod.soft_delete_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- TG_ARGV: the child table and its column referencing this row (identifiers from the trigger definitions below).
    EXECUTE format('UPDATE pokervod.%I SET deleted_at = $1, updated_at = now() WHERE %I = $2 AND deleted_at IS NULL',
                   TG_ARGV[0], TG_ARGV[1])
        USING NEW.deleted_at, NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER soft_delete_seasons AFTER UPDATE OF deleted_at ON pokervod.projects
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION pokervod.soft_delete_children('seasons', 'project_id');
CREATE TRIGGER soft_delete_events AFTER UPDATE OF deleted_at ON pokervod.seasons
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION pokervod.soft_delete_children('events', 'season_id');
CREATE TRIGGER soft_delete_episodes AFTER UPDATE OF deleted_at ON pokervod.events
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION pokervod.soft_delete_children('episodes', 'event_id');
CREATE TRIGGER soft_delete_video_files AFTER UPDATE OF deleted_at ON pokervod.episodes
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION pokervod.soft_delete_children('video_files', 'episode_id');
CREATE TRIGGER soft_delete_episode_hand_clips AFTER UPDATE OF deleted_at ON pokervod.episodes
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION pokervod.soft_delete_children('hand_clips', 'episode_id');
CREATE TRIGGER soft_delete_video_hand_clips AFTER UPDATE OF deleted_at ON pokervod.video_files
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL)
    EXECUTE FUNCTION pokervod.soft_delete_children('hand_clips', 'video_file_id');
