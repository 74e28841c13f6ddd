-- Orders: 'O0000000001' style ids continue after the largest numeric suffix already there. They draw from all
-- the users and products now present (earlier runs' too), numbered here in key order.
SELECT coalesce(max(substr(order_id, 2)::bigint), 0) AS order_base
FROM public.orders
WHERE order_id ~ '^O[0-9]{1,18}$' \gset

DROP TABLE IF EXISTS pg_temp.seed_users;
CREATE TEMP TABLE seed_users ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY user_id COLLATE "C") AS rn, user_id, region, gender, age_group FROM public.users;
DROP TABLE IF EXISTS pg_temp.seed_products;
CREATE TEMP TABLE seed_products ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY product_id COLLATE "C") AS rn, product_id, price, category, store_id FROM public.products;
SELECT (SELECT count(*) FROM seed_users) AS user_count, (SELECT count(*) FROM seed_products) AS product_count \gset
SELECT pg_temp.fail('orders need users and products: there are ' || :user_count || ' users and '
                    || :product_count || ' products (seed some with --users and --products)')
WHERE :user_count = 0 OR :product_count = 0;
ANALYZE seed_users;
ANALYZE seed_products;

-- Bulk mode when this run at least doubles a large orders table (bulk.prepare.sql; orders.finish.sql ends it).
\set bulk_table public.orders
SELECT :orders >= 200000 AND :orders >= (SELECT count(*) FROM public.orders) AS bulk \gset
\ir bulk.prepare.sql
