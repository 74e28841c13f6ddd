-- Starts a seeding run, inside the transaction `hybridstore seed` (module cli, package seed) opens: everything the
-- run loads commits together, or not at all.
--
-- Variables (psql's syntax and subset: :name, :'name', \set, \gset, \ir; SeedScript in the cli runs them):
--   seed     integer; every generated value derives from (seed, column, row number), never from random()
--   as_of    'YYYY-MM-DD HH24:MI:SS' or empty; the "now" the data is generated around (empty: today 00:00, so
--            runs on the same day with the same seed give the same rows)
--   stores users products orders questions interviews manuals catalog   row counts of this run
SET client_min_messages = warning;
-- Generous sort/hash memory for the joins of a 100k-row batch, for this transaction only.
SET LOCAL work_mem = '64MB';

-- One seeder at a time: two runs would compute the same next ids.
SELECT pg_advisory_xact_lock(hashtext('hybridstore.seed'));

SELECT coalesce(nullif(:'as_of', ''), to_char(date_trunc('day', localtimestamp), 'YYYY-MM-DD HH24:MI:SS')) AS as_of \gset

-- Helpers, temporary: they vanish with the session.

-- h(seed, column, n): a pseudo-random integer in [0, 2^31) for row n; a different column number gives an
-- independent stream. u(): the same scaled to [0, 1).
CREATE FUNCTION pg_temp.h(seed bigint, col int, n bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN hashint8extended(n, seed * 1000 + col) & 2147483647;
CREATE FUNCTION pg_temp.u(seed bigint, col int, n bigint) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (hashint8extended(n, seed * 1000 + col) & 2147483647)::double precision / 2147483648;

-- pick(items, seed, column, n): one element of items, uniformly.
CREATE FUNCTION pg_temp.pick(items text[], seed bigint, col int, n bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN items[1 + (hashint8extended(n, seed * 1000 + col) & 2147483647) % cardinality(items)];

-- weighted(items, weights): items repeated by their weights, so pick() over it draws with those weights.
CREATE FUNCTION pg_temp.weighted(items text[], weights int[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    RETURN (SELECT array_agg(t.item ORDER BY t.ord, g)
            FROM unnest(items, weights) WITH ORDINALITY AS t(item, weight, ord), generate_series(1, t.weight) AS g);

-- code('U', 42, 7) = 'U0000042': zero-padded, never truncated.
CREATE FUNCTION pg_temp.code(prefix text, n bigint, width int) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN prefix || lpad(n::text, greatest(width, length(n::text)), '0');

-- uuid_of(seed, key): a UUID that depends only on the seed and the row's key, for the catalog's UUID keys.
CREATE FUNCTION pg_temp.uuid_of(seed bigint, key text) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN md5(seed || ':' || key)::uuid;

-- fail(message): raises, which ends the run and rolls everything back.
CREATE FUNCTION pg_temp.fail(message text) RETURNS void
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION '%', message; END $$;

-- The schema must be migrated already (core-api applies the migrations at start).
SELECT pg_temp.fail('the commerce tables are missing: apply the migrations first (core-api does at start)')
WHERE (:stores + :users + :products + :orders + :manuals) > 0 AND to_regclass('public.orders') IS NULL;
SELECT pg_temp.fail('the knowledge tables are missing: apply the migrations first (core-api does at start)')
WHERE (:questions + :interviews + :manuals) > 0 AND to_regclass('public.manuals') IS NULL;
SELECT pg_temp.fail('the pokervod catalog tables are missing: apply the migrations first (core-api does at start)')
WHERE :catalog > 0 AND to_regclass('pokervod.hand_clips') IS NULL;
