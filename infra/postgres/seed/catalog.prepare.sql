-- The pokervod catalog. Projects are numbered after the largest '<SERIES>_<number>' code already there; every
-- UUID derives from the seed and the row's place in the tree (pg_temp.uuid_of), so reruns repeat exactly.
-- Tags, players and the NAS root are shared by all projects: added once, whatever the seed, and kept.
SELECT coalesce(max(substring(code FROM '_([0-9]+)$')::bigint), 0) AS project_base
FROM pokervod.projects
WHERE code ~ '^[A-Z]+_[0-9]+$' \gset

-- Series: what a project is an edition of.
DROP TABLE IF EXISTS pg_temp.seed_series;
CREATE TEMP TABLE seed_series ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY ord) AS rn, prefix, name, venue, location, country, sub_category, description
FROM (VALUES
    (1, 'WSOP', 'World Series of Poker', 'Horseshoe Las Vegas', 'Las Vegas, NV', 'US', 'LIVE',
        'The summer festival of bracelet events, from the Main Event to the high rollers.'),
    (2, 'WPT', 'World Poker Tour', 'Wynn Las Vegas', 'Las Vegas, NV', 'US', 'LIVE',
        'Main tour stops with televised final tables.'),
    (3, 'EPT', 'European Poker Tour', 'Casino Barcelona', 'Barcelona', 'ES', 'LIVE',
        'European live tour with feature-table coverage.'),
    (4, 'APT', 'Asian Poker Tour', 'Paradise City', 'Incheon', 'KR', 'LIVE',
        '아시아 투어 라이브 방송과 한국어 해설 영상.'),
    (5, 'KPT', 'Korea Poker Tour', 'Jeju Shinhwa World', 'Jeju', 'KR', 'LIVE',
        '제주에서 열리는 국내 토너먼트 시리즈.'),
    (6, 'TRITON', 'Triton Poker Series', 'Merit Royal', 'Kyrenia', 'CY', 'LIVE',
        'Super high roller events with full hole-card coverage.'),
    (7, 'HSP', 'High Stakes Poker', 'PokerGO Studio', 'Las Vegas, NV', 'US', 'CASH',
        'Studio cash game with the biggest pots.'),
    (8, 'PAD', 'Poker After Dark', 'PokerGO Studio', 'Las Vegas, NV', 'US', 'CASH',
        'Late-night sit-and-go and cash game sessions.'),
    (9, 'GGMIL', 'GGPoker Super MILLION$', 'GGPoker', 'Online', NULL, 'ONLINE',
        'Weekly online high roller final tables.'),
    (10, 'HCL', 'Hustler Casino Live', 'Hustler Casino', 'Gardena, CA', 'US', 'CASH',
        'Livestreamed cash games.')
) AS s(ord, prefix, name, venue, location, country, sub_category, description);
SELECT count(*) AS series_count FROM seed_series \gset

-- Events a season runs: each season takes four of these six, starting at a seed-dependent place.
DROP TABLE IF EXISTS pg_temp.seed_event_kinds;
CREATE TEMP TABLE seed_event_kinds ON COMMIT DROP AS
SELECT ord AS rn, name, buy_in, event_type, game_type
FROM (VALUES
    (1, '$10,000 No-Limit Hold''em Main Event', 10000, 'main_event', 'NLHE'),
    (2, '$25,000 High Roller', 25000, 'high_roller', 'NLHE'),
    (3, '$1,500 Pot-Limit Omaha', 1500, 'side_event', 'PLO'),
    (4, '$50,000 Poker Players Championship', 50000, 'high_roller', 'MIXED'),
    (5, '$5,000 Six-Max No-Limit Hold''em', 5000, 'side_event', 'NLHE'),
    (6, '$100,000 Super High Roller', 100000, 'super_high_roller', 'NLHE')
) AS e(ord, name, buy_in, event_type, game_type);

-- Shared tag vocabulary.
INSERT INTO pokervod.tags (id, category, name, display_name, description, created_at, updated_at)
SELECT pg_temp.uuid_of(0, 'tag:' || category || ':' || name), category, name, display_name, description,
       :'as_of'::timestamp - interval '500 days', :'as_of'::timestamp - interval '500 days'
