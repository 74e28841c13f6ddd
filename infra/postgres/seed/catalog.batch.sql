-- Projects :lo..:hi of this run (project number :project_base + :lo ..), each with its whole tree:
--   3 seasons (the last three years) x 4 events x 3 episodes (Day 1, Day 2, Final Table);
--   per episode an original video and, for about 30%, a 4K remaster, each a file in the NAS inventory
--   (/nas/pokervod/<code>/<year>/...); 4-8 hand clips per original video, as imported from the season's Google
--   Sheet (one google_sheet_sync row per season), each with 2-3 players and 1-3 tags.
-- The tree is staged in temporary tables (cat_*) and then inserted parents first.

DROP TABLE IF EXISTS pg_temp.cat_projects;
CREATE TEMP TABLE cat_projects ON COMMIT DROP AS
SELECT p.n, pg_temp.uuid_of(:seed, 'project:' || p.n) AS id, pg_temp.code(sr.prefix || '_', p.n, 4) AS code,
       sr.name
           || (ARRAY['', ' Classic', ' Open', ' Championship', ' Invitational', ' Legends'])[1 + p.round % 6]
           || CASE WHEN p.round >= 6 THEN ' ' || (p.round / 6 + 1) ELSE '' END AS name,
       sr.description, sr.venue, sr.location, sr.sub_category,
       :'as_of'::timestamp - make_interval(days => 1100 + pg_temp.h(:seed, 711, p.n)::int % 200) AS created
FROM (SELECT :project_base + s AS n, (:project_base + s - 1) / :series_count AS round
      FROM generate_series(:lo, :hi) AS s) AS p
JOIN seed_series sr ON sr.rn = 1 + (p.n - 1 + pg_temp.h(:seed, 710, 0)) % :series_count;

DROP TABLE IF EXISTS pg_temp.cat_seasons;
CREATE TEMP TABLE cat_seasons ON COMMIT DROP AS
SELECT p.n, s.s, pg_temp.uuid_of(:seed, format('season:%s:%s', p.n, s.s)) AS id, p.id AS project_id, p.code,
       p.name AS project_name, p.venue, p.location, p.sub_category, y.year,
       y.year || ' ' || p.name AS name,
       CASE WHEN s.s = 3 THEN 'active' ELSE 'completed' END AS status,
       '/nas/pokervod/' || p.code || '/' || y.year AS folder_path,
       'gsheet:' || p.code || ':' || y.year AS sheet_source,
       p.created + make_interval(days => 365 * (s.s - 1)) AS created
FROM cat_projects p
CROSS JOIN generate_series(1, 3) AS s(s)
CROSS JOIN LATERAL (SELECT extract(year FROM :'as_of'::timestamp)::int - 3 + s.s AS year) AS y;

DROP TABLE IF EXISTS pg_temp.cat_events;
CREATE TEMP TABLE cat_events ON COMMIT DROP AS
SELECT se.n, se.s, e.e, pg_temp.uuid_of(:seed, format('event:%s:%s:%s', se.n, se.s, e.e)) AS id,
       se.id AS season_id, se.code, se.year, se.project_name, se.venue, se.folder_path, se.sheet_source,
       k.name, k.event_type, k.game_type, k.buy_in, d.start_date, d.start_date + d.days AS end_date, x.entries,
       round(k.buy_in * x.entries * 0.94, 2) AS prize_pool, se.created
FROM cat_seasons se
CROSS JOIN generate_series(1, 4) AS e(e)
CROSS JOIN LATERAL (SELECT se.n * 10 + se.s AS key) AS sk
JOIN seed_event_kinds k ON k.rn = 1 + (e.e - 1 + pg_temp.h(:seed, 720, sk.key)) % 6
CROSS JOIN LATERAL (
    SELECT make_date(se.year, 1, 10) + (e.e - 1) * 75 + pg_temp.h(:seed, 721, sk.key * 10 + e.e)::int % 30 AS start_date,
           2 + pg_temp.h(:seed, 722, sk.key * 10 + e.e)::int % 9 AS days
) AS d
CROSS JOIN LATERAL (
    -- more entries for cheaper events: a $10,000 event draws some 240..1,040 players
    SELECT greatest(20, (8000000 / k.buy_in * (0.3 + pg_temp.u(:seed, 723, sk.key * 10 + e.e)))::int) AS entries
) AS x;

