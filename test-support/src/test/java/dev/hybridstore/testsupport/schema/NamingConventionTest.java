package dev.hybridstore.testsupport.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The live schemas public and pokervod follow the naming conventions of seeds 001 and 004 (README "Naming
 * conventions"); each test lists every offender.
 */
class NamingConventionTest {

    private static final String SCHEMAS = "('public', 'pokervod')";
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** Tables left out of the table-name rule, with the reason. */
    private static final Map<String, String> TABLE_EXCEPTIONS = Map.of(
            "public.flyway_schema_history", "Flyway's own history table",
            "pokervod.google_sheet_sync", "seed 004 names the table so");

    /** Tables whose constraints and indexes are named by someone else. */
    private static final Map<String, String> FOREIGN_NAMED = Map.of(
            "public.flyway_schema_history", "Flyway names its key and index");

    @Test
    void tablesAreSnakeCaseAndPlural() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (List<String> t : rows("""
                SELECT n.nspname || '.' || c.relname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname IN %s AND c.relkind IN ('r', 'p') ORDER BY 1""".formatted(SCHEMAS))) {
            String name = t.get(1);
            if (!TABLE_EXCEPTIONS.containsKey(t.get(0)) && !(SNAKE_CASE.matcher(name).matches() && name.endsWith("s"))) {
                offenders.add(t.get(0) + ": not plural snake_case");
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void constraintsCarryTheirKindsPrefixAndTheirTable() throws Exception {
        List<String> offenders = new ArrayList<>();
        // NOT NULL constraints (contype 'n', PostgreSQL 18) are named by PostgreSQL and never referred to by name.
        for (List<String> c : rows("""
                SELECT n.nspname || '.' || t.relname, t.relname, con.conname, con.contype::text,
                       CASE WHEN array_length(con.conkey, 1) = 1 THEN (SELECT a.attname FROM pg_attribute a
                             WHERE a.attrelid = con.conrelid AND a.attnum = con.conkey[1]) END,
                       r.relname
                  FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                  LEFT JOIN pg_class r ON r.oid = con.confrelid
                 WHERE n.nspname IN %s AND con.contype <> 'n' ORDER BY 1, 3""".formatted(SCHEMAS))) {
            if (FOREIGN_NAMED.containsKey(c.get(0))) {
                continue;
            }
            String table = c.get(1);
            String name = c.get(2);
            String expected = switch (c.get(3)) {
                case "p" -> "pk_" + table;
                case "f" -> c.get(4) == null ? "fk_" + table + "_…" : "fk_" + table + "_" + c.get(4) + "_" + c.get(5);
                case "u" -> "uq_" + table + "_…";
                case "c" -> "ck_" + table + "_…";
                default -> "a kind the convention does not name (" + c.get(3) + ")";
            };
            boolean ok = expected.endsWith("_…") ? name.startsWith(expected.substring(0, expected.length() - 1)) : name.equals(expected);
            if (!ok) {
                offenders.add(c.get(0) + ": " + name + " should be " + expected);
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void otherIndexesStartWithIxAndTheirTable() throws Exception {
        List<String> offenders = new ArrayList<>();
        // Indexes behind a primary key or unique constraint carry the constraint's name, checked above.
        for (List<String> i : rows("""
                SELECT i.schemaname || '.' || i.tablename, i.tablename, i.indexname FROM pg_indexes i
                 WHERE i.schemaname IN %s AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.contype IN ('p', 'u', 'x')
                       AND con.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
                 ORDER BY 1, 3""".formatted(SCHEMAS))) {
            if (!FOREIGN_NAMED.containsKey(i.get(0)) && !i.get(2).startsWith("ix_" + i.get(1) + "_")) {
                offenders.add(i.get(0) + ": index " + i.get(2) + " should start with ix_" + i.get(1) + "_");
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<List<String>> rows(String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = Migrations.connect(RealServices.endpoints().databaseUrl()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
