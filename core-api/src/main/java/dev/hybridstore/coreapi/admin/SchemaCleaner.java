package dev.hybridstore.coreapi.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Seed 004 §7.2's "drop the schema, create it again", made safe for a database whose extensions a superuser installed:
 * other schemas are dropped with CASCADE; in {@code public} every object we own is dropped except the extensions' own,
 * which we could not create again. One statement, so it runs inside the caller's transaction (restore, reset).
 */
public final class SchemaCleaner {

    private SchemaCleaner() {
    }

    /** The statement for the given schemas; names must already be validated identifiers (they are written as literals). */
    public static String sql(List<String> schemas) {
        String literal = schemas.stream().map(s -> "'" + Databases.requireIdentifier("schema", s) + "'")
                .collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
        return """
                DO $clean$
                DECLARE
                  target text[] := %s;
                  s text;
                  stmt text;
                BEGIN
                  FOREACH s IN ARRAY target LOOP
                    CONTINUE WHEN s = 'public' OR to_regnamespace(s) IS NULL;
                    IF EXISTS (SELECT 1 FROM pg_extension WHERE extnamespace = to_regnamespace(s)) THEN
                      RAISE EXCEPTION 'schema %% holds an extension and cannot be replaced', s;
                    END IF;
                    EXECUTE format('DROP SCHEMA %%I CASCADE', s);
                  END LOOP;
                  IF 'public' = ANY (target) THEN
                    FOREACH stmt IN ARRAY coalesce((SELECT array_agg(q.stmt ORDER BY q.ord) FROM (
                        SELECT 1 AS ord, format('DROP %%s IF EXISTS public.%%I CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW'
                                 WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                                 ELSE 'TABLE' END, c.relname) AS stmt
                          FROM pg_class c
                         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                           AND NOT c.relispartition AND pg_has_role(c.relowner, 'USAGE')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                              AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
                        UNION ALL
                        SELECT 2, format('DROP %%s IF EXISTS %%s CASCADE', CASE p.prokind WHEN 'a' THEN 'AGGREGATE'
                                 WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.oid::regprocedure)
                          FROM pg_proc p
                         WHERE p.pronamespace = 'public'::regnamespace AND pg_has_role(p.proowner, 'USAGE')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                              AND d.deptype = 'e')
                        UNION ALL
                        SELECT 3, format('DROP %%s IF EXISTS public.%%I CASCADE', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
                                 t.typname)
                          FROM pg_type t
                         WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'c')
                           AND pg_has_role(t.typowner, 'USAGE')
                           AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                                              AND d.deptype = 'e')
                      ) q), '{}') LOOP
                      EXECUTE stmt;
                    END LOOP;
                  END IF;
                END
                $clean$
                """.formatted(literal);
    }
}