DROP TABLE IF EXISTS pg_temp.cat_episodes;
CREATE TEMP TABLE cat_episodes ON COMMIT DROP AS
SELECT ev.n, ev.s, ev.e, k.k, pg_temp.uuid_of(:seed, format('episode:%s:%s:%s:%s', ev.n, ev.s, ev.e, k.k)) AS id,
       ev.id AS event_id, ev.code, ev.year, ev.project_name, ev.name AS event_name, ev.buy_in, ev.folder_path,
       ev.sheet_source, (ARRAY['Day 1', 'Day 2', 'Final Table'])[k.k] AS label,
       ev.name || ' - ' || (ARRAY['Day 1', 'Day 2', 'Final Table'])[k.k] AS title,
       (ARRAY['day', 'day', 'final_table'])[k.k] AS episode_type,
       (ARRAY['feature', 'feature', 'final'])[k.k] AS table_type,
       ev.start_date + (k.k - 1) AS air_date,
       3600 + pg_temp.h(:seed, 730, ((ev.n * 10 + ev.s) * 10 + ev.e) * 10 + k.k)::int % 10800 AS duration_sec,
       ev.created
FROM cat_events ev
CROSS JOIN generate_series(1, 3) AS k(k);

DROP TABLE IF EXISTS pg_temp.cat_videos;
CREATE TEMP TABLE cat_videos ON COMMIT DROP AS
SELECT ep.n, ep.s, ep.e, ep.k, v.v, ep.id AS episode_id, ep.code, ep.year, ep.folder_path, ep.duration_sec,
       ep.air_date, ep.created, ep.sheet_source, ep.buy_in,
       pg_temp.uuid_of(:seed, format('video:%s:%s:%s:%s:%s', ep.n, ep.s, ep.e, ep.k, v.v)) AS id,
       pg_temp.uuid_of(:seed, format('nasfile:%s:%s:%s:%s:%s', ep.n, ep.s, ep.e, ep.k, v.v)) AS nas_file_id,
       pg_temp.uuid_of(0, 'folder:' || ep.folder_path) AS folder_id,
       f.file_name, ep.folder_path || '/' || f.file_name AS file_path,
       ep.project_name || ' ' || ep.year || ' | ' || ep.title
           || CASE WHEN v.v = 2 THEN ' (Remastered 4K)' ELSE '' END AS display_title,
       fmt.codec, fmt.resolution, fmt.fps, fmt.bitrate, fmt.container,
       ep.duration_sec + 0.5 * v.v AS video_duration,
       (fmt.bitrate / 8 * ep.duration_sec)::bigint AS size_bytes,
       CASE WHEN v.v = 1 THEN 'original' ELSE 'remaster' END AS version_type
FROM cat_episodes ep
CROSS JOIN LATERAL (SELECT ((ep.n * 10 + ep.s) * 10 + ep.e) * 10 + ep.k AS key) AS ek
CROSS JOIN LATERAL generate_series(1, CASE WHEN pg_temp.u(:seed, 740, ek.key) < 0.3 THEN 2 ELSE 1 END) AS v(v)
CROSS JOIN LATERAL (
    SELECT CASE WHEN v.v = 2 THEN 'hevc' ELSE 'h264' END AS codec,
           CASE WHEN v.v = 2 THEN '3840x2160' WHEN ep.s = 1 THEN '1280x720' ELSE '1920x1080' END AS resolution,
           CASE WHEN ep.s = 1 AND v.v = 1 THEN 29.97 ELSE 59.94 END::double precision AS fps,
           CASE WHEN v.v = 2 THEN 20000000 WHEN ep.s = 1 THEN 4000000 ELSE 8000000 END::bigint AS bitrate,
           CASE WHEN v.v = 2 THEN 'mkv' ELSE 'mp4' END AS container
) AS fmt
CROSS JOIN LATERAL (
    SELECT format('%s_%s_E%s_%s%s.%s', ep.code, ep.year, lpad(ep.e::text, 2, '0'),
                  upper(replace(ep.label, ' ', '')), CASE WHEN v.v = 2 THEN '_REMASTER' ELSE '' END,
                  fmt.container) AS file_name
) AS f;

