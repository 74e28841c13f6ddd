package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Table;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hybridstore bench search}: vector search latency through core-api beside the same SQL run directly by pgbench
 * (HNSW at three ef_search values and an exact scan, the ground truth), and HNSW recall@10.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Vector search: latency through core-api beside the API's SQL run directly by pgbench (HNSW at ef_search 40, 100, "
                + "200 and an exact scan), and HNSW recall@10.",
                "The rows go into questions under company BENCH_SEARCH (category 'bench'), already embedded for ai-worker's model, "
                + "and are deleted at the end unless --keep (a kept load is reused by the next run)."})
public class SearchBench implements Callable<Integer> {

    private static final int[] EF_SEARCH = {40, 100, 200};
    private static final List<String> WORDS = List.of("재고", "정산", "마감", "장애", "대응", "배포", "캐시", "주문", "결제", "인덱스", "트랜잭션", "매장", "교육",
            "위생", "고객", "환불", "latency", "cache", "order", "refund");

    @Option(names = "--scale", description = "small: 5,000 rows, 50 queries, 200 requests (default: 100,000 / 100 / 1,000)")
    String scale;

    @Option(names = "--rows", description = "rows to search (default 100000)")
    Integer rows;

    @Option(names = "--queries", description = "query vectors recall is measured over (default 100)")
    Integer queries;

    @Option(names = "--requests", description = "requests per path (default 1000)")
    Integer requests;

    @Option(names = "--keep", description = "keep the rows for the next run")
    boolean keep;

    @Inject
    Api api;
    @Inject
    CliConfig config;
    @Inject
    BenchDatabase db;

    @Override
    public Integer call() throws Exception {
        if (scale != null && !scale.equals("small")) {
            throw new CommandFailure("--scale takes 'small'");
        }
        boolean small = "small".equals(scale);
        int rowCount = rows != null ? rows : small ? 5_000 : 100_000;
        int queryCount = queries != null ? queries : small ? 50 : 100;
        int requestCount = requests != null ? requests : small ? 200 : 1_000;
        api.requireCoreApiReady();
        if (!api.get("/api/questions/search?mode=vector&k=1&q=probe").text("mode").equals("vector")) {
            throw new CommandFailure("core-api at " + config.apiUrl() + " does not answer vector searches (no embedding provider?): nothing to measure");
        }
        SearchRows data = new SearchRows(db);
        try (WorkDir work = WorkDir.create("bench-search")) {
            Pgbench pgbench = new Pgbench(db.libpqEnvironment(db.name()), work.path());
            data.load(rowCount, queryCount, model());
            System.out.printf("==> measuring (%d requests per path; %d queries for recall)%n", requestCount, queryCount);
            List<Double> recall = data.recall(queryCount, EF_SEARCH);
            Map<Integer, Percentiles> sql = new LinkedHashMap<>();
            for (int i = 0; i < EF_SEARCH.length; i++) {
                int ef = EF_SEARCH[i];
                sql.put(ef, pgbench.latencies("SQL, ef_search " + ef, script("SET LOCAL hnsw.ef_search = " + ef + ";", queryCount), requestCount));
                System.out.printf("    ok SQL, ef_search %d: p50 %s ms, p95 %s ms, recall@10 %s%n", ef, ms(sql.get(ef).p50()), ms(sql.get(ef).p95()),
                        recall(recall.get(i)));
            }
            Percentiles exact = pgbench.latencies("SQL, exact scan", script("SET LOCAL enable_indexscan = off;", queryCount),
                    Math.min(requestCount, 200));
            System.out.printf("    ok SQL, exact scan: p50 %s ms, p95 %s ms%n", ms(exact.p50()), ms(exact.p95()));
            Percentiles viaApi = apiLatencies(requestCount);
            System.out.printf("    ok API: p50 %s ms, p95 %s ms%n", ms(viaApi.p50()), ms(viaApi.p95()));

            Table table = new Table("vector top-10 over " + rowCount + " rows (384-d)", "ef_search", "p50 ms", "p95 ms", "recall@10");
            table.row("SQL, exact scan (no index): the ground truth", "-", ms(exact.p50()), ms(exact.p95()), recall(1));
            for (int i = 0; i < EF_SEARCH.length; i++) {
                Percentiles p = sql.get(EF_SEARCH[i]);
                table.row("SQL, HNSW (the API's statement, prepared)", EF_SEARCH[i], ms(p.p50()), ms(p.p95()), recall(recall.get(i)));
            }
            table.row("API /api/questions/search?mode=vector&k=10", "config", ms(viaApi.p50()), ms(viaApi.p95()), "-");
            System.out.println();
            System.out.print(table.render());
            System.out.println("    The API row includes HTTP, embedding the query text and JSON; its ef_search is core-api's");
            System.out.println("    SEARCH_EF_SEARCH (default 200), so compare it with the SQL row at that ef_search. Target: p95 <= 20 ms, recall >= 0.95.");
            System.out.printf("    API p95 vs SQL at ef_search 200: %s (the SQL is the limit: HTTP, embedding and JSON are the rest)%n",
                    Ratio.times(viaApi.p95(), sql.get(200).p95()));
            if (keep) {
                System.out.println("    ok kept the " + rowCount + " rows (company " + SearchRows.COMPANY + ") for the next run; without --keep they are deleted");
            }
            return 0;
        } finally {
            if (!keep) {
                data.clean();
            }
        }
    }

    /**
     * The API's vector statement for pgbench, each transaction with another query vector bound as text and cast, as
     * core-api binds it. Each transaction also reads its vector by primary key (about 0.1 ms): the planner only uses the
     * HNSW index for a vector known when the statement runs, not for one coming from a subquery.
     */
    static String script(String setting, int queries) {
        return """
                \\set qid random(1, %d)
                SELECT embedding::text AS v FROM bench_search_queries WHERE id = :qid \\gset
                BEGIN;
                %s
                SELECT id, company_id, category, content, embedding IS NOT NULL AS embedded, created_at, embedding <=> :v::vector AS distance
                  FROM questions WHERE embedding IS NOT NULL ORDER BY embedding <=> :v::vector LIMIT 10;
                COMMIT;
                """.formatted(queries, setting);
    }

    /**
     * Milliseconds per GET /api/questions/search?mode=vector&k=10 over one reused connection, each request with another
     * query text; a quarter more requests first, not counted: the JIT compiles the path (and the model's) during them.
     */
    private Percentiles apiLatencies(int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        int warmUp = count / 4 + 20;
        double[] ms = new double[count];
        for (int i = 0; i < count + warmUp; i++) {
            String q = WORDS.get(i % WORDS.size()) + " " + WORDS.get((i * 7 + 3) % WORDS.size()) + " " + i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.apiUrl() + "/api/questions/search?mode=vector&k=10&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new CommandFailure("core-api answered " + response.statusCode() + " to a search; see its log");
            }
            if (i >= warmUp) {
                ms[i - warmUp] = elapsed;
            }
        }
        return Percentiles.of(ms);
    }

    /** ai-worker's model: rows hashed for it are left alone by the worker. */
    private String model() throws InterruptedException {
        try {
            String model = api.get(URI.create(config.aiWorkerUrl() + "/embeddings/status")).text("model");
            return model.isEmpty() ? "local:all-minilm-l6-v2-q" : model;
        } catch (IOException e) {
            return "local:all-minilm-l6-v2-q";
        }
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String recall(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
