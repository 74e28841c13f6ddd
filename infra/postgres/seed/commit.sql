-- Ends the run: fresh planner statistics for the tables this run filled, then COMMIT (all of it, or nothing).
SELECT :stores > 0 AS analyze_stores, :users > 0 AS analyze_users, :products > 0 AS analyze_products,
       :orders > 0 AS analyze_orders, :questions + :interviews > 0 AS analyze_questions,
       :interviews > 0 AS analyze_interviews, :manuals > 0 AS analyze_manuals, :catalog > 0 AS analyze_catalog \gset
\if :analyze_stores
ANALYZE public.stores;
\endif
\if :analyze_users
ANALYZE public.users;
\endif
\if :analyze_products
ANALYZE public.products;
\endif
\if :analyze_orders
ANALYZE public.orders;
\endif
\if :analyze_questions
ANALYZE public.companies, public.questions;
\endif
\if :analyze_interviews
ANALYZE public.interviews;
\endif
\if :analyze_manuals
ANALYZE public.manuals;
\endif
\if :analyze_catalog
ANALYZE pokervod.projects, pokervod.seasons, pokervod.events, pokervod.episodes, pokervod.video_files,
        pokervod.hand_clips, pokervod.tags, pokervod.players, pokervod.google_sheet_sync, pokervod.nas_folders,
        pokervod.nas_files, pokervod.hand_clip_tags, pokervod.hand_clip_players;
\endif
COMMIT;
