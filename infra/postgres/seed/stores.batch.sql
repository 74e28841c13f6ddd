-- Stores :lo..:hi of this run (store_id :store_base + :lo ..): '<brand> <district>점' in the district's region.
-- Brand x district gives 360 distinct names, walked in a seed-dependent order; after that come '...2호점' etc.
INSERT INTO public.stores (store_id, name, region, created_at)
SELECT s.n,
       v.brands[1 + s.c % cardinality(v.brands)] || ' ' || v.districts[1 + s.c / cardinality(v.brands)]
           || CASE WHEN s.round > 0 THEN (s.round + 1) || '호점' ELSE '점' END,
       v.regions[1 + s.c / cardinality(v.brands)],
       :'as_of'::timestamp - make_interval(days => 400 + pg_temp.h(:seed, 11, s.n)::int % 1100)
           + make_interval(secs => pg_temp.h(:seed, 12, s.n) % 36000 + 28800)
FROM (
    SELECT ARRAY['하이브리드마트', '동네상회', '바로마켓', '새벽장터', '한빛상점', '온누리마트', '초록가게', '다온스토어'] AS brands,
           ARRAY['강남', '홍대', '잠실', '성수', '여의도', '종로', '신촌', '건대입구', '목동', '노원',
                 '판교', '수원역', '일산', '분당', '동탄', '광교', '의정부',
                 '송도', '부평', '해운대', '서면', '광안리', '센텀시티', '동성로', '수성',
                 '둔산', '유성', '상무', '충장로', '삼산', '나성', '춘천', '강릉', '청주', '천안',
                 '전주', '여수', '포항', '창원', '제주시', '서귀포', '마곡', '합정', '용산', '왕십리'] AS districts,
           ARRAY['서울', '서울', '서울', '서울', '서울', '서울', '서울', '서울', '서울', '서울',
                 '경기', '경기', '경기', '경기', '경기', '경기', '경기',
                 '인천', '인천', '부산', '부산', '부산', '부산', '대구', '대구',
                 '대전', '대전', '광주', '광주', '울산', '세종', '강원', '강원', '충북', '충남',
                 '전북', '전남', '경북', '경남', '제주', '제주', '서울', '서울', '서울', '서울'] AS regions
) v
CROSS JOIN LATERAL (
    -- 53 is coprime with the number of pairs (360), so c visits every brand x district pair once per round, and
    -- consecutive stores land in different districts.
    SELECT :store_base + g AS n,
           ((:store_base + g - 1) * 53 + pg_temp.h(:seed, 10, 0)) % p.pairs AS c,
           (:store_base + g - 1) / p.pairs AS round
    FROM generate_series(:lo, :hi) AS g,
         LATERAL (SELECT cardinality(v.brands) * cardinality(v.districts) AS pairs) AS p
) s
ORDER BY s.n;

-- Keep the identity sequence ahead of the explicit ids, so the application's own inserts do not collide (skipped
-- when this role may not move it).
SELECT setval(pg_get_serial_sequence('public.stores', 'store_id'),
              greatest(max(store_id), coalesce(pg_sequence_last_value(pg_get_serial_sequence('public.stores', 'store_id')::regclass), 1)))
FROM public.stores
HAVING has_sequence_privilege(pg_get_serial_sequence('public.stores', 'store_id'), 'UPDATE');
