-- Stores: ids continue after the largest existing store_id (explicit ids, so a run never depends on where the
-- identity sequence stands; stores.batch.sql moves the sequence past them).
SELECT coalesce(max(store_id), 0) AS store_base FROM public.stores \gset
