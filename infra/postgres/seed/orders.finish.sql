-- After the last batch of orders: leave bulk mode (see orders.prepare.sql).
\ir bulk.finish.sql
