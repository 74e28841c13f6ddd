# Benchmark of vector search: latency through core-api against the same SQL run directly, and HNSW recall@10.
# shellcheck shell=bash
#
# The rows go into the questions table of the suite's database (the API searches that table), under company
# BENCH_SEARCH with category 'bench', and are deleted at the end unless --keep is given (a kept load is reused by the
# next run). Their embedding_hash is md5(model || ':' || content) for ai-worker's model, so it considers them embedded
# and leaves the vectors alone.
# Query vectors live in the table bench_search_queries, dropped with the rows.
#
# The vectors have real neighbour structure (uniform random vectors give meaningless recall): each is a random point
# of a 48-d latent space projected by one fixed 48x384 matrix, plus noise (0.3 of the signal's spread per dimension).
# That makes HNSW work for its recall (about 0.8 at ef_search 40 on 30k rows), as on real embeddings; a 16-d latent
# space is too easy.

# Usage: ./suite bench search [--scale small] [--rows N] [--queries N] [--requests N] [--keep]

BENCH_SEARCH_COMPANY=BENCH_SEARCH

bench_search() {
  local rows=100000 queries=100 requests=1000 keep=0
  while (($#)); do
    case $1 in
      --scale) [[ $2 == small ]] || die "--scale takes 'small'"; rows=5000; queries=50; requests=200; shift 2 ;;
      --rows) rows=$2; shift 2 ;;
      --queries) queries=$2; shift 2 ;;
      --requests) requests=$2; shift 2 ;;
      --keep) keep=1; shift ;;
      *) die "bench search: unknown option '$1'" ;;
    esac
  done
  stack_ports
  DATABASE_URL=$(stack_env | sed -n 's/^DATABASE_URL=//p')
  local api=${CORE_API_URL:-http://127.0.0.1:8080}
  curl -fsS "$api/q/health/ready" >/dev/null 2>&1 || die "core-api is not ready at $api (./suite up, or set CORE_API_URL)"
  curl -fsS "$api/api/questions/search?mode=vector&k=1&q=probe" | grep -q '"mode":"vector"' \
    || die "core-api at $api does not answer vector searches (no embedding provider?): nothing to measure"
  command -v pgbench >/dev/null || die "pgbench is missing (apt-get install postgresql-contrib)"
  local work; work=$(mktemp -d)
  # On any exit, a failure included: the work files go, and so do the rows unless --keep.
  # shellcheck disable=SC2064
  if ((keep)); then trap "rm -rf '$work'" EXIT; else trap "rm -rf '$work'; bench_search_clean" EXIT; fi

  bench_search_load "$rows" "$queries" "$work"
  say "measuring (${requests} requests per path; ${queries} queries for recall)"
  local -A p50 p95 recall
  local ef
  read -r recall[40] recall[100] recall[200] < <(bench_search_recall "$queries")
  for ef in 40 100 200; do
    read -r p50[$ef] p95[$ef] < <(bench_search_sql_latency "$ef" "$requests" "$queries" "$work")
    ok "SQL, ef_search $ef: p50 ${p50[$ef]} ms, p95 ${p95[$ef]} ms, recall@10 ${recall[$ef]}"
  done
  read -r p50[exact] p95[exact] < <(bench_search_sql_latency exact "$((requests < 200 ? requests : 200))" "$queries" "$work")
  ok "SQL, exact scan: p50 ${p50[exact]} ms, p95 ${p95[exact]} ms"
  read -r p50[api] p95[api] < <(bench_search_api_latency "$api" "$requests" "$work")
  ok "API: p50 ${p50[api]} ms, p95 ${p95[api]} ms"

  echo
  printf '%-48s %9s %9s %9s %10s\n' "vector top-10 over $rows rows (384-d)" ef_search "p50 ms" "p95 ms" recall@10
  printf '%-48s %9s %9s %9s %10s\n' "SQL, exact scan (no index): the ground truth" - "${p50[exact]}" "${p95[exact]}" 1.000
  for ef in 40 100 200; do
    printf '%-48s %9s %9s %9s %10s\n' "SQL, HNSW (the API's statement, prepared)" "$ef" "${p50[$ef]}" "${p95[$ef]}" "${recall[$ef]}"
  done
  printf '%-48s %9s %9s %9s %10s\n' "API /api/questions/search?mode=vector&k=10" "config" "${p50[api]}" "${p95[api]}" -
  echo "    The API row includes HTTP, embedding the query text and JSON; its ef_search is core-api's"
  echo "    SEARCH_EF_SEARCH (default 200), so compare it with the SQL row at that ef_search. Target: p95 <= 20 ms, recall >= 0.95."

  ((keep)) && ok "kept the $rows rows (company $BENCH_SEARCH_COMPANY) for the next run; without --keep they are deleted"
  return 0
}

