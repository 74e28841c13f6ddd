-- Test-only migration (profile AdminProfiles.WithTestMigrations): applies after the real ones and has an undo script.
CREATE TABLE ops_probe (id int PRIMARY KEY, note text);