DROP TABLE IF EXISTS pg_temp.cat_clips;
CREATE TEMP TABLE cat_clips ON COMMIT DROP AS
SELECT vf.n, vf.s, vf.e, vf.k, c.c, c.key, vf.id AS video_file_id, vf.episode_id, vf.sheet_source, vf.created,
       pg_temp.uuid_of(:seed, format('clip:%s:%s:%s:%s:%s', vf.n, vf.s, vf.e, vf.k, c.c)) AS id,
       1 + ((vf.e - 1) * 3 + (vf.k - 1)) * 8 + c.c AS sheet_row_number,
       10 + (c.c - 1) * 15 + pg_temp.h(:seed, 751, c.key)::int % 15 AS hand_number,
       t.start_sec, least(t.start_sec + 60 + pg_temp.h(:seed, 752, c.key) % 480, vf.video_duration) AS end_sec,
       round(vf.buy_in * (0.5 + 20 * power(pg_temp.u(:seed, 753, c.key), 3)) / 100) * 100 AS pot_size,
       1 + pg_temp.h(:seed, 754, c.key)::int % 5 AS importance,
       pg_temp.h(:seed, 755, c.key) % :player_count AS player_base,
       1 + pg_temp.h(:seed, 756, c.key) % greatest((:player_count - 1) / 3, 1) AS player_stride,
       2 + pg_temp.h(:seed, 757, c.key)::int % 2 AS players,
       pg_temp.h(:seed, 758, c.key) % :tag_count AS tag_base,
       1 + pg_temp.h(:seed, 759, c.key) % greatest((:tag_count - 1) / 3, 1) AS tag_stride,
       1 + pg_temp.h(:seed, 760, c.key)::int % 3 AS tags,
       pg_temp.pick(ARRAY['AA', 'KK', 'QQ', 'AKs', 'AQo', 'JTs', '77', 'A5s', 'K9s', '98s', 'T8o', '55'], :seed, 761, c.key)
           AS hand1,
       pg_temp.pick(ARRAY['AKo', 'JJ', 'KQs', '99', 'AJs', '66', 'QJo', '76s', 'A2s', 'TT', 'K8s', '44'], :seed, 762, c.key)
           AS hand2,
       pg_temp.pick(ARRAY['four-bets', 'check-raises', 'shoves', 'flats', 'overbets the river', 'three-bets'],
                    :seed, 763, c.key) AS verb,
       pg_temp.pick(ARRAY['The turn brings a flush and a big fold follows.', 'All in preflop, and the aces hold.',
                          'A hero call with second pair on the river.', 'The river bluff gets through.',
                          'Set over set: a brutal cooler.', 'Runner-runner straight for the suckout.',
                          'They chop the pot with the same straight.', 'A slow-played full house takes it down.'],
                    :seed, 764, c.key) AS outcome
FROM cat_videos vf
CROSS JOIN LATERAL (SELECT ((vf.n * 10 + vf.s) * 10 + vf.e) * 10 + vf.k AS key) AS vk
CROSS JOIN LATERAL generate_series(1, 4 + pg_temp.h(:seed, 750, vk.key)::int % 5) AS c0(c)
CROSS JOIN LATERAL (SELECT c0.c AS c, vk.key * 10 + c0.c AS key, 4 + pg_temp.h(:seed, 750, vk.key)::int % 5 AS clip_count)
    AS c
CROSS JOIN LATERAL (
    SELECT round((vf.video_duration * (c.c - 1 + 0.8 * pg_temp.u(:seed, 765, c.key)) / c.clip_count)::numeric, 1)
           ::double precision AS start_sec
) AS t
WHERE vf.version_type = 'original';

-- Parents first.
INSERT INTO pokervod.projects (id, code, name, description, nas_base_path, is_active, created_at, updated_at)
SELECT id, code, name, description, '/nas/pokervod/' || code, true, created, created FROM cat_projects ORDER BY n;

INSERT INTO pokervod.seasons (id, project_id, year, name, location, sub_category, status, created_at, updated_at)
SELECT id, project_id, year, name, location, sub_category, status, created, created FROM cat_seasons ORDER BY n, s;

INSERT INTO pokervod.events (id, season_id, event_number, name, event_type, game_type, buy_in, venue, start_date,
                             end_date, prize_pool, total_entries, created_at, updated_at)
SELECT id, season_id, e, name, event_type, game_type, buy_in, venue, start_date, end_date, prize_pool, entries,
       created, created
FROM cat_events ORDER BY n, s, e;

INSERT INTO pokervod.episodes (id, event_id, episode_number, title, episode_type, table_type, air_date, duration_sec,
                               description, created_at, updated_at)
SELECT id, event_id, k, title, episode_type, table_type, air_date, duration_sec,
       project_name || ' ' || year || ', ' || title || '. 한국어 자막 포함.', created, created
FROM cat_episodes ORDER BY n, s, e, k;

