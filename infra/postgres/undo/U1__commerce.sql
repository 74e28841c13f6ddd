-- U1: reverses V1__commerce.sql. Run by our own migration code, never by Flyway.
-- The extensions stay: the application role could not create vector again.
DROP INDEX public.ix_products_category;
DROP INDEX public.ix_products_store_id;
DROP INDEX public.ix_products_last_cached_at;
DROP INDEX public.ix_users_last_cached_at;
DROP INDEX public.ix_orders_created_at;
DROP INDEX public.ix_orders_store_id_created_at;
DROP INDEX public.ix_orders_user_id_created_at;
DROP TABLE public.orders;
DROP TABLE public.products;
DROP TABLE public.users;
DROP TABLE public.stores;
