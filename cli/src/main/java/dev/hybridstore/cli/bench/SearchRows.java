package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The search benchmark's data in the suite's database: rows in questions (the table the API searches) under company
 * BENCH_SEARCH with category 'bench', and query vectors in the table bench_search_queries; recall measured on them.
 */
final class SearchRows {

    static final String COMPANY = "BENCH_SEARCH";
    private static final String QUERIES = "bench_search_queries";

    private final BenchDatabase db;

    SearchRows(BenchDatabase db) {
        this.db = db;
    }

    /** Loads {@code rows} rows unless a previous --keep run left the same number; (re)creates the query vectors. */
    void load(int rows, int queries, String model) throws Exception {
        long have = db.number("SELECT count(*) FROM questions WHERE company_id = '" + COMPANY + "'");
        db.execute("INSERT INTO companies (id, name) VALUES ('" + COMPANY + "', 'search benchmark rows') ON CONFLICT DO NOTHING");
        if (have == rows) {
            System.out.println("    ok reusing the " + rows + " benchmark rows already loaded");
        } else {
            loadRows(rows, model);
        }
        db.execute("DROP TABLE IF EXISTS " + QUERIES, "CREATE UNLOGGED TABLE " + QUERIES + " (id integer PRIMARY KEY, embedding vector(384) NOT NULL)");
        try (Connection c = db.connect()) {
            copy(c, "COPY " + QUERIES + " FROM STDIN", out -> new VectorGen(7).queries(Math.max(queries, 1000), out));
        }
        db.execute("ANALYZE " + QUERIES);
    }

    private void loadRows(int rows, String model) throws Exception {
        System.out.println("==> loading " + rows + " rows into questions (company " + COMPANY + ")");
        db.execute("DELETE FROM questions WHERE company_id = '" + COMPANY + "'");
        String[] index = hnswIndex();
        // A bulk load into an HNSW index inserts row by row; building the index afterwards is several times faster.
        // The index is recreated from its own definition, also if the load fails.
        db.execute("DROP INDEX " + index[0]);
        long start = System.nanoTime();
        String embeddedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try (Connection c = db.connect()) {
            copy(c, "COPY questions (company_id, category, content, embedding, embedding_hash, embedded_at) FROM STDIN",
                    out -> new VectorGen(42).questions(rows, COMPANY, model, embeddedAt, out));
        } catch (Exception e) {
            db.execute(index[1]);
            throw new CommandFailure("loading the rows failed: " + e.getMessage());
        }
        System.out.printf("    ok copied in %d s; building the HNSW index again%n", (System.nanoTime() - start) / 1_000_000_000);
        start = System.nanoTime();
        Thread progress = new Thread(this::indexProgress, "index-progress");
        progress.setDaemon(true);
        progress.start();
        try {
            db.execute("SET maintenance_work_mem = '1GB'", index[1], "ANALYZE questions");
        } finally {
            progress.interrupt();
        }
        System.out.printf("    ok index built in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    /** A line per second while CREATE INDEX runs: pgvector reports the tuples it has inserted into the graph. */
    private void indexProgress() {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(1000);
                try (ResultSet r = s.executeQuery("SELECT phase || ': ' || tuples_done || ' tuples' FROM pg_stat_progress_create_index "
                        + "WHERE relid = 'questions'::regclass")) {
                    if (r.next()) {
                        System.err.println("    " + r.getString(1));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | CommandFailure e) {
            // progress is a courtesy: the build itself reports its own failure
        }
    }

    /**
     * recall@10 of the HNSW scan at each ef_search: the share of the exact top 10 (sequential scan) it returns, over the
     * first {@code queries} query vectors.
     */
    List<Double> recall(int queries, int... efSearch) throws SQLException {
        String top10 = "CROSS JOIN LATERAL (SELECT id FROM questions WHERE embedding IS NOT NULL ORDER BY embedding <=> q.embedding LIMIT 10) t";
        String sample = "(SELECT * FROM " + QUERIES + " WHERE id <= " + queries + ") q";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE truth (qid integer, id integer)");
            s.execute("CREATE TEMP TABLE approx (ef integer, qid integer, id integer)");
            c.setAutoCommit(false);
            s.execute("SET LOCAL enable_indexscan = off");
            s.execute("INSERT INTO truth SELECT q.id, t.id FROM " + sample + " " + top10);
            c.commit();
            List<Double> recall = new ArrayList<>();
            for (int ef : efSearch) {
                s.execute("SET LOCAL hnsw.ef_search = " + ef);
                s.execute("INSERT INTO approx SELECT " + ef + ", q.id, t.id FROM " + sample + " " + top10);
                c.commit();
                try (ResultSet r = s.executeQuery("SELECT count(t.id)::float8 / (SELECT count(*) FROM truth) FROM approx a "
                        + "JOIN truth t ON t.qid = a.qid AND t.id = a.id WHERE a.ef = " + ef)) {
                    r.next();
                    recall.add(r.getDouble(1));
                }
            }
            c.rollback();
            return recall;
        }
    }

    /** Deletes the rows and the query vectors, and rebuilds the index over the rows that remain. */
    void clean() {
        System.out.println("==> deleting the benchmark rows");
        String index = hnswIndex()[0];
        db.execute("DELETE FROM questions WHERE company_id = '" + COMPANY + "'", "DELETE FROM companies WHERE id = '" + COMPANY + "'",
                "DROP TABLE IF EXISTS " + QUERIES);
        // The graph still links the deleted rows; rebuilding it over the rows that remain is quicker than vacuuming them out.
        db.execute("REINDEX INDEX " + index, "VACUUM ANALYZE questions");
        System.out.println("    ok benchmark rows deleted");
    }

    /** The HNSW index of questions: its name and its definition. */
    private String[] hnswIndex() {
        List<String> found = db.column("SELECT indexname || '|' || indexdef FROM pg_indexes WHERE tablename = 'questions' "
                + "AND indexdef ILIKE '%USING hnsw%' LIMIT 1");
        if (found.isEmpty()) {
            throw new CommandFailure("questions has no HNSW index: is the schema migrated?");
        }
        return found.get(0).split("\\|", 2);
    }

    private interface CopyText {
        void write(Writer out) throws IOException;
    }

    private static void copy(Connection c, String sql, CopyText text) throws SQLException, IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(c.unwrap(PGConnection.class), sql),
                StandardCharsets.UTF_8), 1 << 20)) {
            text.write(out);
        }
    }
}
