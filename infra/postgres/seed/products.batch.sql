-- Products :lo..:hi of this run (product number :product_base + :lo ..).
-- '<brand> <item> <variant>' within a category drawn by weight; list prices end in 900 won and lean to the cheap
-- end of the item's range; about 6 in 10 carry a discount, and price, org_price and discount_rate agree:
-- price = org_price * (1 - discount_rate), price rounded to 100 won, discount_rate recomputed from the two.
-- About 5% are out of stock.
INSERT INTO public.products (product_id, name, category, brand, price, org_price, discount_rate, stock, store_id,
                             created_at, updated_at)
SELECT pg_temp.code('P', r.n, 7),
       concat_ws(' ', r.brand, i.item, nullif(r.variant, '')),
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
    SELECT g.n, c.ord, c.category,
           pg_temp.pick(c.brands, :seed, 202, g.n) AS brand,
           1 + pg_temp.h(:seed, 203, g.n) % c.item_count AS item_k,
           pg_temp.pick(c.variants, :seed, 204, g.n) AS variant,
           pg_temp.u(:seed, 205, g.n) AS price_draw,
           (ARRAY[0, 0, 0, 0, 0, 0, 0, 0.05, 0.1, 0.1, 0.15, 0.2, 0.2, 0.25, 0.3, 0.4, 0.5])
               [1 + pg_temp.h(:seed, 206, g.n) % 17] AS rate,
           CASE WHEN :store_count > 0 THEN 1 + pg_temp.h(:seed, 209, g.n) % greatest(:store_count, 1) END AS store_rn,
           :'as_of'::timestamp - make_interval(days => 1 + pg_temp.h(:seed, 210, g.n)::int % 730)
               + make_interval(secs => pg_temp.h(:seed, 211, g.n) % 86400) AS created
    FROM (SELECT array_agg(ord ORDER BY ord, w) AS draws
          FROM seed_categories, generate_series(1, weight) AS w) AS d
    CROSS JOIN LATERAL (SELECT :product_base + s AS n FROM generate_series(:lo, :hi) AS s) AS g
    JOIN seed_categories c ON c.ord = d.draws[1 + pg_temp.h(:seed, 201, g.n) % cardinality(d.draws)]
) r
JOIN seed_items i ON i.category_ord = r.ord AND i.k = r.item_k
-- list price: the item's range, u^2 leaning cheap, up to the next ...900 won
CROSS JOIN LATERAL (
    SELECT l.org_price, greatest(round(l.org_price * (1 - r.rate) / 100) * 100, 100)::int AS price
    FROM (SELECT greatest(ceil((i.min_price + (i.max_price - i.min_price) * power(r.price_draw, 2)) / 1000) * 1000 - 100,
                          900)::int AS org_price) AS l
) AS m
LEFT JOIN seed_stores st ON st.rn = r.store_rn
ORDER BY r.n;
