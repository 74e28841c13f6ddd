# ./suite bench cache: seed 003's claims for the aging cache, measured on this stack.
#   - DB queries per minute, ~60 without the cache -> ~1.2 with it (a producer looking up one record per second);
#   - lookup latency, 10-100 ms from PostgreSQL -> 0.1-1 ms from Redis;
#   - and the cycle itself: 1,000 rows per table picked, cached and stamped (aim: < 50 ms).
# Lookups go through core-api (GET /api/{users,products}/{random,<id>}); "without cache" sends Cache-Control: no-cache,
# which core-api answers from PostgreSQL without touching Redis. Statement counts come from pg_stat_statements.
# shellcheck shell=bash

bench_cache() {
  local scale=full secs="" cycles=""
  while (($#)); do
    case $1 in
      --scale) scale=$2; shift 2 ;;
      --seconds) secs=$2; shift 2 ;;
      --cycles) cycles=$2; shift 2 ;;
      *) die "bench cache: unknown option '$1' (--scale small|full, --seconds N per lookup phase, --cycles N)" ;;
    esac
  done
  local users products
  case $scale in
    full) users=100000 products=10000 secs=${secs:-20} cycles=${cycles:-20} ;;
    small) users=2000 products=500 secs=${secs:-3} cycles=${cycles:-5} ;;
    *) die "--scale takes small or full" ;;
  esac
  stack_ports
  command -v jq >/dev/null || apt_install jq
  command -v wrk >/dev/null || apt_install wrk
  # The suite's password travels in PGPASSWORD, not in the command lines of psql and pgbench.
  BC_DB=${DATABASE_URL:-postgresql://$DB_USER@127.0.0.1:$PG_PORT/$DB_NAME}
  [[ -n ${DATABASE_URL:-} ]] || export PGPASSWORD=$DB_PASSWORD
  BC_REDIS=${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT}
  BC_API=${CORE_API_URL:-http://127.0.0.1:8080}
  BC_WORKER=${CACHE_WORKER_URL:-http://127.0.0.1:8082}
  BC_TMP=$(mktemp -d); trap 'rm -rf "$BC_TMP"' EXIT

  bc_sql "SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'" | grep -q 1 \
    || die "pg_stat_statements is not installed in this database (the suite's cluster preloads it: ./suite up creates it)"
  curl -fsS "$BC_WORKER/q/health/live" >/dev/null || die "no cache-worker at $BC_WORKER (./suite up, or set CACHE_WORKER_URL)"
  bc_ensure_rows "$users" "$products"

  say "cache benchmark, scale $scale: $(bc_sql "SELECT count(*) FROM users") users, $(bc_sql "SELECT count(*) FROM products") products"
  bc_cycles "$cycles"
  if curl -fsS "$BC_API/q/health/live" >/dev/null 2>&1; then
    bc_lookups "$secs"
  else
    warn "no core-api at $BC_API: lookup figures skipped (set CORE_API_URL)"
  fi
}

bc_sql() { psql "$BC_DB" -X -qAt -v ON_ERROR_STOP=1 -c "$1"; }
bc_redis() { redis-cli -u "$BC_REDIS" "$@"; }

bc_ensure_rows() {
  local want_users=$1 want_products=$2
  local have_users have_products
  have_users=$(bc_sql "SELECT count(*) FROM users"); have_products=$(bc_sql "SELECT count(*) FROM products")
  ((have_users >= want_users && have_products >= want_products)) && return 0
  [[ -x "$ROOT/infra/suite/seed.sh" ]] \
    || die "the database holds $have_users users and $have_products products, fewer than $want_users/$want_products, and infra/suite/seed.sh is missing"
  local add_users=$((want_users > have_users ? want_users - have_users : 0))
  local add_products=$((want_products > have_products ? want_products - have_products : 0))
  say "seeding $add_users users and $add_products products (infra/suite/seed.sh)"
  DATABASE_URL="$BC_DB" "$ROOT/infra/suite/seed.sh" --users "$add_users" --products "$add_products" --orders 0 \
    || die "seeding failed"
}

# Statements on users/products recorded by pg_stat_statements, split by who runs them: the cache-worker's cycle
# (its pick, stamp and backlog count) or anyone else (core-api's lookups).
bc_statements() {
  local who=$1 worker="query LIKE '%FOR UPDATE SKIP LOCKED%' OR query LIKE '%SET last_cached_at = now()%' OR query LIKE '%WHERE last_cached_at IS NULL'"
  local filter="NOT ($worker)"; [[ $who == worker ]] && filter="($worker)"
  bc_sql "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query ~* '\\m(users|products)\\M' AND query NOT ILIKE '%pg_stat_statements%' AND $filter"
}

# The worker's interval in seconds, from its readiness data (ISO-8601, e.g. PT50S).
bc_interval() {
  local iso; iso=$(curl -sS "$BC_WORKER/q/health/ready" | jq -r '.checks[] | select(.name == "cache-cycle") | .data.interval')
  awk -v d="$iso" 'BEGIN { s = 0; if (match(d, /[0-9.]+M/)) s += 60 * substr(d, RSTART, RLENGTH - 1);
                           if (match(d, /[0-9.]+S/)) s += substr(d, RSTART, RLENGTH - 1); print (s > 0 ? s : 50) }'
}

# p50 and p99 (ms) of the numbers on stdin.
bc_percentiles() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "- -"; exit }
  p50 = v[int((NR - 1) * 0.50) + 1]; p99 = v[int((NR - 1) * 0.99) + 1]; printf "%.2f %.2f\n", p50, p99 }'; }