bench_search_psql() { PGOPTIONS="-c client_min_messages=warning" psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qtA "$@"; }

# Loads the rows unless a previous --keep run left the same number; (re)creates the query vectors.
bench_search_load() {
  local rows=$1 queries=$2 work=$3
  local have; have=$(bench_search_psql -c "SELECT count(*) FROM questions WHERE company_id = '$BENCH_SEARCH_COMPANY'")
  bench_search_psql -c "INSERT INTO companies (id, name) VALUES ('$BENCH_SEARCH_COMPANY', 'search benchmark rows') ON CONFLICT DO NOTHING"
  bench_search_generator "$work"
  if [[ $have != "$rows" ]]; then
    say "loading $rows rows into questions (company $BENCH_SEARCH_COMPANY)"
    bench_search_psql -c "DELETE FROM questions WHERE company_id = '$BENCH_SEARCH_COMPANY'"
    # A bulk load into an HNSW index inserts row by row; building the index afterwards is several times faster.
    # The index is recreated from its own definition, also if the load fails.
    local index definition
    IFS='|' read -r index definition < <(bench_search_psql -c "SELECT indexname, indexdef FROM pg_indexes
      WHERE tablename = 'questions' AND indexdef ILIKE '%USING hnsw%' LIMIT 1")
    [[ -n $index ]] || die "questions has no HNSW index: is the schema migrated?"
    bench_search_psql -c "DROP INDEX $index"
    local start=$SECONDS model
    # ai-worker hashes its model's name with the text: rows hashed for the running model are left alone.
    model=$(curl -fsS "${AI_WORKER_URL:-http://127.0.0.1:$(service_port ai-worker)}/embeddings/status" 2>/dev/null \
      | sed -n 's/.*"model":"\([^"]*\)".*/\1/p') || true
    if ! java "$work/VectorGen.java" rows "$rows" 42 "$(date -u +%FT%T)" "${model:-local:all-minilm-l6-v2-q}" \
      | bench_search_psql -c "\\copy questions (company_id, category, content, embedding, embedding_hash, embedded_at) FROM pstdin"; then
      bench_search_psql -c "$definition"
      die "loading the rows failed"
    fi
    ok "copied in $((SECONDS - start))s; building the HNSW index again"
    start=$SECONDS
    bench_search_progress &
    local progress=$!
    bench_search_psql -c "SET maintenance_work_mem = '1GB'" -c "$definition" -c "ANALYZE questions"
    kill "$progress" 2>/dev/null; wait "$progress" 2>/dev/null || true
    printf '\n'; ok "index built in $((SECONDS - start))s"
  else
    ok "reusing the $rows benchmark rows already loaded"
  fi
  bench_search_psql -c "DROP TABLE IF EXISTS bench_search_queries" \
    -c "CREATE UNLOGGED TABLE bench_search_queries (id integer PRIMARY KEY, embedding vector(384) NOT NULL)"
  java "$work/VectorGen.java" queries "$((queries > 1000 ? queries : 1000))" 7 | bench_search_psql -c "\\copy bench_search_queries FROM pstdin"
  bench_search_psql -c "ANALYZE bench_search_queries"
}

# One line per second while CREATE INDEX runs: pgvector reports the tuples it has inserted into the graph.
bench_search_progress() {
  while sleep 1; do
    printf '\r    %s' "$(bench_search_psql -c "SELECT phase || ': ' || tuples_done || ' tuples'
      FROM pg_stat_progress_create_index WHERE relid = 'questions'::regclass" 2>/dev/null)"
  done
}

# p50 and p95 in ms of the API's vector statement run by pgbench (one client, prepared: the vector is bound as a text
# parameter and cast, as core-api binds it), each transaction with another query vector. Each transaction also reads
# its vector by primary key (about 0.1 ms): the planner only uses the HNSW index for a vector known when the statement
# runs, not for one coming from a subquery. 'exact' turns the index off: the scan recall is measured against.
bench_search_sql_latency() {
  local ef=$1 count=$2 queries=$3 work=$4 settings
  if [[ $ef == exact ]]; then settings="SET LOCAL enable_indexscan = off;"; else settings="SET LOCAL hnsw.ef_search = $ef;"; fi
  cat >"$work/vector-$ef.sql" <<SQL
\\set qid random(1, $queries)
SELECT embedding::text AS v FROM bench_search_queries WHERE id = :qid \\gset
BEGIN;
$settings
SELECT id, company_id, category, content, embedding IS NOT NULL AS embedded, created_at, embedding <=> :v::vector AS distance
  FROM questions WHERE embedding IS NOT NULL ORDER BY embedding <=> :v::vector LIMIT 10;
COMMIT;
SQL
  # A warm-up pass first: the figures are for a warm cache and prepared statements, as in a running service.
  pgbench -n -M prepared -c 1 -t "$((count / 10 + 1))" -f "$work/vector-$ef.sql" "$DATABASE_URL" >/dev/null 2>&1 \
    || die "pgbench failed: $(pgbench -n -M prepared -c 1 -t 1 -f "$work/vector-$ef.sql" "$DATABASE_URL" 2>&1 | tail -3)"
  (cd "$work" && rm -f pgbench_log.* && pgbench -n -M prepared -c 1 -t "$count" -f "vector-$ef.sql" -l "$DATABASE_URL" >/dev/null 2>&1)
  awk '{print $3 / 1000}' "$work"/pgbench_log.* | bench_search_percentiles
}

# recall@10 of the HNSW scan at ef_search 40, 100 and 200: the share of the exact top 10 (sequential scan) it returns,
# over the first N query vectors.
bench_search_recall() {
  local queries=$1
  local top10="CROSS JOIN LATERAL (SELECT id FROM questions WHERE embedding IS NOT NULL ORDER BY embedding <=> q.embedding LIMIT 10) t"
  local sample="(SELECT * FROM bench_search_queries WHERE id <= $queries) q"
  bench_search_psql <<SQL | paste -sd' '
CREATE TEMP TABLE truth (qid integer, id integer);
CREATE TEMP TABLE approx (ef integer, qid integer, id integer);
BEGIN;
SET LOCAL enable_indexscan = off;
INSERT INTO truth SELECT q.id, t.id FROM $sample $top10;
COMMIT;
BEGIN; SET LOCAL hnsw.ef_search = 40; INSERT INTO approx SELECT 40, q.id, t.id FROM $sample $top10; COMMIT;
BEGIN; SET LOCAL hnsw.ef_search = 100; INSERT INTO approx SELECT 100, q.id, t.id FROM $sample $top10; COMMIT;
BEGIN; SET LOCAL hnsw.ef_search = 200; INSERT INTO approx SELECT 200, q.id, t.id FROM $sample $top10; COMMIT;
SELECT to_char(count(t.id)::numeric / (SELECT count(*) FROM truth), 'FM0.000')
  FROM (VALUES (40), (100), (200)) e(ef) LEFT JOIN approx a USING (ef) LEFT JOIN truth t ON t.qid = a.qid AND t.id = a.id
 GROUP BY ef ORDER BY ef;
SQL
}

# p50 and p95 in ms of GET /api/questions/search?mode=vector&k=10, each request with a different query text, one
# connection reused (one curl, one config file, 'next' between requests).
bench_search_api_latency() {
  local api=$1 count=$2 work=$3 i
  local words=(재고 정산 마감 장애 대응 배포 캐시 주문 결제 인덱스 트랜잭션 매장 교육 위생 고객 환불 latency cache order refund)
  : >"$work/requests.curl"
  # A quarter more requests first, not counted: the JIT compiles the path (and the model's) during them.
  for ((i = 0; i < count + count / 4 + 20; i++)); do
    ((i > 0)) && echo next >>"$work/requests.curl"
    # Every option, write-out included, applies to its own request only: 'next' resets them.
    {
      printf 'url = "%s/api/questions/search?mode=vector&k=10"\nget\n' "$api"
      printf 'data-urlencode = "q=%s %s %d"\n' "${words[i % ${#words[@]}]}" "${words[(i * 7 + 3) % ${#words[@]}]}" "$i"
      printf 'output = /dev/null\nsilent\nshow-error\nwrite-out = "%%{http_code} %%{time_total}\\n"\n'
    } >>"$work/requests.curl"
  done
  curl --config "$work/requests.curl" >"$work/api.times" \
    || die "a search request failed; see core-api's log"
  if grep -qv '^200 ' "$work/api.times"; then die "core-api answered $(grep -v '^200 ' "$work/api.times" | head -1 | cut -d' ' -f1)"; fi
  tail -n "$count" "$work/api.times" | awk '{print $2 * 1000}' | bench_search_percentiles
}

bench_search_percentiles() {
  sort -n | awk '{v[NR] = $1} END {if (NR == 0) {print "- -"; exit}
    p50 = v[int(NR * 0.50 + 0.999)]; p95 = v[int(NR * 0.95 + 0.999)]; printf "%.2f %.2f\n", p50, p95}'
}

