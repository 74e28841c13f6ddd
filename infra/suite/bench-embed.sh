# ./suite bench embed: ai-worker's rows/s (claim, embed, write) against the raw model loop on the same texts, in the
# same JVM, with 1 and 2 inference threads. The raw loop is the physical limit; the aim is >= 0.9 of it.
# shellcheck shell=bash

bench_embed() {
  local rows=2000 threads="1 2" port=${BENCH_EMBED_PORT:-18383}
  while (($#)); do
    case $1 in
      --rows) rows=$2; shift 2 ;;
      --threads) threads=$2; shift 2 ;;
      --scale) case $2 in small) rows=200 ;; medium) rows=2000 ;; large) rows=20000 ;; *) die "--scale: small, medium or large" ;; esac; shift 2 ;;
      *) die "bench embed: unknown option '$1' (--rows N, --threads '1 2', --scale small|medium|large)" ;;
    esac
  done
  stack_ports
  say "building ai-worker (log: $LOG_DIR/bench-embed-build.log)"
  "$ROOT/mvnw" -B -q -o -DskipTests package -f "$ROOT/pom.xml" -pl ai-worker -am >"$LOG_DIR/bench-embed-build.log" 2>&1 \
    || "$ROOT/mvnw" -B -q -DskipTests package -f "$ROOT/pom.xml" -pl ai-worker -am >"$LOG_DIR/bench-embed-build.log" 2>&1 \
    || die "build failed; see $LOG_DIR/bench-embed-build.log"
  # The stack's own ai-worker would claim the benchmark's rows and share the cores: it sits the run out.
  if pid_alive ai-worker; then
    say "stopping the running ai-worker (restarted at the end)"
    stop_service ai-worker
    trap 'start_service ai-worker ai-worker 8083 && wait_service ai-worker 8083' EXIT
  fi
  local results=() t
  for t in $threads; do
    results+=("$(bench_embed_run "$t" "$rows" "$port")") || die "bench with $t thread(s) failed"
  done
  echo
  printf '%-8s %-7s %12s %14s %8s %16s %14s %10s\n' threads rows "raw rows/s" "worker rows/s" ratio \
    "index-write r/s" "bound rows/s" "of bound"
  local r; for r in "${results[@]}"; do
    printf '%-8s %-7s %12s %14s %8s %16s %14s %10s\n' "$(embed_field "$r" threads)" "$(embed_field "$r" rows)" \
      "$(embed_field "$r" raw_rows_per_second)" "$(embed_field "$r" worker_rows_per_second)" "$(embed_field "$r" ratio)" \
      "$(embed_field "$r" indexed_write_rows_per_second)" "$(embed_field "$r" cpu_bound_rows_per_second)" \
      "$(embed_field "$r" ratio_of_bound)"
  done
  echo "raw: the model alone in a tight loop on the same texts and threads (aim: ratio >= 0.9)."
  echo "index-write: PostgreSQL alone storing the same embedded rows, HNSW index included, in an identical empty table."
  echo "bound: what $(embed_field "${results[0]}" cores) cores allow once that write's CPU is counted: min(raw, cores / (threads / raw + 1 / index-write))."
}

# Starts a worker of its own (no Kafka consumer, no timed sweep) with N inference threads, runs the bench, stops it.
bench_embed_run() {
  local threads=$1 rows=$2 port=$3 log="$LOG_DIR/bench-embed-$1.log" pid result
  (
    set -a; eval "$(stack_env)"; set +a
    export QUARKUS_HTTP_PORT=$port EMBEDDING_THREADS=$threads
    exec "$(java_home)/bin/java" -Xms128m -Xmx1g -Dmp.messaging.incoming.embedding-requests.enabled=false \
      -Dhybridstore.embedding.sweep-interval=off -Dhybridstore.bench.enabled=true -jar "$(jar_of ai-worker)" >"$log" 2>&1
  ) &
  pid=$!
  wait_for "a bench worker with $threads thread(s) on $port" 90 curl -fsS "http://127.0.0.1:$port/embeddings/status" >&2 \
    || { kill "$pid" 2>/dev/null; die "bench worker did not start; see $log"; }
  local status; status=$(curl -fsS "http://127.0.0.1:$port/embeddings/status")
  if (($(embed_backlog "$status") > 0)); then
    say "the database has rows waiting: embedding them first" >&2
    AI_WORKER_URL="http://127.0.0.1:$port" cmd_embed --backfill >&2
  fi
  say "benchmarking $rows rows with $threads thread(s)" >&2
  result=$(curl -sS -X POST "http://127.0.0.1:$port/embeddings/bench?rows=$rows") || { kill "$pid"; die "bench request failed; see $log"; }
  [[ $result == *worker_rows_per_second* ]] || { kill "$pid"; die "bench failed: $result"; }
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "$result"
}
