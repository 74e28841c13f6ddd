# ./suite bench api: core-api's user reads under load, beside the physical limit measured in the same run.
#   1. GET /api/users/{id} served from the cache (ids warmed first);
#   1b. the same cache hits with think time per connection (--think-ms; by default enough to offer half the rate of
#      phase 1): latency below saturation, where the tail is the server's and not the run queue of 2 oversubscribed cores;
#   2. the same through PostgreSQL: the request carries Cache-Control: no-cache, which core-api answers from the
#      database without reading or writing Redis;
#   3. redis-benchmark HGET of a cached user on the same Redis: what Redis itself does at the same concurrency;
#   4. core-api's HTTP floor: GET /q/health/live, a request that touches neither Redis nor PostgreSQL, under the same
#      load: with wrk and the server sharing the same cores, this is the best p99 any endpoint can show;
#   5. /api/questions/search p50/p95, when core-api serves it.
# wrk runs 64 connections on 2 threads for 15 s per phase (infra/suite/wrk/random-path.lua draws ids at random), after
# a short unmeasured run of both paths so the JIT has compiled them.
# Environment overrides: CORE_API_URL, REDIS_PORT, DATABASE_URL (otherwise the ./suite up stack).
# shellcheck shell=bash

bench_api() {
  local scale=full secs="" conns=64 threads=2 think=auto
  while (($#)); do
    case $1 in
      --scale) scale=$2; shift 2 ;;
      --seconds) secs=$2; shift 2 ;;
      --connections) conns=$2; shift 2 ;;
      --threads) threads=$2; shift 2 ;;
      --think-ms) think=$2; shift 2 ;;
      *) die "bench api: unknown option '$1' (--scale small|full, --seconds N per phase, --connections N, --threads N of wrk, --think-ms N|auto for the paced phase)" ;;
    esac
  done
  local users hot gets jit
  case $scale in
    full) users=100000 hot=1000 gets=200000 secs=${secs:-15} jit=10 ;;
    small) users=2000 hot=200 gets=20000 secs=${secs:-3} jit=2 ;;
    *) die "--scale takes small or full" ;;
  esac
  local redis_port=${REDIS_PORT:-}
  stack_ports
  redis_port=${redis_port:-$REDIS_PORT}
  command -v wrk >/dev/null || apt_install wrk
  command -v redis-benchmark >/dev/null || apt_install redis-tools
  BA_API=${CORE_API_URL:-http://127.0.0.1:8080}
  BA_DB=${DATABASE_URL:-postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME}
  BA_TMP=$(mktemp -d); trap 'rm -rf "$BA_TMP"' RETURN
  curl -fsS "$BA_API/q/health/live" >/dev/null || die "no core-api at $BA_API (./suite up, or set CORE_API_URL)"

  ba_ensure_users "$users"
  say "api benchmark, scale $scale: $(ba_sql "SELECT count(*) FROM users") users; $conns connections, $threads threads, ${secs}s per phase"
  ba_sql "SELECT user_id FROM users ORDER BY random() LIMIT $hot" >"$BA_TMP/hot"
  ba_sql "SELECT user_id FROM users ORDER BY random() LIMIT $((hot * 10))" >"$BA_TMP/cold"
  ba_warm "$BA_TMP/hot"
  # A freshly started JVM runs interpreted code at first: both paths are exercised before anything is measured.
  ba_wrk "JIT warm-up, cache path" "$jit" "$conns" "$threads" "$BA_TMP/hot" /api/users/ >/dev/null
  ba_wrk "JIT warm-up, database path" "$jit" "$conns" "$threads" "$BA_TMP/cold" /api/users/ "Cache-Control: no-cache" >/dev/null

  local hit paced db floor redis search="" outcome
  outcome=$(printf '%s ' "$(ba_cache_reads hit)" "$(ba_cache_reads miss)" "$(ba_cache_reads fallbacks)")
  hit=$(ba_wrk "cache hits: GET /api/users/{id}" "$secs" "$conns" "$threads" "$BA_TMP/hot" /api/users/)
  outcome=$(printf '%s ' $outcome "$(ba_cache_reads hit)" "$(ba_cache_reads miss)" "$(ba_cache_reads fallbacks)")
  # auto: each connection waits 2 × conns / rate, so the connections together offer at most half the saturated rate.
  [[ $think == auto ]] && think=$(echo "$hit" | awk -v c="$conns" '{ printf "%d", 2000 * c / $1 + 1 }')
  paced=$(THINK_MS=$think ba_wrk "cache hits, paced: $think ms think time per connection" "$secs" "$conns" "$threads" "$BA_TMP/hot" /api/users/)
  db=$(ba_wrk "database: GET /api/users/{id} with Cache-Control: no-cache" "$secs" "$conns" "$threads" "$BA_TMP/cold" /api/users/ \
    "Cache-Control: no-cache")
  echo live >"$BA_TMP/live"
  floor=$(ba_wrk "HTTP floor: GET /q/health/live (no Redis, no PostgreSQL)" "$secs" "$conns" "$threads" "$BA_TMP/live" /q/health/)
  # The command a cache hit sends, on an entry the hit reads (a GET of a missing key would time an empty reply).
  local sample; sample=$(redis-cli -p "$redis_port" hrandfield cache:users 1)
  [[ -n "$sample" ]] || die "cache:users is empty after warming; is the cache-worker clearing it?"
  say "redis-benchmark -p $redis_port -c $conns -n $gets HGET cache:users $sample"
  redis=$(redis-benchmark -p "$redis_port" -c "$conns" -n "$gets" -q --csv HGET cache:users "$sample" \
    | awk -F'"' '$2 ~ /^HGET / { print $4, $10, $14 }')
  [[ -n "$redis" ]] || die "redis-benchmark gave no HGET figure on port $redis_port"
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BA_API/api/questions/search?q=test")" == 200 ]]; then
    printf '%s\n' "%EC%9E%A5%EC%95%A0" "%EA%B2%B0%EC%A0%9C" "%EA%B2%BD%ED%97%98" "kafka" "redis" "transaction" >"$BA_TMP/queries"
    search=$(ba_wrk "search: GET /api/questions/search" "$secs" 8 "$threads" "$BA_TMP/queries" "/api/questions/search?q=")
  fi

  ba_report "$hit" "$db" "$floor" "$redis" "$search" "$outcome" "$paced" "$think"
}

