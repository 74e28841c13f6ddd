-- U2: reverses V2__knowledge.sql. Run by our own migration code, never by Flyway.
DROP INDEX public.ix_manuals_embedding_pending;
DROP INDEX public.ix_manuals_title_body_trgm;
DROP INDEX public.ix_manuals_embedding;
DROP INDEX public.ix_manuals_store_id;
DROP INDEX public.ix_interviews_question_id;
DROP INDEX public.ix_interviews_company_id_created_at;
DROP INDEX public.ix_questions_embedding_pending;
DROP INDEX public.ix_questions_content_trgm;
DROP INDEX public.ix_questions_embedding;
DROP INDEX public.ix_questions_company_id;
DROP TABLE public.manuals;
DROP TABLE public.interviews;
DROP TABLE public.questions;
DROP TABLE public.companies;
