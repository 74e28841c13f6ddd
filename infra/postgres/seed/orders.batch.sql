-- Orders :lo..:hi of this run's :orders (order number :order_base + :lo ..), spread evenly over the 30 days before
-- as_of, oldest first, so order ids grow with created_at.
--   who and what: earlier users and products are drawn more often (u^1.5, u^2); mostly one item per order
--   money: total_amount = price * quantity - discount_amount + shipping_cost; a quarter use a coupon; shipping
--          is free from 50,000 won, else 3,000 or 2,500 won (free for some sellers)
--   status: about 4% cancelled; otherwise by age: paid under a day, then shipped, completed after three days
--   denormalized: category and store_id from the product; user_region, user_gender, user_age_group from the user
INSERT INTO public.orders (order_id, user_id, product_id, quantity, total_amount, shipping_cost, discount_amount,
                           payment_method, status, category, user_region, user_gender, user_age_group, store_id,
                           created_at)
SELECT pg_temp.code('O', o.n, 10),
       u.user_id,
       p.product_id,
       o.quantity,
       a.gross - a.discount + a.shipping,
       a.shipping,
       a.discount,
       o.payment_method,
       CASE WHEN o.u_cancel < 0.04 THEN 'cancelled'
            WHEN o.age_hours < 24 THEN 'paid'
            WHEN o.age_hours < 72 THEN CASE WHEN o.u_status < 0.7 THEN 'shipped' ELSE 'paid' END
            ELSE CASE WHEN o.u_status < 0.95 THEN 'completed' ELSE 'shipped' END END,
       p.category,
       u.region,
       u.gender,
       u.age_group,
       p.store_id,
       o.created_at
FROM (
    SELECT t.n,
           1 + floor(:user_count * power(pg_temp.u(:seed, 301, t.n), 1.5))::bigint AS user_rn,
           1 + floor(:product_count * power(pg_temp.u(:seed, 302, t.n), 2))::bigint AS product_rn,
           (ARRAY[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 5])[1 + pg_temp.h(:seed, 303, t.n) % 20]
               AS quantity,
           (ARRAY['card', 'card', 'card', 'card', 'card', 'card', 'card', 'card', 'kakaopay', 'kakaopay',
                  'kakaopay', 'kakaopay', 'naverpay', 'naverpay', 'naverpay', 'tosspay', 'bank_transfer',
                  'bank_transfer', 'payco', 'mobile'])[1 + pg_temp.h(:seed, 304, t.n) % 20] AS payment_method,
           pg_temp.u(:seed, 305, t.n) < 0.25 AS has_coupon,
           (ARRAY[1000, 2000, 2000, 3000, 3000, 5000, 10000])[1 + pg_temp.h(:seed, 306, t.n) % 7] AS coupon,
           (ARRAY[3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000, 3000,
                  2500, 2500, 2500, 2500, 2500, 0, 0, 0])[1 + pg_temp.h(:seed, 307, t.n) % 20] AS shipping_fee,
           pg_temp.u(:seed, 308, t.n) AS u_cancel,
           pg_temp.u(:seed, 309, t.n) AS u_status,
           :'as_of'::timestamp - interval '30 days' + make_interval(secs => t.position * 2592000) AS created_at,
           (1 - t.position) * 720 AS age_hours
    FROM (-- position: where in the 30 days the order falls, 0..1, growing with the order number
          SELECT :order_base + s AS n, (s - 1 + pg_temp.u(:seed, 300, :order_base + s)) / :orders AS position
          FROM generate_series(:lo, :hi) AS s) AS t
) o
JOIN seed_users u ON u.rn = o.user_rn
JOIN seed_products p ON p.rn = o.product_rn
CROSS JOIN LATERAL (
    SELECT d.gross, d.discount,
           CASE WHEN d.gross - d.discount >= 50000 THEN 0 ELSE o.shipping_fee END AS shipping
    FROM (SELECT p.price * o.quantity AS gross,
                 CASE WHEN o.has_coupon THEN least(o.coupon, (p.price * o.quantity / 5) / 100 * 100) ELSE 0 END
                     AS discount) AS d
) a
ORDER BY o.n;