ba_sql() { psql "$BA_DB" -X -qAt -v ON_ERROR_STOP=1 -c "$1"; }

ba_ensure_users() {
  local want=$1 have
  have=$(ba_sql "SELECT count(*) FROM users")
  ((have >= want)) && return 0
  [[ -x "$ROOT/infra/suite/seed.sh" ]] || die "the database holds $have users, fewer than $want, and infra/suite/seed.sh is missing"
  say "seeding $((want - have)) users (infra/suite/seed.sh adds them after the existing ones)"
  DATABASE_URL="$BA_DB" "$ROOT/infra/suite/seed.sh" --users "$((want - have))" --products 0 --orders 0 || die "seeding failed"
}

# One GET per hot id, 32 at a time: each miss writes the entry back, so phase 1 reads from Redis.
ba_warm() {
  local ids=$1
  sed "s|^|url = \"$BA_API/api/users/|; s|\$|\"\noutput = /dev/null|" "$ids" >"$BA_TMP/warm.curl"
  say "warming the cache with $(wc -l <"$ids") users"
  # both -s and --no-progress-meter: with --parallel, curl 7.88 draws its meter otherwise
  curl -s --no-progress-meter --parallel --parallel-max 32 -K "$BA_TMP/warm.curl" || die "warming the cache failed"
}

# core-api's counters (Micrometer, /q/metrics): cache-aside reads of cache:users by outcome (hit, miss), or "fallbacks":
# Redis commands skipped or failed while core-api held Redis for unavailable.
ba_cache_reads() {
  curl -fsS "$BA_API/q/metrics" | awk -v r="result=\"$1\"" -v want="$1" '
    want == "fallbacks" && /^hybridstore_coreapi_redis_fallbacks_total/ { n += $NF }
    /^hybridstore_coreapi_cache_reads_total/ && /cache="cache:users"/ && index($0, r) { n += $NF }
    END { printf "%d\n", n }'
}