# Runs a command in the background, printing one progress line per second until it ends.
bc_progress() {
  local label=$1 secs=$2; shift 2
  "$@" & local pid=$! i=0
  while kill -0 "$pid" 2>/dev/null; do printf '\r    %-44s %3ss / %ss' "$label" "$i" "$secs"; sleep 1; i=$((i + 1)); done
  printf '\r%*s\r' 80 ''
  wait "$pid"
}

# One cycle via the worker's endpoint; its report on stdout.
bc_refresh() {
  local out; out=$(curl -sS -X POST -w '\n%{http_code}' "$BC_WORKER/cache/refresh") || die "the cache-worker does not answer"
  [[ ${out##*$'\n'} == 200 ]] || die "cache cycle failed: $(jq -r '.detail // .' <<<"${out%$'\n'*}")"
  echo "${out%$'\n'*}"
}

bc_cycles() {
  local n=$1 i durations="" sizes="" report
  say "cycle: pick 500 new + 500 aged rows per table, write and trim the hash, stamp ($n runs via POST /cache/refresh)"
  local before; before=$(bc_statements worker)
  for ((i = 1; i <= n; i++)); do
    report=$(bc_refresh) || exit 1
    durations+="$(jq -r .duration_ms <<<"$report")"$'\n'
    sizes+="$(jq -r '[.tables[].cached] | @tsv' <<<"$report")"$'\n'
    printf '\r    cycle %d/%d: %s ms, %s' "$i" "$n" "$(jq -r .duration_ms <<<"$report")" \
      "$(jq -r '[.tables[] | "\(.table) \(.cached) cached/\(.evicted) evicted"] | join(", ")' <<<"$report")"
  done
  printf '\r%*s\r' 120 ''
  local per_cycle; per_cycle=$(awk -v a="$before" -v b="$(bc_statements worker)" -v n="$n" 'BEGIN { printf "%.1f", (b - a) / n }')
  BC_WORKER_STATEMENTS=$per_cycle
  local p50 p99; read -r p50 p99 < <(bc_percentiles <<<"$durations")
  # PostgreSQL's share alone, for users: the pick and the stamp of 1,000 rows, in a transaction rolled back.
  local db_ms; db_ms=$(psql "$BC_DB" -X -qAt -v ON_ERROR_STOP=1 <<'SQL' | awk '/Execution Time/ { t += $3 } END { printf "%.1f", t }'
BEGIN;
EXPLAIN (ANALYZE)
WITH fresh AS (SELECT * FROM users WHERE last_cached_at IS NULL ORDER BY last_cached_at LIMIT 500 FOR UPDATE SKIP LOCKED),
     aged AS (SELECT * FROM users WHERE last_cached_at IS NOT NULL ORDER BY last_cached_at LIMIT 500 FOR UPDATE SKIP LOCKED)
UPDATE users u SET last_cached_at = now()
FROM (SELECT user_id FROM fresh UNION ALL SELECT user_id FROM aged) p WHERE u.user_id = p.user_id;
ROLLBACK;
SQL
)
  local rows; rows=$(awk 'NF { for (c = 1; c <= NF; c++) { if (NR == 1 || $c < lo[c]) lo[c] = $c; if ($c > hi[c]) hi[c] = $c } }
    END { printf "users %s-%s, products %s-%s rows per cycle", lo[1], hi[1], lo[2], hi[2] }' <<<"$sizes")
  printf '    %-34s p50 %s ms, p99 %s ms   (aim < 50 ms for 1,000 rows; %s)\n' "cycle, both tables" "$p50" "$p99" "$rows"
  printf '    %-34s %s ms (the users pick and stamp inside PostgreSQL, rolled back: the floor of one table)\n' \
    "PostgreSQL's share alone" "${db_ms:-?}"
  printf '    %-34s %s statements per cycle\n' "cache-worker's SQL" "$per_cycle"
}

# One wrk phase: closed loop, one connection, $secs seconds. Prints "requests p50 p99 statements non2xx".
bc_phase() {
  local label=$1 secs=$2 path=$3 ids=$4 nocache=$5
  cat >"$BC_TMP/lookup.lua" <<'LUA'
local ids, prefix, headers = {}, os.getenv("BC_PATH"), {}
if os.getenv("BC_NOCACHE") == "1" then headers["Cache-Control"] = "no-cache" end
local file = os.getenv("BC_IDS")
if file ~= "" then for line in io.lines(file) do ids[#ids + 1] = line end end
request = function()
  local path = prefix
  if #ids > 0 then path = prefix .. ids[math.random(#ids)] end
  return wrk.format("GET", path, headers)
end
LUA
  local before after
  before=$(bc_statements other)
  BC_PATH=$path BC_IDS=$ids BC_NOCACHE=$nocache bc_progress "$label" "$secs" \
    wrk -t1 -c1 -d"${secs}s" --latency -s "$BC_TMP/lookup.lua" "$BC_API" >"$BC_TMP/wrk.out" 2>&1
  after=$(bc_statements other)
  awk -v stmts=$((after - before)) '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    / requests in / { n = $1 } /Non-2xx/ { bad = $NF }
    END { printf "%d %.2f %.2f %d %d\n", n, p50, p99, stmts, bad }' "$BC_TMP/wrk.out"
}

bc_lookups() {
  local secs=$1 interval; interval=$(bc_interval)
  say "lookups through core-api: one connection, closed loop, $secs s per phase; statements normalised to 1 lookup/s"
  local queries=() latencies=() entity
  for entity in users products; do
    local path=/api/$entity/ key; key=$([[ $entity == users ]] && echo user_id || echo product_id)
    bc_redis HRANDFIELD "cache:$entity" 200 >"$BC_TMP/$entity.ids"
    [[ -s "$BC_TMP/$entity.ids" ]] || die "cache:$entity is empty: the cache-worker fills it (./suite cache refresh)"
    local one; one=$(head -1 "$BC_TMP/$entity.ids")
    echo "SELECT * FROM $entity ORDER BY random() LIMIT 1;" >"$BC_TMP/random.sql"
    echo "SELECT * FROM $entity WHERE $key = '$one';" >"$BC_TMP/byid.sql"

    local rd rc id ic
    rd=$(bc_phase "$entity random, no cache" "$secs" "${path}random" "" 1)
    rc=$(bc_phase "$entity random, cache" "$secs" "${path}random" "" 0)
    id=$(bc_phase "$entity by id, no cache" "$secs" "$path" "$BC_TMP/$entity.ids" 1)
    ic=$(bc_phase "$entity by id, cache" "$secs" "$path" "$BC_TMP/$entity.ids" 0)
    local pg_random pg_byid redis_random redis_byid
    pg_random=$(bc_pgbench "$BC_TMP/random.sql" "$secs"); pg_byid=$(bc_pgbench "$BC_TMP/byid.sql" "$secs")
    redis_random=$(bc_redis_latency HRANDFIELD "cache:$entity" 1 WITHVALUES); redis_byid=$(bc_redis_latency HGET "cache:$entity" "$one")

    queries+=("$(bc_queries "$entity random, without cache" "~60" "$rd" "")")
    queries+=("$(bc_queries "$entity random, with cache" "~1.2" "$rc" "$interval")")
    queries+=("$(bc_queries "$entity by id, without cache" "" "$id" "")")
    queries+=("$(bc_queries "$entity by id, with cache" "" "$ic" "$interval")")
    latencies+=("$(bc_latency "$entity random, without cache" "10-100 ms" "$rd" "PostgreSQL ORDER BY random(): $pg_random")")
    latencies+=("$(bc_latency "$entity random, with cache" "0.1-1 ms" "$rc" "Redis HRANDFIELD: $redis_random")")
    latencies+=("$(bc_latency "$entity by id, without cache" "" "$id" "PostgreSQL by primary key: $pg_byid")")
    latencies+=("$(bc_latency "$entity by id, with cache" "" "$ic" "Redis HGET: $redis_byid")")
  done
  local floor; floor=$(bc_phase "HTTP floor: /q/health/live" "$secs" /q/health/live "" 0)

  echo
  printf '    %-34s %-8s %s\n' "DB queries/min at 1 lookup/s" seed measured
  printf '%s\n' "${queries[@]}"
  printf '    (with cache: the lookups'"'"' own statements + the cache-worker'"'"'s %s statements per cycle, every %s s)\n' \
    "$BC_WORKER_STATEMENTS" "$interval"
  echo
  printf '    %-34s %-11s %-20s %s\n' "lookup latency, p50 / p99" seed "through core-api" "the store alone"
  printf '%s\n' "${latencies[@]}"
  printf '%s\n' "$(bc_latency "HTTP floor (/q/health/live)" "" "$floor" "")"
}

# A queries row: the phase's statements per lookup x 60; with $4 (the interval), plus the cache-worker's share.
bc_queries() {
  local label=$1 seed=$2 phase=$3 interval=$4 n p50 p99 stmts bad
  read -r n p50 p99 stmts bad <<<"$phase"
  local per_min; per_min=$(awk -v s="$stmts" -v n="$n" -v w="${BC_WORKER_STATEMENTS:-0}" -v i="$interval" \
    'BEGIN { q = (n > 0 ? s / n * 60 : 0); if (i != "") q += w * 60 / i; printf "%.1f", q }')
  local note; note=$(bc_note "$seed" "$n" "$stmts" "$bad")
  printf '    %-34s %-8s %s   (%s lookups, %s statements)%s' "$label" "${seed:--}" "$per_min" "$n" "$stmts" "$note"
}

bc_latency() {
  local label=$1 seed=$2 phase=$3 store=$4 n p50 p99 stmts bad
  read -r n p50 p99 stmts bad <<<"$phase"
  printf '    %-34s %-11s %-20s %s%s' "$label" "${seed:--}" "$p50 / $p99 ms" "$store" "$(bc_note "" "$n" 0 "$bad")"
}

# Why a row may not mean what it says: failed answers, or a "without cache" lookup that ran no statement (core-api
# served it from Redis anyway, ignoring no-cache).
bc_note() {
  local seed=$1 n=$2 stmts=$3 bad=$4
  if ((bad > 0)); then
    printf '  !! %s of %s answers not 2xx' "$bad" "$n"
  elif [[ $seed == "~60" ]] && ((stmts < n / 2)); then
    printf '  !! served from Redis: core-api ignores Cache-Control: no-cache here'
  fi
}

# p50/p99 (ms) of one SQL file run by pgbench on one connection for $2 seconds.
bc_pgbench() {
  local file=$1 secs=$2 dir; dir=$(mktemp -d -p "$BC_TMP")
  (cd "$dir" && "$(pg_bin pgbench)" -n -c 1 -T "$secs" -f "$file" --log --log-prefix=lat "$BC_DB" >/dev/null 2>&1) \
    || { echo "?"; return; }
  local p; p=$(cat "$dir"/lat* | awk '{ print $3 / 1000 }' | bc_percentiles)
  echo "${p% *} / ${p#* } ms"
}

# p50/p99 (ms) of one Redis command, 5,000 times on one connection.
bc_redis_latency() {
  redis-benchmark -u "$BC_REDIS" -c 1 -n 5000 --csv "$@" 2>/dev/null |
    awk -F'","' 'NR == 2 { printf "%s / %s ms\n", $5, $7 }'
}
