-- Undoes V6: back to seed 003's index on created_at alone.
CREATE INDEX IF NOT EXISTS ix_orders_created_at ON public.orders (created_at);
DROP INDEX IF EXISTS public.ix_orders_created_at_order_id;
