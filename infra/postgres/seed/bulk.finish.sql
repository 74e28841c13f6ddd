-- Ends bulk mode (see bulk.prepare.sql): rebuilds the indexes, then re-adds and re-validates the foreign keys,
-- with the definitions they had. Nothing to do when bulk mode was off.
SET LOCAL maintenance_work_mem = '512MB';
DO $$
DECLARE
    statement text;
BEGIN
    FOR statement IN SELECT restore_sql FROM seed_deferred_ddl ORDER BY step DESC LOOP
        EXECUTE statement;
    END LOOP;
END
$$;
RESET maintenance_work_mem;
