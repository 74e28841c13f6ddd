-- Questions: ids continue after the largest existing id (explicit, then the identity sequence is moved past them).
\ir companies.sql
SELECT coalesce(max(id), 0) AS question_base FROM public.questions \gset

-- Technical topics by category; a question puts one into a template.
DROP TABLE IF EXISTS pg_temp.seed_topics;
CREATE TEMP TABLE seed_topics ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY ord) AS rn, category, topic
FROM (VALUES
    (1, 'backend', 'JVM 가비지 컬렉션'), (2, 'backend', 'Kafka 컨슈머 그룹 리밸런싱'), (3, 'backend', 'Redis 캐시 만료 정책'),
    (4, 'backend', 'PostgreSQL MVCC'), (5, 'backend', '트랜잭션 격리 수준'), (6, 'backend', '분산 락'),
    (7, 'backend', 'CQRS 패턴'), (8, 'backend', 'REST API 멱등성'), (9, 'backend', 'connection pool 튜닝'),
    (10, 'backend', 'JPA N+1 문제'), (11, 'backend', 'Outbox 패턴'),
    (12, 'frontend', 'React 렌더링 최적화'), (13, 'frontend', '브라우저 렌더링 파이프라인'), (14, 'frontend', 'CORS'),
    (15, 'frontend', '웹 접근성'), (16, 'frontend', 'SSR과 CSR'),
    (17, 'data', '데이터 파이프라인 재처리'), (18, 'data', 'Spark 셔플'), (19, 'data', 'A/B 테스트 설계'),
    (20, 'data', '추천 시스템 cold start'), (21, 'data', 'pgvector 유사도 검색'),
    (22, 'devops', 'Kubernetes 롤링 배포'), (23, 'devops', '무중단 배포'), (24, 'devops', '모니터링 지표 설계'),
    (25, 'devops', '장애 대응 on-call'), (26, 'devops', 'CI/CD 파이프라인'),
    (27, 'cs', '해시 테이블 충돌 해결'), (28, 'cs', 'TCP 3-way handshake'), (29, 'cs', '프로세스와 스레드'),
    (30, 'cs', '데드락'), (31, 'cs', 'B-Tree 인덱스'),
    (32, 'system_design', '선착순 쿠폰 발급 시스템'), (33, 'system_design', '실시간 채팅 서비스'),
    (34, 'system_design', 'URL 단축 서비스'), (35, 'system_design', '결제 중복 방지'),
    (36, 'system_design', '대규모 알림 발송 시스템')
) AS t(ord, category, topic);
SELECT count(*) AS topic_count FROM seed_topics \gset

-- Templates: 'tech' ones take a topic, 'culture' ones the company's name (format() ignores what it does not use).
DROP TABLE IF EXISTS pg_temp.seed_templates;
CREATE TEMP TABLE seed_templates ON COMMIT DROP AS
SELECT kind, row_number() OVER (PARTITION BY kind ORDER BY ord) AS k, template
FROM (VALUES
    (1, 'tech', '%s에 대해 설명해 주세요.'),
    (2, 'tech', '%s의 동작 원리와 실제 서비스에서 주의할 점을 설명해 주세요.'),
    (3, 'tech', '%s 관련 장애를 겪은 경험이 있다면 원인 분석과 해결 과정을 말씀해 주세요.'),
    (4, 'tech', '대용량 트래픽 환경이라면 %s 관련 설계를 어떻게 하시겠습니까?'),
    (5, 'tech', '%s 도입의 장단점(trade-off)을 비교하고, 우리 서비스라면 어떻게 적용할지 말씀해 주세요.'),
    (6, 'tech', 'Explain %s and when you would use it in production.'),
    (7, 'tech', 'How would you debug a performance problem around %s? 경험 위주로 답변해 주세요.'),
    (8, 'tech', '%s 개념을 주니어 개발자에게 설명한다면 어떻게 설명하시겠어요?'),
    (9, 'culture', '%s에 지원한 이유는 무엇인가요?'),
    (10, 'culture', '%s의 서비스 중 가장 개선하고 싶은 점과 그 방법을 말씀해 주세요.'),
    (11, 'culture', '팀원과 의견이 충돌했을 때 어떻게 해결했는지 사례를 들어 주세요.'),
    (12, 'culture', '가장 도전적이었던 프로젝트와 그 안에서 본인의 역할은 무엇이었나요?'),
    (13, 'culture', '실패한 경험과 그로부터 배운 점을 말씀해 주세요.'),
    (14, 'culture', 'Tell me about a time you disagreed with your manager. 결과는 어땠나요?'),
    (15, 'culture', '입사 후 3년 뒤 %s에서의 모습을 어떻게 그리고 계신가요?')
) AS t(ord, kind, template);
SELECT count(*) FILTER (WHERE kind = 'tech') AS tech_template_count,
       count(*) FILTER (WHERE kind = 'culture') AS culture_template_count
FROM seed_templates \gset
