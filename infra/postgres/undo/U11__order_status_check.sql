-- Undoes V11: any status is accepted again. Lower-cased statuses stay lower case; reports compare them regardless.
ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS ck_orders_status;
