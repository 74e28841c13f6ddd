-- Order statuses become a closed set (README, "Order statuses"): paid, shipped, completed, cancelled, refunded, or NULL
-- when the producer gave none. Known statuses stored in another case are lower-cased first. A row with any other value
-- stays as it is: the constraint then guards new writes only (NOT VALID) and the migration says how many rows are
-- left, since dropping or guessing a status would change what reports count.
UPDATE public.orders SET status = lower(status)
WHERE status <> lower(status) AND lower(status) IN ('paid', 'shipped', 'completed', 'cancelled', 'refunded');

ALTER TABLE public.orders ADD CONSTRAINT ck_orders_status
    CHECK (status IN ('paid', 'shipped', 'completed', 'cancelled', 'refunded')) NOT VALID;

DO $$
DECLARE
    others BIGINT;
BEGIN
    SELECT count(*) INTO others FROM public.orders
    WHERE status NOT IN ('paid', 'shipped', 'completed', 'cancelled', 'refunded');
    IF others = 0 THEN
        ALTER TABLE public.orders VALIDATE CONSTRAINT ck_orders_status;
    ELSE
        RAISE WARNING 'ck_orders_status left NOT VALID: % orders have a status outside the set', others;
    END IF;
END $$;
