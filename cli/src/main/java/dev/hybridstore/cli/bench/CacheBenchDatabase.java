package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the cache benchmark reads in PostgreSQL directly: row counts, statements run (pg_stat_statements), the cycle's SQL alone. */
@ApplicationScoped
public class CacheBenchDatabase {

    /** The cache-worker's own statements: its pick, its stamp and its count of never-cached rows. */
    private static final String WORKER = "(query LIKE '%FOR UPDATE SKIP LOCKED%' OR query LIKE '%SET last_cached_at = now()%' "
            + "OR query LIKE '%WHERE last_cached_at IS NULL')";
    /** The users pick and stamp of one cycle, 500 never-cached and 500 longest-cached rows. */
    private static final String PICK_AND_STAMP = """
            EXPLAIN (ANALYZE)
            WITH fresh AS (SELECT * FROM users WHERE last_cached_at IS NULL ORDER BY last_cached_at LIMIT 500 FOR UPDATE SKIP LOCKED),
                 aged AS (SELECT * FROM users WHERE last_cached_at IS NOT NULL ORDER BY last_cached_at LIMIT 500 FOR UPDATE SKIP LOCKED)
            UPDATE users u SET last_cached_at = now()
            FROM (SELECT user_id FROM fresh UNION ALL SELECT user_id FROM aged) p WHERE u.user_id = p.user_id""";
    private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

    @Inject
    BenchDatabase db;

    /** pgbench on the same database, its scripts and logs in {@code work}. */
    Pgbench pgbench(Path work) {
        return new Pgbench(db.libpqEnvironment(db.name()), work);
    }

    boolean hasStatStatements() {
        return number("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'") > 0;
    }

    long rows(String table) {
        return number("SELECT count(*) FROM " + table);
    }

    /** Statements on users and products recorded so far, the cache-worker's ({@code worker}) or everyone else's (core-api's lookups). */
    long statements(boolean worker) {
        return number("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND query ~* '\\m(users|products)\\M' AND query NOT ILIKE '%pg_stat_statements%' AND " + (worker ? WORKER : "NOT " + WORKER));
    }

    /** PostgreSQL's share of a cycle for one table: the pick and stamp of 1,000 users, executed and rolled back (ms). */
    double pickAndStampMs() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            double ms = 0;
            try (ResultSet plan = s.executeQuery(PICK_AND_STAMP)) {
                while (plan.next()) {
                    Matcher m = EXECUTION_TIME.matcher(plan.getString(1));
                    if (m.find()) {
                        ms += Double.parseDouble(m.group(1));
                    }
                }
            } finally {
                c.rollback();
            }
            return ms;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private long number(String sql) {
        return db.number(sql);
    }

    private Connection connect() {
        return db.connect();
    }

    private CommandFailure failure(SQLException e) {
        return new CommandFailure("PostgreSQL database " + db.name() + ": " + e.getMessage());
    }
}
