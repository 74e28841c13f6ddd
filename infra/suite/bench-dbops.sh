# ./suite bench dbops: seed 004 §10's migration, backup and restore times, through core-api's admin API, beside
# pg_dump and pg_restore run directly in the same run (the physical limit of this machine and dataset).
# shellcheck shell=bash

bench_dbops_usage() {
  cat <<'USAGE'
usage: ./suite bench dbops [--scale full|small|tiny] [--keep]

  --scale full    100,000 users, 10,000 products, 1,000,000 orders (default; seeded with ./suite seed if fewer)
  --scale small   10,000 / 1,000 / 100,000
  --scale tiny    1,000 / 100 / 10,000 (a smoke test)
  --keep          keep the scratch databases and dumps (default: dropped at the end)

Needs core-api running (./suite up). Times, on core-api's database: a migration of an empty scratch database, a
backup (pg_dump --format=custom) and a restore of it into a new database, each through the API; then pg_dump -Fc and
pg_restore run directly (one job, and one job per core) on the same data. Limits: seed 004 §10 (migration < 60 s,
backup < 5 min, restore < 10 min); our aim: each < 30 s.
USAGE
}

bench_dbops() {
  local scale=full keep=0
  while (($#)); do
    case $1 in
      --scale) scale=${2:?--scale needs full, small or tiny}; shift 2 ;;
      --keep) keep=1; shift ;;
      -h | --help) bench_dbops_usage; return 0 ;;
      *) die "bench dbops: unknown option '$1'" ;;
    esac
  done
  local users products orders
  case $scale in
    full) users=100000 products=10000 orders=1000000 ;;
    small) users=10000 products=1000 orders=100000 ;;
    tiny) users=1000 products=100 orders=10000 ;;
    *) die "--scale takes full, small or tiny" ;;
  esac
  command -v jq >/dev/null || die "the benchmark needs jq (apt-get install jq)"
  stack_ports
  build_services
  local url; url=$(eval "$(stack_env)"; echo "$DATABASE_URL")
  local database; database=$(bench_dbops_api health | jq -r .database)
  bench_dbops_guard "$database" "$url"

  say "dataset: $orders orders in $database"
  local have; have=$(bench_dbops_psql "$url" "$database" -c 'SELECT count(*) FROM public.orders') || die "cannot count the orders of $database"
  if ((have < orders)); then
    [[ -x $ROOT/infra/suite/seed.sh ]] || die "$database has $have orders, fewer than $orders, and infra/suite/seed.sh is missing"
    say "seeding the missing data ($have orders present)"
    local u p
    u=$(bench_dbops_psql "$url" "$database" -c 'SELECT count(*) FROM public.users')
    p=$(bench_dbops_psql "$url" "$database" -c 'SELECT count(*) FROM public.products')
    DATABASE_URL=$url "$ROOT/infra/suite/seed.sh" --users $((users > u ? users - u : 0)) --products $((products > p ? products - p : 0)) \
      --orders $((orders - have)) || die "seeding failed"
  fi
  local db_mb rows
  db_mb=$(bench_dbops_psql "$url" "$database" -c "SELECT round(pg_database_size(current_database()) / 1048576.0)")
  rows=$(bench_dbops_psql "$url" "$database" -c 'SELECT count(*) FROM public.orders')
  ok "$database: $rows orders, $db_mb MB"

  local stamp; stamp=$(date +%s)
  local scratch="bench_dbops_migrate_$stamp" restored="bench_dbops_restore_$stamp" direct="bench_dbops_direct_$stamp"
  local direct_jobs="bench_dbops_directj_$stamp" dump; dump=$(mktemp -d)/direct.dump
  BENCH_DBOPS_BACKUP=""
  # shellcheck disable=SC2064
  trap "bench_dbops_cleanup '$url' $keep '$dump' $scratch $restored $direct $direct_jobs" EXIT
  bench_dbops_template_extensions "$url"

  say "migration of an empty database (API)"
  bench_dbops_psql "$url" "$database" -c "CREATE DATABASE $scratch TEMPLATE template1" >/dev/null || die "cannot create $scratch"
  local migrate_ms; migrate_ms=$(bench_dbops_api migrate --database "$scratch" | jq -r .duration_ms)

  say "backup of $database (API: pg_dump --format=custom + SHA-256)"
  local run backup backup_ms backup_mb; run=$(bench_dbops_api backup)
  backup=$(jq -r .name <<<"$run"); backup_ms=$(jq -r .duration_ms <<<"$run"); backup_mb=$(jq -r .size_mb <<<"$run")
  BENCH_DBOPS_BACKUP=$backup

  say "restore of $backup into a new database (API: create, check extensions, pg_restore | psql in one transaction)"
  local restore_ms; restore_ms=$(bench_dbops_api restore "$backup" --new "$restored" | jq -r .duration_ms)

  local jobs; jobs=$(nproc)
  say "pg_dump -Fc directly"
  local dump_ms; dump_ms=$(bench_dbops_time "pg_dump" bench_dbops_pg "$url" "$(bench_dbops_tool pg_dump)" -Fc -f "$dump" -d "$database")
  # Like the API: the extensions come from the template, so their entries are left out (a non-superuser cannot create them).
  "$(bench_dbops_tool pg_restore)" -l "$dump" | grep -v -E '^[0-9]+; [0-9]+ [0-9]+ (EXTENSION|COMMENT - EXTENSION) ' >"$dump.list"
  say "pg_restore directly (1 job)"
  bench_dbops_psql "$url" "$database" -c "CREATE DATABASE $direct TEMPLATE template1" >/dev/null
  local restore1_ms; restore1_ms=$(bench_dbops_time "pg_restore" bench_dbops_pg "$url" "$(bench_dbops_tool pg_restore)" \
    --no-owner --no-privileges -L "$dump.list" -d "$direct" "$dump")
  say "pg_restore directly ($jobs jobs)"
  bench_dbops_psql "$url" "$database" -c "CREATE DATABASE $direct_jobs TEMPLATE template1" >/dev/null
  local restorej_ms; restorej_ms=$(bench_dbops_time "pg_restore -j $jobs" bench_dbops_pg "$url" "$(bench_dbops_tool pg_restore)" \
    --no-owner --no-privileges -L "$dump.list" -j "$jobs" -d "$direct_jobs" "$dump")

  echo
  say "database operations on $rows orders ($db_mb MB, dump $backup_mb MB), $(nproc) cores"
  {
    printf 'OPERATION\tAPI\tDIRECT\tSEED 004 LIMIT\tOUR AIM\tVERDICT\n'
    bench_dbops_row "migration from empty" "$migrate_ms" "-" 60000
    bench_dbops_row "backup" "$backup_ms" "$(bench_dbops_s "$dump_ms") (pg_dump -Fc)" 300000
    bench_dbops_row "restore (new database)" "$restore_ms" \
      "$(bench_dbops_s "$restore1_ms") (1 job), $(bench_dbops_s "$restorej_ms") ($jobs jobs)" 600000
  } | column -t -s $'\t' | sed 's/^/    /'
  echo "    (extensions are filtered out of restores: the template supplies them; the API restore is one transaction,"
  echo "     so it cannot use parallel jobs: the $jobs-job figure is the machine's limit, not a like-for-like one)"
}

