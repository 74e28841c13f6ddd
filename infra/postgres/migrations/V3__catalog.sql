-- V3: the poker VOD catalog (seed 004) in its own schema, pokervod.
--
--   projects 1:N seasons 1:N events 1:N episodes 1:N video_files, episodes 1:N hand_clips (each cut from a video file)
--   hand_clips N:N tags (hand_clip_tags), hand_clips N:N players (hand_clip_players)
--   nas_folders 1:N nas_folders (parent_id), nas_folders 1:N nas_files; video_files.nas_file_id: the scanned file
--   google_sheet_sync: how far each sheet tab has been imported into hand_clips
--
-- Every table, the link tables too, has created_at, updated_at and deleted_at (soft delete: readers filter on
-- deleted_at IS NULL; rows are rarely deleted for real, so only the link tables cascade).
-- Keys: UUID, gen_random_uuid() by default. Money (buy_in, prize_pool, pot_size, total_earnings) in US dollars.
-- Index names follow seed 004 §5.1 and §5.2; the rest follow its naming convention.
-- Undo: infra/postgres/undo/U3__catalog.sql.

CREATE SCHEMA IF NOT EXISTS pokervod;

-- A poker series, such as WSOP.
CREATE TABLE pokervod.projects (
    id            UUID         NOT NULL DEFAULT gen_random_uuid(),
    code          VARCHAR(50)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    description   TEXT,
    nas_base_path VARCHAR(1000),
    is_active     BOOLEAN      NOT NULL DEFAULT true,
    created_at    TIMESTAMP    NOT NULL DEFAULT now(),
    updated_at    TIMESTAMP    NOT NULL DEFAULT now(),
    deleted_at    TIMESTAMP,
    CONSTRAINT pk_projects PRIMARY KEY (id)
);

-- A project's season, usually one a year.
CREATE TABLE pokervod.seasons (
    id           UUID         NOT NULL DEFAULT gen_random_uuid(),
    project_id   UUID         NOT NULL,
    year         INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    location     VARCHAR(200),
    sub_category VARCHAR(50),
    status       VARCHAR(20)  NOT NULL DEFAULT 'active',
    created_at   TIMESTAMP    NOT NULL DEFAULT now(),
    updated_at   TIMESTAMP    NOT NULL DEFAULT now(),
    deleted_at   TIMESTAMP,
    CONSTRAINT pk_seasons PRIMARY KEY (id),
    CONSTRAINT fk_seasons_project_id_projects FOREIGN KEY (project_id) REFERENCES pokervod.projects (id),
    CONSTRAINT ck_seasons_year CHECK (year BETWEEN 1970 AND 2100),
    CONSTRAINT ck_seasons_status CHECK (status IN ('planned', 'active', 'completed', 'archived'))
);

-- A tournament or event of a season.
CREATE TABLE pokervod.events (
    id            UUID          NOT NULL DEFAULT gen_random_uuid(),
    season_id     UUID          NOT NULL,
    event_number  INTEGER       NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    event_type    VARCHAR(50),
    game_type     VARCHAR(50),
    buy_in        NUMERIC(12,2),
    venue         VARCHAR(200),
    start_date    DATE,
    end_date      DATE,
    prize_pool    NUMERIC(15,2),
    total_entries INTEGER,
    created_at    TIMESTAMP     NOT NULL DEFAULT now(),
    updated_at    TIMESTAMP     NOT NULL DEFAULT now(),
    deleted_at    TIMESTAMP,
    CONSTRAINT pk_events PRIMARY KEY (id),
    CONSTRAINT fk_events_season_id_seasons FOREIGN KEY (season_id) REFERENCES pokervod.seasons (id),
    CONSTRAINT ck_events_buy_in CHECK (buy_in >= 0),
    CONSTRAINT ck_events_prize_pool CHECK (prize_pool >= 0),
    CONSTRAINT ck_events_total_entries CHECK (total_entries >= 0),
    CONSTRAINT ck_events_dates CHECK (end_date >= start_date)
);

