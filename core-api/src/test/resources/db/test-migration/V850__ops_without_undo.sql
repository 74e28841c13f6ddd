-- Test-only migration without an undo script: undo must refuse it.
CREATE TABLE ops_no_undo (id int PRIMARY KEY);