bench_dbops_row() {
  local name=$1 api=$2 direct=$3 limit=$4 verdict
  if ((api > limit)); then verdict="OVER the seed's limit"
  elif ((api > 30000)); then verdict="within the limit, over our aim"
  else verdict="ok"; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(bench_dbops_s "$api")" "$direct" "$((limit / 1000)) s" "30 s" "$verdict"
}

# bench_dbops_api <db command...>: core-api's JSON answer through the operator CLI (its progress and errors on stderr).
bench_dbops_api() { cli_run db "$@" --json || die "db $1 failed (see above)"; }

# Seed 000: no dummy rows in production, that is SUITE_ENV=production or a database with the production mark.
bench_dbops_guard() {
  local database=$1 url=$2 why=""
  if [[ ${SUITE_ENV:-} == production ]]; then why="SUITE_ENV=production"
  elif [[ $(bench_dbops_psql "$url" "$database" -v db="$database" -f "$ROOT/infra/postgres/production-mark.sql" 2>/dev/null) == t ]]; then
    why="the database is marked hybridstore.environment=production"
  fi
  [[ -z $why ]] || die "refusing to benchmark (it seeds dummy rows into) '$database': $why"
}

bench_dbops_s() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

# The server's own major version of a client tool, like the API uses; else PATH.
bench_dbops_tool() { local t; t=$(pg_bin "$1"); [[ -x $t ]] && echo "$t" || echo "$1"; }

