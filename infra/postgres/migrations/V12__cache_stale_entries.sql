-- core-api's stale marks, shared by every instance (README "Cache-aside"): an entry whose write-through to Redis failed
-- (hash cache:users or cache:products, id the row's key), so Redis may still hold the value before the write. Each
-- instance keeps the table's rows in memory, learns of changes by LISTEN cache_stale_entries, reads marked entries from
-- PostgreSQL, and deletes a mark once its HDEL of the entry succeeded. Kept in PostgreSQL, not Redis: a mark must
-- outlive the Redis outage it records. Rows exist only between such a failure and Redis answering again.
CREATE TABLE public.cache_stale_entries (
    hash      TEXT        COLLATE "C" NOT NULL,
    id        TEXT        COLLATE "C" NOT NULL,
    marked_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_cache_stale_entries PRIMARY KEY (hash, id)
);
