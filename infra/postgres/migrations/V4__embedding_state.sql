-- ai-worker's bookkeeping of embedding work (the vectors themselves live in the source tables).
-- A row here is either a claim (a lease: several workers share the work without holding row locks during inference)
-- or a failure (attempts and the next try, tied to the hash of the text that failed: new text gets a fresh start).
CREATE TABLE embedding_state (
    source          text        NOT NULL,
    key             bigint      NOT NULL,
    text_hash       text        NOT NULL,
    claimed_until   timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, key)
);

COMMENT ON TABLE embedding_state IS 'ai-worker: claimed (claimed_until) and failed (attempts, next_attempt_at) embedding work';
