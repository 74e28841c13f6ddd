-- Ends bulk mode (see bulk.prepare.sql): rebuilds the indexes, then re-adds and re-validates the foreign keys,
-- with the definitions they had. Nothing to do when bulk mode was off.
SET LOCAL maintenance_work_mem = '512MB';
SELECT restore_sql FROM seed_deferred_ddl ORDER BY step DESC \gexec
RESET maintenance_work_mem;
