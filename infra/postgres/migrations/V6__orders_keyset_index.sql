-- GET /api/orders pages by the row value (created_at, order_id). With an index on created_at alone, order_id is only a
-- filter and every deeper page rescans the rows before its cursor; the wider index serves the keyset seek and every
-- query the old index served, so it replaces it (one index to maintain per order, as before).
CREATE INDEX ix_orders_created_at_order_id ON public.orders (created_at, order_id);
DROP INDEX public.ix_orders_created_at;
