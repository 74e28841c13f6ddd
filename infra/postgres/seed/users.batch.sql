-- Users :lo..:hi of this run (user number :user_base + :lo ..).
-- Korean names (surname by its real frequency, given names by gender and generation), age 18..70 leaning to the
-- 20s-40s, regions by population, joined within the last five years; last_cached_at NULL (never cached yet).
INSERT INTO public.users (user_id, name, gender, age, age_group, region, join_date, created_at, updated_at)
SELECT pg_temp.code('U', r.n, 7),
       pg_temp.pick(v.surnames, :seed, 101, r.n)
           || CASE WHEN r.male AND r.age < 45 THEN pg_temp.pick(v.male_young, :seed, 102, r.n)
                   WHEN r.male THEN pg_temp.pick(v.male_old, :seed, 102, r.n)
                   WHEN r.age < 45 THEN pg_temp.pick(v.female_young, :seed, 102, r.n)
                   ELSE pg_temp.pick(v.female_old, :seed, 102, r.n) END,
       CASE WHEN r.male THEN 'M' ELSE 'F' END,
       r.age,
       (r.age / 10 * 10) || '대',
       pg_temp.pick(v.regions, :seed, 105, r.n),
       r.joined::date,
       r.joined,
       r.joined
FROM (
    SELECT pg_temp.weighted(
               ARRAY['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안',
                     '송', '류', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '유', '남', '심', '노', '하', '곽', '성'],
               -- shares in half-percent steps (about 185 in all: a short array keeps the draw cheap)
               ARRAY[43, 29, 17, 9, 9, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3,
                     3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]) AS surnames,
           ARRAY['민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '지후', '준우', '준서', '건우', '도현',
                 '현우', '지훈', '우진', '선우', '서진', '민재', '현준', '연우', '유준', '정우', '승우', '승현', '시윤',
                 '준혁', '은우', '지환', '승민', '성민', '동현', '재현', '태현', '민성'] AS male_young,
           ARRAY['영수', '영호', '정호', '성수', '상철', '영철', '정훈', '성호', '재훈', '동훈', '상훈', '승호', '종현',
                 '진호', '성진', '병철', '광수', '기현', '명수', '태식'] AS male_old,
           ARRAY['서연', '서윤', '지우', '서현', '민서', '하은', '하윤', '윤서', '지유', '지민', '채원', '수아', '지아',
                 '지윤', '다은', '은서', '예은', '수빈', '소율', '예린', '유진', '민지', '수연', '지현', '예진'] AS female_young,
           ARRAY['영희', '순자', '미경', '미숙', '경희', '정희', '은영', '현정', '미영', '정숙', '혜진', '선영', '은정',
                 '지영', '수진', '명숙', '옥순', '경숙', '미란', '혜숙'] AS female_old,
           pg_temp.weighted(
               ARRAY['서울', '경기', '인천', '부산', '대구', '광주', '대전', '울산', '세종',
                     '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주'],
               -- population in units of 200,000
               ARRAY[47, 68, 15, 17, 12, 7, 7, 6, 2, 8, 8, 11, 9, 9, 13, 17, 4]) AS regions
) v
CROSS JOIN LATERAL (
    SELECT g.n,
           pg_temp.u(:seed, 103, g.n) < 0.49 AS male,
           -- u^1.3 leans toward the young end: median age about 40.
           18 + floor(53 * power(pg_temp.u(:seed, 104, g.n), 1.3))::int AS age,
           :'as_of'::timestamp - make_interval(days => 1 + pg_temp.h(:seed, 106, g.n)::int % 1825)
               + make_interval(secs => pg_temp.h(:seed, 107, g.n) % 86400) AS joined
    FROM (SELECT :user_base + s AS n FROM generate_series(:lo, :hi) AS s) AS g
) r
ORDER BY r.n;
