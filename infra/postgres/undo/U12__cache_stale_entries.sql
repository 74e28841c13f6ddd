-- Undoes V12: the shared stale marks go. Instances running the version before keep their marks in memory only.
DROP TABLE IF EXISTS public.cache_stale_entries;