# bench_dbops_psql <url> <database> [psql args]: psql on the URL's server, rows unaligned without headers.
bench_dbops_psql() { local url=$1 database=$2; shift 2; PGCONNECT_TIMEOUT=5 bench_dbops_pg "$url" psql -X -d "$database" -v ON_ERROR_STOP=1 -qtA "$@"; }

# bench_dbops_pg <url> <tool> [args]: a libpq tool on the URL's server, password in PGPASSWORD.
bench_dbops_pg() {
  local url=$1 tool=$2; shift 2
  [[ $url =~ ^(jdbc:)?postgres(ql)?(\+[a-z0-9]+)?://([^:@/]*)(:([^@]*))?@([^:/?]+)(:([0-9]+))?/ ]] || return 1
  PGPASSWORD=$(printf '%b' "${BASH_REMATCH[6]//%/\\x}") PGHOST=${BASH_REMATCH[7]} PGPORT=${BASH_REMATCH[9]:-5432} \
    PGUSER=${BASH_REMATCH[4]} "$tool" -w "$@"
}

# bench_dbops_time <label> <command...>: runs it with a line per second on stderr; prints its milliseconds (taken
# by the command's own shell, so the ticker's one-second sleeps do not round them).
bench_dbops_time() {
  local label=$1; shift
  local out; out=$(mktemp -d)
  local start; start=$(date +%s%N)
  ( "$@" >/dev/null 2>"$out/err"; echo $? >"$out/rc"; date +%s%N >"$out/end" ) &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    kill -0 "$pid" 2>/dev/null && printf '    %s ... %ss\n' "$label" "$((($(date +%s%N) - start) / 1000000000))" >&2
  done
  wait "$pid" || true
  [[ $(cat "$out/rc") == 0 ]] || { local err; err=$(tail -3 "$out/err"); rm -rf "$out"; die "$label failed: $err"; }
  echo $((($(cat "$out/end") - start) / 1000000))
  rm -rf "$out"
}

# New databases copy template1; vector needs a superuser, which the local stack has (an external server: once, by hand).
bench_dbops_template_extensions() {
  local url=$1
  [[ -n $(bench_dbops_psql "$url" template1 -c "SELECT 1 FROM pg_extension WHERE extname = 'vector'") ]] && return 0
  if [[ -S $PG_SOCK/.s.PGSQL.$PG_PORT ]]; then
    pg_superuser -d template1 -c "create extension if not exists vector; create extension if not exists pg_trgm" >/dev/null \
      && return 0
  fi
  die "template1 lacks the vector extension; once, as a superuser: psql -d template1 -c 'create extension vector; create extension pg_trgm'"
}

bench_dbops_cleanup() {
  local url=$1 keep=$2 dump=$3; shift 3
  ((keep)) && { echo "    kept: databases $*, $dump${BENCH_DBOPS_BACKUP:+, backup $BENCH_DBOPS_BACKUP}"; return 0; }
  local db
  for db in "$@"; do
    bench_dbops_psql "$url" postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || warn "could not drop the scratch database $db"
  done
  rm -rf "$(dirname "$dump")"
  [[ -z ${BENCH_DBOPS_BACKUP:-} ]] || cli_run db delete-backup "$BENCH_DBOPS_BACKUP" >/dev/null 2>&1 || true
}