-- A broadcast unit of an event (a day, a final table).
CREATE TABLE pokervod.episodes (
    id             UUID         NOT NULL DEFAULT gen_random_uuid(),
    event_id       UUID         NOT NULL,
    episode_number INTEGER      NOT NULL,
    title          VARCHAR(300) NOT NULL,
    episode_type   VARCHAR(50),
    table_type     VARCHAR(50),
    air_date       DATE,
    duration_sec   INTEGER,
    description    TEXT,
    created_at     TIMESTAMP    NOT NULL DEFAULT now(),
    updated_at     TIMESTAMP    NOT NULL DEFAULT now(),
    deleted_at     TIMESTAMP,
    CONSTRAINT pk_episodes PRIMARY KEY (id),
    CONSTRAINT fk_episodes_event_id_events FOREIGN KEY (event_id) REFERENCES pokervod.events (id),
    CONSTRAINT ck_episodes_duration_sec CHECK (duration_sec >= 0)
);

-- The NAS inventory, as the scanner found it.
CREATE TABLE pokervod.nas_folders (
    id               UUID          NOT NULL DEFAULT gen_random_uuid(),
    parent_id        UUID,
    path             VARCHAR(1000) NOT NULL,
    name             VARCHAR(500)  NOT NULL,
    depth            INTEGER       NOT NULL DEFAULT 0,
    file_count       INTEGER       NOT NULL DEFAULT 0,
    total_size_bytes BIGINT        NOT NULL DEFAULT 0,
    last_scanned_at  TIMESTAMP,
    created_at       TIMESTAMP     NOT NULL DEFAULT now(),
    updated_at       TIMESTAMP     NOT NULL DEFAULT now(),
    deleted_at       TIMESTAMP,
    CONSTRAINT pk_nas_folders PRIMARY KEY (id),
    CONSTRAINT uq_nas_folders_path UNIQUE (path),
    CONSTRAINT fk_nas_folders_parent_id_nas_folders FOREIGN KEY (parent_id) REFERENCES pokervod.nas_folders (id),
    CONSTRAINT ck_nas_folders_depth CHECK (depth >= 0),
    CONSTRAINT ck_nas_folders_file_count CHECK (file_count >= 0),
    CONSTRAINT ck_nas_folders_total_size_bytes CHECK (total_size_bytes >= 0)
);

-- file_category: video, subtitle, metadata, other.
CREATE TABLE pokervod.nas_files (
    id            UUID          NOT NULL DEFAULT gen_random_uuid(),
    folder_id     UUID          NOT NULL,
    file_path     VARCHAR(1000) NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    size_bytes    BIGINT        NOT NULL DEFAULT 0,
    mtime         TIMESTAMP,
    extension     VARCHAR(20),
    file_category VARCHAR(20),
    created_at    TIMESTAMP     NOT NULL DEFAULT now(),
    updated_at    TIMESTAMP     NOT NULL DEFAULT now(),
    deleted_at    TIMESTAMP,
    CONSTRAINT pk_nas_files PRIMARY KEY (id),
    CONSTRAINT fk_nas_files_folder_id_nas_folders FOREIGN KEY (folder_id) REFERENCES pokervod.nas_folders (id),
    CONSTRAINT ck_nas_files_size_bytes CHECK (size_bytes >= 0)
);

