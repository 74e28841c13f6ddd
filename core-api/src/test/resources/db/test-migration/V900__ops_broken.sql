-- Test-only broken migration: the first statement works, the second fails, so the script must leave nothing behind.
CREATE TABLE ops_broken_first (id int);
INSERT INTO ops_table_that_does_not_exist VALUES (1);
