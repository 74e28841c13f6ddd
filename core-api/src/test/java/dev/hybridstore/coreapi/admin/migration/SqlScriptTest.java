package dev.hybridstore.coreapi.admin.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtTopLevelSemicolonsAndKeepsTheStartLine() {
        List<SqlScript.Statement> statements = SqlScript.split("""
                -- a comment; with a semicolon
                DROP INDEX a;

                /* block; comment */ DROP TABLE b;
                DROP
                  TABLE c""");
        assertThat(statements).containsExactly(new SqlScript.Statement(2, "DROP INDEX a"), new SqlScript.Statement(4, "DROP TABLE b"),
                new SqlScript.Statement(5, "DROP\n  TABLE c"));
    }

    @Test
    void semicolonsInsideQuotesAndDollarQuotesDoNotSplit() {
        List<SqlScript.Statement> statements = SqlScript.split("""
                INSERT INTO t VALUES ('a;b', 'it''s; fine', E'x\\';y');
                CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;
                SELECT "odd;name" FROM t;
                DO $$ BEGIN PERFORM 1; END $$""");
        assertThat(statements).extracting(SqlScript.Statement::sql).containsExactly(
                "INSERT INTO t VALUES ('a;b', 'it''s; fine', E'x\\';y')",
                "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$",
                "SELECT \"odd;name\" FROM t",
                "DO $$ BEGIN PERFORM 1; END $$");
        assertThat(statements).extracting(SqlScript.Statement::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void nestedBlockCommentsAndEmptyStatementsAreSkipped() {
        assertThat(SqlScript.split("/* outer /* inner; */ still comment; */ ;; SELECT 1;\n-- trailing"))
                .containsExactly(new SqlScript.Statement(1, "SELECT 1"));
    }
}
