-- Bulk mode for one table (variables: bulk_table, e.g. public.orders; bulk, a boolean).
-- A large load is much faster without per-row foreign-key checks and index maintenance: when :bulk is true this
-- drops the table's foreign keys and non-unique indexes (remembering their exact definitions from the catalog) and
-- bulk.finish.sql puts them back: indexes rebuilt in one pass, foreign keys re-validated in one query each. All in
-- the run's transaction, so a failure restores everything. The price: the table and the tables it references stay
-- locked (ACCESS EXCLUSIVE) until the run commits. When other sessions hold them for more than 10 s, or this role
-- may not alter the table, this gives up and the load keeps the constraints and indexes (slower, same result).
DROP TABLE IF EXISTS pg_temp.seed_deferred_ddl;
CREATE TEMP TABLE seed_deferred_ddl (step int, drop_sql text, restore_sql text) ON COMMIT DROP;
INSERT INTO seed_deferred_ddl (step, drop_sql, restore_sql)
SELECT 1, format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
FROM pg_constraint
WHERE :'bulk'::boolean AND conrelid = :'bulk_table'::regclass AND contype = 'f'
UNION ALL
SELECT 2, format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
FROM pg_index AS i
WHERE :'bulk'::boolean AND indrelid = :'bulk_table'::regclass AND NOT indisunique
  AND NOT EXISTS (SELECT FROM pg_constraint AS c WHERE c.conindid = i.indexrelid);

DO $$
DECLARE
    previous_timeout text := current_setting('lock_timeout');
    statement text;
BEGIN
    PERFORM set_config('lock_timeout', '10s', true);
    FOR statement IN SELECT drop_sql FROM seed_deferred_ddl ORDER BY step LOOP
        EXECUTE statement;
    END LOOP;
    PERFORM set_config('lock_timeout', previous_timeout, true);
EXCEPTION
    WHEN lock_not_available THEN
        DELETE FROM seed_deferred_ddl;
        RAISE WARNING 'other sessions are using the tables: loading with constraints and indexes in place (slower)';
    WHEN insufficient_privilege THEN
        DELETE FROM seed_deferred_ddl;
        RAISE WARNING 'this role may not alter the tables: loading with constraints and indexes in place (slower)';
END
$$;
