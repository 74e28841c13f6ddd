-- Interviews :lo..:hi of this run (id :interview_base + :lo ..) over the last 90 days: a Korean candidate, an
-- answer of two or three sentences, a score of 40..100 and an evaluation object scoring four criteria 1..5.
INSERT INTO public.interviews (id, company_id, question_id, candidate_name, answer, score, evaluation, created_at)
SELECT i.n,
       coalesce(q.company_id, c.id),
       q.id,
       pg_temp.pick(ARRAY['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신'], :seed, 501, i.n)
           || pg_temp.pick(ARRAY['민준', '서연', '도윤', '하은', '지호', '수빈', '현우', '지민', '유진', '준서',
                                 '채원', '예준', '다은', '시우', '서현'], :seed, 502, i.n),
       concat_ws(' ', a1.sentence, a2.sentence, CASE WHEN i.three THEN a3.sentence END),
       i.score,
       jsonb_build_object(
           'communication', 1 + pg_temp.h(:seed, 510, i.n) % 5,
           'technical_depth', 1 + pg_temp.h(:seed, 511, i.n) % 5,
           'problem_solving', 1 + pg_temp.h(:seed, 512, i.n) % 5,
           'culture_fit', 1 + pg_temp.h(:seed, 513, i.n) % 5,
           'summary', CASE WHEN i.score >= 80 THEN '구체적인 경험과 근거가 명확함'
                           WHEN i.score >= 60 THEN '기본기는 있으나 깊이가 부족함'
                           ELSE '질문 의도와 다른 답변이 많음' END,
           'recommend', i.score >= 70),
       i.created
FROM (
    SELECT g.n,
           CASE WHEN :question_count > 0 THEN 1 + pg_temp.h(:seed, 503, g.n) % greatest(:question_count, 1) END AS question_rn,
           1 + pg_temp.h(:seed, 504, g.n) % :company_count AS company_rn,
           -- three different sentences: s1, then two further steps around the list
           1 + pg_temp.h(:seed, 505, g.n) % :answer_sentence_count AS s1,
           1 + (pg_temp.h(:seed, 505, g.n) + 1 + pg_temp.h(:seed, 506, g.n) % 5) % :answer_sentence_count AS s2,
           1 + (pg_temp.h(:seed, 505, g.n) + 6 + pg_temp.h(:seed, 507, g.n) % 5) % :answer_sentence_count AS s3,
           pg_temp.u(:seed, 508, g.n) < 0.5 AS three,
           40 + floor(61 * (pg_temp.u(:seed, 509, g.n) + pg_temp.u(:seed, 514, g.n)) / 2)::int AS score,
           :'as_of'::timestamp - make_interval(secs => pg_temp.h(:seed, 515, g.n) % (90 * 86400)) AS created
    FROM (SELECT :interview_base + s AS n FROM generate_series(:lo, :hi) AS s) AS g
) i
LEFT JOIN seed_questions q ON q.rn = i.question_rn
JOIN seed_companies c ON c.rn = i.company_rn
JOIN seed_answer_sentences a1 ON a1.rn = i.s1
JOIN seed_answer_sentences a2 ON a2.rn = i.s2
JOIN seed_answer_sentences a3 ON a3.rn = i.s3
ORDER BY i.n;

-- Keep the identity sequence ahead of the explicit ids (see stores.batch.sql).
SELECT setval(pg_get_serial_sequence('public.interviews', 'id'),
              greatest(max(id), coalesce(pg_sequence_last_value(pg_get_serial_sequence('public.interviews', 'id')::regclass), 1)))
FROM public.interviews
HAVING has_sequence_privilege(pg_get_serial_sequence('public.interviews', 'id'), 'UPDATE');
