-- Products :lo..:hi of this run (product number :product_base + :lo ..).
-- '<brand> <item> <variant>' within a category drawn by weight; list prices end in 900 won and lean to the cheap
-- end of the category's range; half carry a discount, and price, org_price and discount_rate agree:
-- price = org_price * (1 - discount_rate), rounded to 10 won. About 5% are out of stock.
INSERT INTO public.products (product_id, name, category, brand, price, org_price, discount_rate, stock, store_id,
                             created_at, updated_at)
SELECT pg_temp.code('P', r.n, 7),
       concat_ws(' ', r.brand, r.item, nullif(r.variant, '')),
       r.category,
       r.brand,
       m.price,
       m.org_price,
       round((m.org_price - m.price)::numeric / m.org_price, 4)::double precision,
       CASE WHEN pg_temp.u(:seed, 207, r.n) < 0.05 THEN 0
            ELSE 1 + floor(300 * power(pg_temp.u(:seed, 208, r.n), 2))::int END,
       st.store_id,
       r.created,
       r.created
FROM (
    SELECT g.n, c.category,
           pg_temp.pick(c.brands, :seed, 202, g.n) AS brand,
           pg_temp.pick(c.items, :seed, 203, g.n) AS item,
           pg_temp.pick(c.variants, :seed, 204, g.n) AS variant,
           -- list price: the category's range, u^2.5 leaning cheap, then up to the next ...900 won
           greatest(ceil((c.min_price + (c.max_price - c.min_price) * power(pg_temp.u(:seed, 205, g.n), 2.5)) / 1000)
                    * 1000 - 100, 900)::int AS org_price,
           (ARRAY[0, 0, 0, 0, 0, 0, 0.05, 0.1, 0.1, 0.15, 0.2, 0.2, 0.25, 0.3, 0.4, 0.5])
               [1 + pg_temp.h(:seed, 206, g.n) % 16] AS rate,
           CASE WHEN :store_count > 0 THEN 1 + pg_temp.h(:seed, 209, g.n) % greatest(:store_count, 1) END AS store_rn,
           :'as_of'::timestamp - make_interval(days => 1 + pg_temp.h(:seed, 210, g.n)::int % 730)
               + make_interval(secs => pg_temp.h(:seed, 211, g.n) % 86400) AS created
    FROM (SELECT array_agg(ord ORDER BY ord, w) AS draws
          FROM seed_categories, generate_series(1, weight) AS w) AS d
    CROSS JOIN LATERAL (SELECT :product_base + s AS n FROM generate_series(:lo, :hi) AS s) AS g
    JOIN seed_categories c ON c.ord = d.draws[1 + pg_temp.h(:seed, 201, g.n) % cardinality(d.draws)]
) r
CROSS JOIN LATERAL (SELECT r.org_price, (round(r.org_price * (1 - r.rate) / 10) * 10)::int AS price) AS m
LEFT JOIN seed_stores st ON st.rn = r.store_rn
ORDER BY r.n;
