-- One live season per project and year. The API refused a taken year before this, with a check that two concurrent
-- writes could both pass and that updates skipped; the index makes it hold for every writer. Deleted seasons
-- (deleted_at set) do not count, so a year can be recreated after a delete.
DO $$
DECLARE
    clash record;
BEGIN
    SELECT project_id, year, count(*) AS n INTO clash
      FROM pokervod.seasons WHERE deleted_at IS NULL GROUP BY project_id, year HAVING count(*) > 1 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'V5: project % has % live seasons for %; soft-delete all but one (UPDATE pokervod.seasons SET deleted_at = now() WHERE id = ...), then migrate again',
            clash.project_id, clash.n, clash.year;
    END IF;
END $$;

CREATE UNIQUE INDEX ux_seasons_project_year ON pokervod.seasons (project_id, year) WHERE deleted_at IS NULL;