-- A video of an episode (several versions may exist: original, remaster, clip reel).
CREATE TABLE pokervod.video_files (
    id              UUID             NOT NULL DEFAULT gen_random_uuid(),
    episode_id      UUID,
    nas_file_id     UUID,
    file_path       VARCHAR(1000)    NOT NULL,
    file_name       VARCHAR(500)     NOT NULL,
    size_bytes      BIGINT,
    duration_sec    DOUBLE PRECISION,
    codec           VARCHAR(50),
    resolution      VARCHAR(20),
    fps             DOUBLE PRECISION,
    bitrate         BIGINT,
    container       VARCHAR(20),
    display_title   VARCHAR(500),
    checksum        VARCHAR(128),
    version_type    VARCHAR(30),
    is_original     BOOLEAN          NOT NULL DEFAULT true,
    file_mtime      TIMESTAMP,
    scan_status     VARCHAR(20)      NOT NULL DEFAULT 'pending',
    last_scanned_at TIMESTAMP,
    created_at      TIMESTAMP        NOT NULL DEFAULT now(),
    updated_at      TIMESTAMP        NOT NULL DEFAULT now(),
    deleted_at      TIMESTAMP,
    CONSTRAINT pk_video_files PRIMARY KEY (id),
    CONSTRAINT fk_video_files_episode_id_episodes FOREIGN KEY (episode_id) REFERENCES pokervod.episodes (id),
    CONSTRAINT fk_video_files_nas_file_id_nas_files FOREIGN KEY (nas_file_id) REFERENCES pokervod.nas_files (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_video_files_size_bytes CHECK (size_bytes >= 0),
    CONSTRAINT ck_video_files_duration_sec CHECK (duration_sec >= 0),
    CONSTRAINT ck_video_files_scan_status CHECK (scan_status IN ('pending', 'scanned', 'missing', 'error'))
);

-- A hand cut from a video, imported from a Google Sheet row (sheet_source, sheet_row_number).
CREATE TABLE pokervod.hand_clips (
    id               UUID             NOT NULL DEFAULT gen_random_uuid(),
    video_file_id    UUID,
    episode_id       UUID,
    sheet_source     VARCHAR(200),
    sheet_row_number INTEGER,
    hand_number      INTEGER,
    title            VARCHAR(300),
    start_sec        DOUBLE PRECISION,
    end_sec          DOUBLE PRECISION,
    pot_size         NUMERIC(15,2),
    winner           VARCHAR(200),
    notes            TEXT,
    importance       SMALLINT,
    created_at       TIMESTAMP        NOT NULL DEFAULT now(),
    updated_at       TIMESTAMP        NOT NULL DEFAULT now(),
    deleted_at       TIMESTAMP,
    CONSTRAINT pk_hand_clips PRIMARY KEY (id),
    CONSTRAINT fk_hand_clips_video_file_id_video_files FOREIGN KEY (video_file_id) REFERENCES pokervod.video_files (id),
    CONSTRAINT fk_hand_clips_episode_id_episodes FOREIGN KEY (episode_id) REFERENCES pokervod.episodes (id),
    CONSTRAINT ck_hand_clips_start_sec CHECK (start_sec >= 0),
    CONSTRAINT ck_hand_clips_time_range CHECK (end_sec >= start_sec),
    CONSTRAINT ck_hand_clips_pot_size CHECK (pot_size >= 0),
    CONSTRAINT ck_hand_clips_importance CHECK (importance BETWEEN 1 AND 5)
);

-- Tag vocabulary: (category, name) is unique, such as ('action', 'bluff').
CREATE TABLE pokervod.tags (
    id           UUID         NOT NULL DEFAULT gen_random_uuid(),
    category     VARCHAR(50)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    display_name VARCHAR(100),
    description  TEXT,
    created_at   TIMESTAMP    NOT NULL DEFAULT now(),
    updated_at   TIMESTAMP    NOT NULL DEFAULT now(),
    deleted_at   TIMESTAMP,
    CONSTRAINT pk_tags PRIMARY KEY (id)
);

-- country: ISO 3166-1 alpha-2.
CREATE TABLE pokervod.players (
    id             UUID          NOT NULL DEFAULT gen_random_uuid(),
    name           VARCHAR(200)  NOT NULL,
    nickname       VARCHAR(100),
    country        VARCHAR(2),
    total_earnings NUMERIC(15,2),
    is_active      BOOLEAN       NOT NULL DEFAULT true,
    created_at     TIMESTAMP     NOT NULL DEFAULT now(),
    updated_at     TIMESTAMP     NOT NULL DEFAULT now(),
    deleted_at     TIMESTAMP,
    CONSTRAINT pk_players PRIMARY KEY (id),
    CONSTRAINT ck_players_total_earnings CHECK (total_earnings >= 0)
);

-- last_row: the last sheet row imported from (sheet_id, tab).
CREATE TABLE pokervod.google_sheet_sync (
    id         UUID         NOT NULL DEFAULT gen_random_uuid(),
    sheet_id   VARCHAR(200) NOT NULL,
    tab        VARCHAR(200) NOT NULL,
    last_row   INTEGER      NOT NULL DEFAULT 0,
    status     VARCHAR(20)  NOT NULL DEFAULT 'pending',
    synced_at  TIMESTAMP,
    created_at TIMESTAMP    NOT NULL DEFAULT now(),
    updated_at TIMESTAMP    NOT NULL DEFAULT now(),
    deleted_at TIMESTAMP,
    CONSTRAINT pk_google_sheet_sync PRIMARY KEY (id),
    CONSTRAINT uq_google_sheet_sync_sheet_id_tab UNIQUE (sheet_id, tab),
    CONSTRAINT ck_google_sheet_sync_last_row CHECK (last_row >= 0),
    CONSTRAINT ck_google_sheet_sync_status CHECK (status IN ('pending', 'running', 'success', 'failed'))
);

CREATE TABLE pokervod.hand_clip_tags (
    hand_clip_id UUID      NOT NULL,
    tag_id       UUID      NOT NULL,
    created_at   TIMESTAMP NOT NULL DEFAULT now(),
    updated_at   TIMESTAMP NOT NULL DEFAULT now(),
    deleted_at   TIMESTAMP,
    CONSTRAINT pk_hand_clip_tags PRIMARY KEY (hand_clip_id, tag_id),
    CONSTRAINT fk_hand_clip_tags_hand_clip_id_hand_clips FOREIGN KEY (hand_clip_id) REFERENCES pokervod.hand_clips (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_hand_clip_tags_tag_id_tags FOREIGN KEY (tag_id) REFERENCES pokervod.tags (id)
        ON DELETE CASCADE
);

CREATE TABLE pokervod.hand_clip_players (
    hand_clip_id UUID      NOT NULL,
    player_id    UUID      NOT NULL,
    created_at   TIMESTAMP NOT NULL DEFAULT now(),
    updated_at   TIMESTAMP NOT NULL DEFAULT now(),
    deleted_at   TIMESTAMP,
    CONSTRAINT pk_hand_clip_players PRIMARY KEY (hand_clip_id, player_id),
    CONSTRAINT fk_hand_clip_players_hand_clip_id_hand_clips FOREIGN KEY (hand_clip_id)
        REFERENCES pokervod.hand_clips (id) ON DELETE CASCADE,
    CONSTRAINT fk_hand_clip_players_player_id_players FOREIGN KEY (player_id) REFERENCES pokervod.players (id)
        ON DELETE CASCADE
);

-- Seed 004 §5.1.
CREATE UNIQUE INDEX ix_projects_code ON pokervod.projects (code);
CREATE INDEX ix_seasons_project_year ON pokervod.seasons (project_id, year);
CREATE INDEX ix_events_season_number ON pokervod.events (season_id, event_number);
CREATE INDEX ix_episodes_event_id ON pokervod.episodes (event_id);
CREATE UNIQUE INDEX ix_video_files_file_path ON pokervod.video_files (file_path);
CREATE INDEX ix_video_files_episode_id ON pokervod.video_files (episode_id);
CREATE INDEX ix_hand_clips_video_file_id ON pokervod.hand_clips (video_file_id);
CREATE UNIQUE INDEX ix_hand_clips_sheet_source_row ON pokervod.hand_clips (sheet_source, sheet_row_number);
CREATE UNIQUE INDEX ix_tags_category_name ON pokervod.tags (category, name);
CREATE UNIQUE INDEX ix_nas_files_file_path ON pokervod.nas_files (file_path);
CREATE INDEX ix_nas_files_folder_id ON pokervod.nas_files (folder_id);

-- Beyond §5.1: the other foreign keys that are followed from the referenced side.
CREATE INDEX ix_hand_clips_episode_id ON pokervod.hand_clips (episode_id);
CREATE INDEX ix_video_files_nas_file_id ON pokervod.video_files (nas_file_id);
CREATE INDEX ix_nas_folders_parent_id ON pokervod.nas_folders (parent_id);
CREATE INDEX ix_hand_clip_tags_tag_id ON pokervod.hand_clip_tags (tag_id);
CREATE INDEX ix_hand_clip_players_player_id ON pokervod.hand_clip_players (player_id);

-- Seed 004 §5.2: full-text search. The planner uses an expression index only when the query repeats the indexed
-- expression exactly (same two-argument form, same 'english' configuration), so search with:
--   video_files: WHERE to_tsvector('english', display_title) @@ websearch_to_tsquery('english', :q)
--   hand_clips:  WHERE to_tsvector('english', coalesce(notes, '')) @@ websearch_to_tsquery('english', :q)
CREATE INDEX ix_video_files_title_gin ON pokervod.video_files USING gin (to_tsvector('english', display_title));
CREATE INDEX ix_hand_clips_notes_gin ON pokervod.hand_clips USING gin (to_tsvector('english', coalesce(notes, '')));
