-- Questions :lo..:hi of this run (id :question_base + :lo ..): for a company, a technical question (a topic in a
-- template, some in English or mixed) or, one in four, a culture-fit one. Embeddings stay NULL for ai-worker.
INSERT INTO public.questions (id, company_id, category, content, created_at, updated_at)
SELECT q.n, c.id,
       CASE WHEN q.culture THEN 'culture' ELSE tp.category END,
       format(te.template, CASE WHEN q.culture THEN c.name ELSE tp.topic END),
       q.created, q.created
FROM (
    SELECT g.n,
           1 + pg_temp.h(:seed, 401, g.n) % :company_count AS company_rn,
           pg_temp.u(:seed, 402, g.n) < 0.25 AS culture,
           1 + pg_temp.h(:seed, 403, g.n) % :topic_count AS topic_rn,
           pg_temp.h(:seed, 404, g.n) AS template_draw,
           :'as_of'::timestamp - make_interval(days => 1 + pg_temp.h(:seed, 405, g.n)::int % 365)
               + make_interval(secs => pg_temp.h(:seed, 406, g.n) % 86400) AS created
    FROM (SELECT :question_base + s AS n FROM generate_series(:lo, :hi) AS s) AS g
) q
JOIN seed_companies c ON c.rn = q.company_rn
JOIN seed_topics tp ON tp.rn = q.topic_rn
JOIN seed_templates te
  ON te.kind = CASE WHEN q.culture THEN 'culture' ELSE 'tech' END
 AND te.k = 1 + q.template_draw % CASE WHEN q.culture THEN :culture_template_count ELSE :tech_template_count END
ORDER BY q.n;

-- Keep the identity sequence ahead of the explicit ids (see stores.batch.sql).
SELECT setval(pg_get_serial_sequence('public.questions', 'id'),
              greatest(max(id), coalesce(pg_sequence_last_value(pg_get_serial_sequence('public.questions', 'id')::regclass), 1)))
FROM public.questions
HAVING has_sequence_privilege(pg_get_serial_sequence('public.questions', 'id'), 'UPDATE');