bench_search_clean() {
  say "deleting the benchmark rows"
  local index; index=$(bench_search_psql -c "SELECT indexname FROM pg_indexes WHERE tablename = 'questions'
    AND indexdef ILIKE '%USING hnsw%' LIMIT 1")
  bench_search_psql -c "DELETE FROM questions WHERE company_id = '$BENCH_SEARCH_COMPANY'" \
    -c "DELETE FROM companies WHERE id = '$BENCH_SEARCH_COMPANY'" -c "DROP TABLE IF EXISTS bench_search_queries"
  # The graph still links the deleted rows; rebuilding it over the rows that remain is quicker than vacuuming them out.
  bench_search_psql -c "REINDEX INDEX $index" -c "VACUUM ANALYZE questions"
  ok "benchmark rows deleted"
}

# Writes the vector generator (a single-file Java program, run with 'java File.java') into the work directory.
#   rows N SEED TIMESTAMP MODEL: COPY text for questions (company_id, category, content, embedding, embedding_hash, embedded_at)
#   queries N SEED:        COPY text for bench_search_queries (id, embedding)
# Every vector is z * P + noise: z a random 48-d latent point, P one fixed 48x384 matrix (seed 1), so the data lies
# near a 48-d subspace as real embeddings lie near a low-dimensional manifold.
bench_search_generator() {
  cat >"$1/VectorGen.java" <<'JAVA'
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

public class VectorGen {
    static final int LATENT = 48, DIM = 384;
    static final String[] WORDS = {"재고", "정산", "마감", "장애", "대응", "배포", "캐시", "주문", "결제", "인덱스", "트랜잭션", "매장"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        Random projectionRandom = new Random(1), random = new Random(Long.parseLong(args[2]));
        double[][] p = new double[LATENT][DIM];
        for (double[] row : p) for (int d = 0; d < DIM; d++) row[d] = projectionRandom.nextGaussian() / Math.sqrt(LATENT);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20);
        StringBuilder line = new StringBuilder(8192);
        double[] z = new double[LATENT];
        for (int i = 1; i <= n; i++) {
            for (int k = 0; k < LATENT; k++) z[k] = random.nextGaussian();
            line.setLength(0);
            if (args[0].equals("rows")) {
                String content = "bench row " + i + ": " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                line.append("BENCH_SEARCH\tbench\t").append(content).append('\t');
                vector(line, z, p, random);
                byte[] hashed = (args[4] + ":" + content).getBytes(StandardCharsets.UTF_8);
                line.append('\t').append(HexFormat.of().formatHex(md5.digest(hashed)))
                        .append('\t').append(args[3]);
            } else {
                line.append(i).append('\t');
                vector(line, z, p, random);
            }
            out.append(line).append('\n');
            if (i % 10_000 == 0 && args[0].equals("rows")) System.err.printf("\r    generated %d / %d rows", i, n);
        }
        out.flush();
        if (args[0].equals("rows")) System.err.println();
    }

    /** Four decimals are plenty for cosine ranking and keep the COPY stream small. */
    static void vector(StringBuilder s, double[] z, double[][] p, Random random) {
        s.append('[');
        for (int d = 0; d < DIM; d++) {
            double x = 0.3 * random.nextGaussian();
            for (int k = 0; k < LATENT; k++) x += z[k] * p[k][d];
            if (d > 0) s.append(',');
            long scaled = Math.round(x * 10_000);
            if (scaled < 0) { s.append('-'); scaled = -scaled; }
            s.append(scaled / 10_000).append('.');
            String frac = Long.toString(scaled % 10_000);
            for (int pad = frac.length(); pad < 4; pad++) s.append('0');
            s.append(frac);
        }
        s.append(']');
    }
}
JAVA
}
