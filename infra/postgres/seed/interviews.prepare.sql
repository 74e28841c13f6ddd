-- Interviews: ids continue after the largest existing id. Each answers one of all the questions now present (or
-- none, when there are no questions) for that question's company.
\ir companies.sql
SELECT coalesce(max(id), 0) AS interview_base FROM public.interviews \gset

DROP TABLE IF EXISTS pg_temp.seed_questions;
CREATE TEMP TABLE seed_questions ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) AS rn, id, company_id FROM public.questions;
SELECT count(*) AS question_count FROM seed_questions \gset
ANALYZE seed_questions;

DROP TABLE IF EXISTS pg_temp.seed_answer_sentences;
CREATE TEMP TABLE seed_answer_sentences ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY ord) AS rn, sentence
FROM (VALUES
    (1, '이전 프로젝트에서 비슷한 문제를 겪었고, 먼저 지표를 확인해 병목 지점을 좁혔습니다.'),
    (2, '가설을 세우고 부하 테스트로 검증한 뒤 단계적으로 배포했습니다.'),
    (3, '팀과 회고를 하면서 재발 방지를 위한 모니터링 알림을 추가했습니다.'),
    (4, '처음에는 캐시로 해결하려 했지만, 정합성 문제 때문에 구조를 다시 설계했습니다.'),
    (5, '트레이드오프를 문서로 정리해서 의사결정 과정을 공유했습니다.'),
    (6, 'In short, I would measure first and optimize only the hot path.'),
    (7, '결과적으로 응답 시간이 절반 정도로 줄었고 장애 건수도 감소했습니다.'),
    (8, '사용자 입장에서 어떤 경험이 좋은지를 기준으로 우선순위를 정했습니다.'),
    (9, '코드 리뷰에서 받은 피드백을 반영해 테스트 커버리지를 높였습니다.'),
    (10, '데이터가 커질 것을 고려해 파티셔닝과 인덱스 전략을 함께 검토했습니다.'),
    (11, 'I learned that clear ownership matters as much as the technical fix.'),
    (12, '갈등이 있을 때는 사실과 의견을 분리해서 이야기하려고 노력합니다.')
) AS s(ord, sentence);
SELECT count(*) AS answer_sentence_count FROM seed_answer_sentences \gset
