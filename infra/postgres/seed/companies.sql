-- The companies whose interview questions are seeded; existing rows are left as they are.
INSERT INTO public.companies (id, name, created_at)
SELECT id, name, :'as_of'::timestamp - interval '400 days'
FROM (VALUES ('KAKAO', '카카오'), ('NAVER', '네이버'), ('COUPANG', '쿠팡'), ('LINE', '라인플러스'), ('TOSS', '토스'),
             ('WOOWAHAN', '우아한형제들'), ('DAANGN', '당근'), ('SAMSUNG', '삼성전자'), ('KRAFTON', '크래프톤'),
             ('NEXON', '넥슨')) AS c(id, name)
ON CONFLICT (id) DO NOTHING;

DROP TABLE IF EXISTS pg_temp.seed_companies;
CREATE TEMP TABLE seed_companies ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS rn, id, name FROM public.companies;
SELECT count(*) AS company_count FROM seed_companies \gset