INSERT INTO pokervod.nas_folders (id, parent_id, path, name, depth, created_at, updated_at)
SELECT pg_temp.uuid_of(0, 'folder:/nas/pokervod/' || code), :'nas_root_id'::uuid, '/nas/pokervod/' || code, code, 1,
       created, created
FROM cat_projects ORDER BY n;

INSERT INTO pokervod.nas_folders (id, parent_id, path, name, depth, file_count, total_size_bytes, last_scanned_at,
                                  created_at, updated_at)
SELECT pg_temp.uuid_of(0, 'folder:' || se.folder_path), pg_temp.uuid_of(0, 'folder:/nas/pokervod/' || se.code),
       se.folder_path, se.year::text, 2, f.files, f.bytes, :'as_of'::timestamp - interval '6 hours',
       se.created, se.created
FROM cat_seasons se
JOIN (SELECT n, s, count(*) AS files, sum(size_bytes) AS bytes FROM cat_videos GROUP BY n, s) AS f USING (n, s)
ORDER BY se.n, se.s;

INSERT INTO pokervod.nas_files (id, folder_id, file_path, file_name, size_bytes, mtime, extension, file_category,
                                created_at, updated_at)
SELECT nas_file_id, folder_id, file_path, file_name, size_bytes, air_date + time '23:00' + interval '1 day',
       container, 'video', created, created
FROM cat_videos ORDER BY n, s, e, k, v;

INSERT INTO pokervod.video_files (id, episode_id, nas_file_id, file_path, file_name, size_bytes, duration_sec, codec,
                                  resolution, fps, bitrate, container, display_title, checksum, version_type,
                                  is_original, file_mtime, scan_status, last_scanned_at, created_at, updated_at)
SELECT id, episode_id, nas_file_id, file_path, file_name, size_bytes, video_duration, codec, resolution, fps, bitrate,
       container, display_title, md5(:seed || ':' || file_path), version_type, v = 1,
       air_date + time '23:00' + interval '1 day', 'scanned', :'as_of'::timestamp - interval '6 hours',
       created, created
FROM cat_videos ORDER BY n, s, e, k, v;

INSERT INTO pokervod.hand_clips (id, video_file_id, episode_id, sheet_source, sheet_row_number, hand_number, title,
                                 start_sec, end_sec, pot_size, winner, notes, importance, created_at, updated_at)
SELECT c.id, c.video_file_id, c.episode_id, c.sheet_source, c.sheet_row_number, c.hand_number,
       format('Hand #%s: %s vs %s', c.hand_number, p1.name, p2.name),
       c.start_sec, c.end_sec, c.pot_size, p1.name,
       format('%s %s with %s against %s holding %s. %s', p1.name, c.verb, c.hand1, p2.name, c.hand2, c.outcome),
       c.importance, c.created, c.created
FROM cat_clips c
JOIN seed_players p1 ON p1.rn = 1 + c.player_base
JOIN seed_players p2 ON p2.rn = 1 + (c.player_base + c.player_stride) % :player_count
ORDER BY c.n, c.s, c.e, c.k, c.c;

INSERT INTO pokervod.hand_clip_players (hand_clip_id, player_id, created_at, updated_at)
SELECT c.id, p.id, c.created, c.created
FROM cat_clips c
CROSS JOIN LATERAL generate_series(0, c.players - 1) AS j(j)
JOIN seed_players p ON p.rn = 1 + (c.player_base + j.j * c.player_stride) % :player_count
ON CONFLICT DO NOTHING;

INSERT INTO pokervod.hand_clip_tags (hand_clip_id, tag_id, created_at, updated_at)
SELECT c.id, t.id, c.created, c.created
FROM cat_clips c
CROSS JOIN LATERAL generate_series(0, c.tags - 1) AS j(j)
JOIN seed_tags t ON t.rn = 1 + (c.tag_base + j.j * c.tag_stride) % :tag_count
ON CONFLICT DO NOTHING;

INSERT INTO pokervod.google_sheet_sync (id, sheet_id, tab, last_row, status, synced_at, created_at, updated_at)
SELECT pg_temp.uuid_of(:seed, format('sheet:%s:%s', se.n, se.s)), 'gs_' || lower(se.code), se.year::text,
       coalesce(r.last_row, 1), 'success', :'as_of'::timestamp - interval '2 hours', se.created, se.created
FROM cat_seasons se
LEFT JOIN (SELECT n, s, max(sheet_row_number) AS last_row FROM cat_clips GROUP BY n, s) AS r USING (n, s)
ORDER BY se.n, se.s;
