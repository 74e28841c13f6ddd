-- Runs once, on the first start of the compose 'postgres' service (empty data volume), as the superuser
-- POSTGRES_USER in the database POSTGRES_DB. Creating extensions needs a superuser; the Flyway migrations that
-- core-api applies at start then only assert them (the same split as ./suite's pg_bootstrap_db).
--   vector              pgvector: embeddings (EMBEDDING_DIM, 384 by default)
--   pg_trgm             trigram search; Korean text needs the C.UTF-8 locale set by POSTGRES_INITDB_ARGS
--   pg_stat_statements  query statistics; needs shared_preload_libraries=pg_stat_statements (the service's command)
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
-- Databases the admin API creates for restores copy template1, so it carries the same extensions.
\c template1
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
