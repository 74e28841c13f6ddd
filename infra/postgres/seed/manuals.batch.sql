-- Manuals :lo..:hi of this run (id :manual_base + :lo ..): '[<store>] <topic>', a body of the topic's opening and
-- three to six further sentences. Embeddings stay NULL for ai-worker.
INSERT INTO public.manuals (id, store_id, title, body, created_at, updated_at)
SELECT m.n, st.store_id,
       '[' || st.name || '] ' || tp.topic,
       tp.opening || ' ' || (
           SELECT string_agg(s.sentence, ' ' ORDER BY k)
           FROM generate_series(1, m.sentences) AS k
           JOIN seed_manual_sentences s
             ON s.rn = 1 + (m.first_sentence + k * m.step) % :manual_sentence_count),
       m.created, m.created
FROM (
    SELECT g.n,
           1 + pg_temp.h(:seed, 601, g.n) % :manual_store_count AS store_rn,
           1 + pg_temp.h(:seed, 602, g.n) % :manual_topic_count AS topic_rn,
           3 + pg_temp.h(:seed, 603, g.n)::int % 4 AS sentences,
           pg_temp.h(:seed, 604, g.n) AS first_sentence,
           -- a step coprime with the 18 sentences, so a body never repeats one
           (ARRAY[1, 5, 7, 11, 13])[1 + pg_temp.h(:seed, 605, g.n) % 5] AS step,
           :'as_of'::timestamp - make_interval(days => 1 + pg_temp.h(:seed, 606, g.n)::int % 365)
               + make_interval(secs => pg_temp.h(:seed, 607, g.n) % 86400) AS created
    FROM (SELECT :manual_base + s AS n FROM generate_series(:lo, :hi) AS s) AS g
) m
JOIN seed_manual_stores st ON st.rn = m.store_rn
JOIN seed_manual_topics tp ON tp.rn = m.topic_rn
ORDER BY m.n;

-- Keep the identity sequence ahead of the explicit ids (see stores.batch.sql).
SELECT setval(pg_get_serial_sequence('public.manuals', 'id'),
              greatest(max(id), coalesce(pg_sequence_last_value(pg_get_serial_sequence('public.manuals', 'id')::regclass), 1)))
FROM public.manuals
HAVING has_sequence_privilege(pg_get_serial_sequence('public.manuals', 'id'), 'UPDATE');
