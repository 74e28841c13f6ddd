-- 't' when the database named by :'db' (empty: the current one) carries the production mark
--   ALTER DATABASE <db> SET hybridstore.environment = 'production';
-- or the server or session says production. Local tooling refuses destructive commands on such a database (seed 000).
SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase, unnest(s.setconfig) AS cfg
               WHERE d.datname = coalesce(nullif(:'db', ''), current_database()) AND s.setrole = 0
                 AND cfg = 'hybridstore.environment=production')
    OR coalesce(current_setting('hybridstore.environment', true), '') = 'production';
