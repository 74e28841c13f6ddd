-- Undoes V8: the remembered Idempotency-Keys go; orders stay. Until V8 is applied again, a retry with a key is a new order.
DROP TABLE IF EXISTS public.order_idempotency_keys;
