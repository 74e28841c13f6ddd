-- Undoes V9: the old names come back; rows stay.
ALTER INDEX IF EXISTS pokervod.ix_seasons_project_year_live RENAME TO ux_seasons_project_year;
ALTER TABLE IF EXISTS public.embedding_states RENAME CONSTRAINT pk_embedding_states TO embedding_state_pkey;
ALTER TABLE IF EXISTS public.embedding_states RENAME TO embedding_state;