# ba_wrk <label> <secs> <conns> <threads> <ids file> <path prefix> [header]: runs wrk with a line per second, and
# prints "req/s p50 p95 p99 non2xx socket-errors".
ba_wrk() {
  local label=$1 secs=$2 conns=$3 threads=$4 ids=$5 prefix=$6 header=${7:-}
  say "$label" >&2
  local out="$BA_TMP/wrk.out"
  wrk -t "$threads" -c "$conns" -d "${secs}s" --timeout 5s -s "$ROOT/infra/suite/wrk/random-path.lua" "$BA_API" \
    -- "$ids" "$prefix" ${header:+"$header"} >"$out" 2>&1 &
  local pid=$! i=0
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1; i=$((i + 1)); ((i <= secs)) && printf '    %3ds / %ds\n' "$i" "$secs" >&2
  done
  wait "$pid" || die "wrk failed: $(cat "$out")"
  local result; result=$(awk '$1 == "RESULT" { print $2, $3, $4, $5, $6, $7 }' "$out")
  [[ -n "$result" ]] || die "wrk printed no result: $(cat "$out")"
  local non2xx; non2xx=$(echo "$result" | awk '{ print $5 + $6 }')
  ((non2xx == 0)) || warn "$label: $non2xx requests failed (non-2xx or socket errors)"
  echo "$result"
}

ba_report() {
  local hit=$1 db=$2 floor=$3 redis=$4 search=$5 outcome=$6 paced=$7 think=$8
  echo
  printf '    %-44s %12s %9s %9s\n' "" "req/s" "p50 ms" "p99 ms"
  echo "$hit" | awk '{ printf "    %-44s %12.0f %9.3f %9.3f\n", "GET /api/users/{id}, cache hit", $1, $2, $4 }'
  echo "$paced" | awk -v t="$think" '{ printf "    %-44s %12.0f %9.3f %9.3f\n", "  the same, paced (" t " ms think time)", $1, $2, $4 }'
  echo "$db" | awk '{ printf "    %-44s %12.0f %9.3f %9.3f\n", "GET /api/users/{id}, PostgreSQL (no-cache)", $1, $2, $4 }'
  echo "$floor" | awk '{ printf "    %-44s %12.0f %9.3f %9.3f\n", "GET /q/health/live (the HTTP floor, no I/O)", $1, $2, $4 }'
  echo "$redis" | awk '{ printf "    %-44s %12.0f %9.3f %9.3f\n", "redis-benchmark HGET (the limit)", $1, $2, $3 }'
  if [[ -n "$search" ]]; then
    echo "$search" | awk '{ printf "    %-44s %12.0f %9.3f %9s   p95 %.3f ms\n", "GET /api/questions/search (8 connections)", $1, $2, "", $3 }'
  else
    echo "    /api/questions/search: skipped (core-api does not answer it here)"
  fi
  echo
  awk -v h="$hit" -v p="$paced" -v d="$db" -v f="$floor" -v r="$redis" -v o="$outcome" -v c="$conns" 'BEGIN {
    split(h, H, " "); split(p, P, " "); split(d, D, " "); split(f, F, " "); split(r, R, " "); split(o, O, " ")
    hits = O[4] - O[1]; misses = O[5] - O[2]; fallbacks = O[6] - O[3]
    printf "    cache hit vs PostgreSQL: %.1fx the throughput, p99 %.1fx lower\n", H[1] / D[1], (H[4] > 0 ? D[4] / H[4] : 0)
    printf "    cache hit vs the HTTP floor: %.0f%% of its throughput, p99 %.3f vs %.3f ms\n", 100 * H[1] / F[1], H[4], F[4]
    printf "    cache hit vs raw Redis HGET: %.0f%% of its throughput, p99 %.3f vs %.3f ms\n", 100 * H[1] / R[1], H[4], R[3]
    printf "    hit ratio during phase 1: %.1f%% (%d hits, %d misses; Redis unavailable for %d commands)\n",
      (hits + misses > 0 ? 100 * hits / (hits + misses) : 0), hits, misses, fallbacks
    printf "    aim: cache-hit p99 <= 5 ms at %d connections: at saturation %s (p99 %.3f ms, the HTTP floor %.3f ms);\n",
      c, (H[4] <= 5 ? "met" : "NOT met"), H[4], F[4]
    printf "         paced, at %.0f%% of the saturated rate: %s (p99 %.3f ms)\n", 100 * P[1] / H[1], (P[4] <= 5 ? "met" : "NOT met"), P[4]
  }'
}