FROM (VALUES
    ('action', 'bluff', '블러프', 'A bet or raise with a weak hand that gets a fold.'),
    ('action', 'hero_call', '히어로 콜', 'A call with a marginal hand against a suspected bluff.'),
    ('action', 'value_bet', '밸류 벳', 'A thin bet for value on the river.'),
    ('action', 'check_raise', '체크 레이즈', NULL),
    ('action', 'all_in', '올인', NULL),
    ('action', 'slow_play', '슬로우 플레이', NULL),
    ('action', 'big_fold', '빅 폴드', 'A disciplined fold of a strong hand.'),
    ('outcome', 'bad_beat', '배드 빗', 'The favourite loses on a late card.'),
    ('outcome', 'cooler', '쿨러', 'Two monster hands collide.'),
    ('outcome', 'suckout', '역전', NULL),
    ('outcome', 'split_pot', '스플릿', NULL),
    ('hand', 'pocket_aces', '포켓 에이스', NULL),
    ('hand', 'set', '셋', NULL),
    ('hand', 'flush', '플러시', NULL),
    ('hand', 'straight', '스트레이트', NULL),
    ('hand', 'full_house', '풀하우스', NULL),
    ('hand', 'quads', '포카드', NULL),
    ('moment', 'final_table', '파이널 테이블', NULL),
    ('moment', 'bubble', '버블', 'The last elimination before the money.'),
    ('moment', 'heads_up', '헤즈업', NULL),
    ('moment', 'million_pot', '밀리언 팟', 'A pot of a million dollars or more.')
) AS t(category, name, display_name, description)
ON CONFLICT (category, name) DO NOTHING;

-- Shared player pool: first name x last name, fictional.
INSERT INTO pokervod.players (id, name, nickname, country, total_earnings, is_active, created_at, updated_at)
SELECT pg_temp.uuid_of(0, 'player:' || p.name), p.name,
       CASE WHEN pg_temp.h(0, 701, p.k) % 3 = 0
            THEN pg_temp.pick(ARRAY['The Shark', 'Ice', 'Kid Poker', 'The Grinder', 'Mr. River', 'Ace Hunter',
                                    '철벽', '포커왕', 'The Professor', 'Lucky'], 0, 702, p.k) END,
       p.country,
       (pg_temp.h(0, 703, p.k) % 4000000 * 10)::numeric(15,2),
       pg_temp.h(0, 704, p.k) % 10 <> 0,
       :'as_of'::timestamp - interval '500 days', :'as_of'::timestamp - interval '500 days'
FROM (
    SELECT f.first || ' ' || l.last AS name, l.country, f.i * 100 + l.j AS k
    FROM unnest(ARRAY['Daniel', 'Maria', 'Jason', 'Erik', 'Sofia', 'Min-jun', 'Ji-woo', 'Hiroshi', 'Lucas', 'Olivia',
                      'Marco', 'Anna']) WITH ORDINALITY AS f(first, i),
         unnest(ARRAY['Park', 'Lee', 'Kim', 'Novak', 'Santos', 'Tanaka', 'Fischer', 'Rossi'],
                ARRAY['KR', 'KR', 'KR', 'CZ', 'BR', 'JP', 'DE', 'IT']) WITH ORDINALITY AS l(last, country, j)
) p
WHERE NOT EXISTS (SELECT FROM pokervod.players x WHERE x.name = p.name);

DROP TABLE IF EXISTS pg_temp.seed_tags;
CREATE TEMP TABLE seed_tags ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY category COLLATE "C", name COLLATE "C") AS rn, id FROM pokervod.tags WHERE deleted_at IS NULL;
SELECT count(*) AS tag_count FROM seed_tags \gset
DROP TABLE IF EXISTS pg_temp.seed_players;
CREATE TEMP TABLE seed_players ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY name COLLATE "C", id) AS rn, id, name FROM pokervod.players WHERE deleted_at IS NULL;
SELECT count(*) AS player_count FROM seed_players \gset

-- The NAS root every project folder hangs from.
INSERT INTO pokervod.nas_folders (id, parent_id, path, name, depth, created_at, updated_at)
VALUES (pg_temp.uuid_of(0, 'folder:/nas/pokervod'), NULL, '/nas/pokervod', 'pokervod', 0,
        :'as_of'::timestamp - interval '500 days', :'as_of'::timestamp - interval '500 days')
ON CONFLICT (path) DO NOTHING;
SELECT id AS nas_root_id FROM pokervod.nas_folders WHERE path = '/nas/pokervod' \gset
