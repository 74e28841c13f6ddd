-- Users: 'U0000001' style ids continue after the largest numeric suffix already there.
SELECT coalesce(max(substr(user_id, 2)::bigint), 0) AS user_base
FROM public.users
WHERE user_id ~ '^U[0-9]{1,18}$' \gset
