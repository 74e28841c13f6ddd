-- Undoes V5: seasons keep their rows; only the uniqueness of a live year goes.
DROP INDEX IF EXISTS pokervod.ux_seasons_project_year;
