-- POST /api/orders remembers each Idempotency-Key's first use, so a retried request gets the same order id again
-- instead of a second order, also when the server picked the id. fingerprint: SHA-256 (hex) of the parsed request, to
-- refuse the key with another body; created_at: when the retention starts. core-api deletes keys older than the
-- retention (hybridstore.orders.idempotency-key-retention) in batches, using the index.
CREATE TABLE public.order_idempotency_keys (
    idempotency_key VARCHAR(255) COLLATE "C" NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    order_id        VARCHAR(50)  COLLATE "C" NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT pk_order_idempotency_keys PRIMARY KEY (idempotency_key)
);

CREATE INDEX ix_order_idempotency_keys_created_at ON public.order_idempotency_keys (created_at);
