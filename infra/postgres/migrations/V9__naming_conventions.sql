-- Brings the names that broke the convention (README "Naming conventions") into it; only names change, no data moves.
--   embedding_state (V4): singular, with PostgreSQL's default primary-key name embedding_state_pkey.
--   ux_seasons_project_year (V5): the ux_ prefix is not in the convention; an index is ix_<table>_..., unique or not
--   (seed 004 §5.1), and ix_seasons_project_year is already V3's non-unique index, so this one says it covers live rows.
-- Undo: infra/postgres/undo/U9__naming_conventions.sql.
ALTER TABLE public.embedding_state RENAME TO embedding_states;
ALTER TABLE public.embedding_states RENAME CONSTRAINT embedding_state_pkey TO pk_embedding_states;
ALTER INDEX pokervod.ux_seasons_project_year RENAME TO ix_seasons_project_year_live;
