#!/usr/bin/env bash
# Loads realistic, deterministic dummy data into hybridstore's database (`./suite seed` runs this script).
# The generation is SQL (infra/postgres/seed/*.sql, INSERT ... SELECT ... FROM generate_series) driven through one
# psql session with -v variables; the whole run is one transaction. See usage() for the options.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SQL_DIR="$(cd "$HERE/../postgres/seed" && pwd)"
DEFAULT_URL="postgresql://hybridstore:hybridstore@127.0.0.1:55432/hybridstore"

usage() {
  cat <<USAGE
usage: ./suite seed [--users N] [--products N] [--orders N] [--stores N] [--questions N] [--interviews N]
                    [--manuals N] [--catalog N] [--seed S] [--as-of 'YYYY-MM-DD[ HH:MM:SS]'] [--batch N]
                    [--confirm-production DBNAME]

Adds dummy rows to the database of \$DATABASE_URL (default: the local stack, $(redact_url "$DEFAULT_URL")).
New keys continue after the existing ones, so it can run again on a database that has data.

  --users N        users 'U0000001'...: Korean names, gender, age 18-70 with age_group, region, join date
  --products N     products 'P0000001'...: Korean names, category, brand, prices and discount, stock, store
  --orders N       orders 'O0000000001'... over the 30 days before --as-of, with the denormalized columns
  --stores N       stores (default: 20 when the database has none and products are seeded, else 0)
  --questions N    interview questions of KAKAO, NAVER, COUPANG, LINE, TOSS, ... (companies come with them)
  --interviews N   interview answers with scores and an evaluation
  --manuals N      store manuals (Korean), for the stores present
  --catalog N      pokervod projects, each with seasons, events, episodes, videos, hand clips, tags, players
  --seed S         0..2147483647, default 42: the same seed on the same starting data gives the same rows
  --as-of TIME     the "now" the data is generated around, default today 00:00 (so same-day runs repeat)
  --batch N        rows per INSERT, default 100000
  --confirm-production DBNAME   required when SUITE_ENV=production or the database is marked production
                               (infra/postgres/production-mark.sql); must name the database of the URL

Embeddings stay NULL: ai-worker computes them. Exit status: 0 done, 1 failed (nothing written), 2 refused.
USAGE
}

if [[ -t 2 ]]; then RED=$'\033[31m' YELLOW=$'\033[33m' PLAIN=$'\033[0m'; else RED="" YELLOW="" PLAIN=""; fi
fail() { printf '%serror:%s %s\n' "$RED" "$PLAIN" "$*" >&2; exit 1; }
refuse() { printf '%srefused:%s %s\n' "$RED" "$PLAIN" "$*" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------------------------
# The database: DATABASE_URL in any of the project's forms, handed to psql as libpq variables (PGHOST, ...), so the
# password never shows in a process listing or in our output.

url_decode() { local s=${1//+/ }; s=${s//\\/\\\\}; printf '%b' "${s//%/\\x}"; }

# Sets DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD and DB_ENV (extra libpq variables from the query string).
parse_url() {
  local raw=$1 scheme rest auth path query userinfo hostport pair key value
  raw=${raw#jdbc:}
  [[ $raw == *://* ]] || fail "DATABASE_URL: expected postgresql://user:password@host:port/database (or postgresql+psycopg://, jdbc:postgresql://)"
  scheme=${raw%%://*} rest=${raw#*://}
  case ${scheme,,} in
    postgresql | postgres | postgresql+*) ;;
    *) fail "DATABASE_URL: unsupported scheme '$scheme' (expected postgresql://, postgresql+psycopg:// or jdbc:postgresql://)" ;;
  esac
  query=""
  if [[ $rest == *\?* ]]; then query=${rest#*\?} rest=${rest%%\?*}; fi
  if [[ $rest == */* ]]; then auth=${rest%%/*} path=${rest#*/}; else auth=$rest path=""; fi
  if [[ $auth == *@* ]]; then userinfo=${auth%@*} hostport=${auth##*@}; else userinfo="" hostport=$auth; fi
  DB_USER="" DB_PASSWORD="" DB_ENV=()
  local q_user="" q_password=""
  local IFS='&'
  for pair in $query; do
    [[ -n $pair ]] || continue
    key=$(url_decode "${pair%%=*}"); value=""; [[ $pair == *=* ]] && value=$(url_decode "${pair#*=}")
    case $key in
      user) q_user=$value ;;
      password) q_password=$value ;;
      sslmode) DB_ENV+=("PGSSLMODE=$value") ;;
      ssl) [[ $value == true ]] && DB_ENV+=("PGSSLMODE=require") ;;
      sslrootcert) DB_ENV+=("PGSSLROOTCERT=$value") ;;
      sslcert) DB_ENV+=("PGSSLCERT=$value") ;;
      sslkey) DB_ENV+=("PGSSLKEY=$value") ;;
      connect_timeout | connectTimeout) DB_ENV+=("PGCONNECT_TIMEOUT=$value") ;;
      options) DB_ENV+=("PGOPTIONS=$value") ;;
      target_session_attrs | targetServerType) ;;
      *) ;; # JDBC or driver settings psql has no use for
    esac
  done
  unset IFS
  if [[ -n $userinfo ]]; then
    DB_USER=$(url_decode "${userinfo%%:*}")
    if [[ $userinfo == *:* ]]; then DB_PASSWORD=$(url_decode "${userinfo#*:}"); else DB_PASSWORD=$q_password; fi
  else
    DB_USER=$q_user DB_PASSWORD=$q_password
  fi
  [[ -n $DB_USER ]] || DB_USER=postgres
  if [[ $hostport == \[* ]]; then # [::1]:5432
    DB_HOST=${hostport#\[} DB_HOST=${DB_HOST%%\]*}; DB_PORT=${hostport##*\]}; DB_PORT=${DB_PORT#:}
  else
    DB_HOST=${hostport%%:*}; DB_PORT=""; [[ $hostport == *:* ]] && DB_PORT=${hostport##*:}
  fi
  [[ -n $DB_HOST ]] || fail "DATABASE_URL names no host"
  DB_PORT=${DB_PORT:-5432}
  [[ $DB_PORT =~ ^[0-9]+$ ]] || fail "DATABASE_URL: port '$DB_PORT' is not a number"
  DB_NAME=$(url_decode "$path")
  [[ -n $DB_NAME ]] || fail "DATABASE_URL names no database"
}

redact_url() { # the URL without its password, for messages
  parse_url "$1"
  printf 'postgresql://%s:***@%s:%s/%s' "$DB_USER" "$DB_HOST" "$DB_PORT" "$DB_NAME"
}

# ---------------------------------------------------------------------------------------------------------------
# Options

declare -A COUNT=([stores]=- [users]=0 [products]=0 [orders]=0 [questions]=0 [interviews]=0 [manuals]=0 [catalog]=0)
SEED=42 AS_OF="" BATCH=100000 CONFIRM_DB=""

need_int() { # name value [max]
  if [[ ! $2 =~ ^[0-9]{1,10}$ ]] || ((10#$2 > ${3:-2147483647})); then
    printf 'error: %s needs a whole number (0..%s), got %q\n' "$1" "${3:-2147483647}" "$2" >&2; exit 2
  fi
}

while (($#)); do
  opt=$1
  case $opt in
    -h | --help) usage; exit 0 ;;
    --*=*) set -- "${opt%%=*}" "${opt#*=}" "${@:2}"; continue ;;
  esac
  (($# >= 2)) || { printf 'error: %s needs a value\n' "$opt" >&2; usage >&2; exit 2; }
  case $opt in
    --users | --products | --orders | --stores | --questions | --interviews | --manuals | --catalog)
      need_int "$opt" "$2" 100000000; COUNT[${opt#--}]=$((10#$2)) ;;
    --seed) need_int "$opt" "$2"; SEED=$((10#$2)) ;;
    --batch) need_int "$opt" "$2" 1000000; BATCH=$((10#$2)); ((BATCH > 0)) || { echo "error: --batch must be > 0" >&2; exit 2; } ;;
    --as-of)
      [[ $2 =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}([T\ ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$ ]] \
        || { echo "error: --as-of takes 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS]', got '$2'" >&2; exit 2; }
      AS_OF=${2/T/ } ;;
    --confirm-production) CONFIRM_DB=$2 ;;
    *) printf 'error: unknown option %s\n' "$opt" >&2; usage >&2; exit 2 ;;
  esac
  shift 2
done

URL=${DATABASE_URL:-$DEFAULT_URL}
TARGET=$(redact_url "$URL")
parse_url "$URL"

# ---------------------------------------------------------------------------------------------------------------
command -v psql >/dev/null || fail "psql is not installed (apt-get install postgresql-client)"

# libpq reads these; clear the ones that would override the URL.
unset PGHOSTADDR PGSERVICE PGSERVICEFILE PGSSLMODE PGSSLROOTCERT PGSSLCERT PGSSLKEY PGOPTIONS PGDATABASE PGUSER
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGDATABASE=$DB_NAME PGUSER=$DB_USER PGAPPNAME=hybridstore-seed
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
if [[ -n $DB_PASSWORD ]]; then export PGPASSWORD=$DB_PASSWORD; else unset PGPASSWORD; fi
((${#DB_ENV[@]} == 0)) || export "${DB_ENV[@]}"

PSQL=(psql -X -q -v ON_ERROR_STOP=1)

# ---------------------------------------------------------------------------------------------------------------
# Production guard: the seeds' rule is never to test against production data. Production is SUITE_ENV=production
# here, or the database's own mark (infra/postgres/production-mark.sql); either needs --confirm-production <db>.

if [[ ${SUITE_ENV:-} == production ]]; then
  WHY="SUITE_ENV=production"
elif [[ $("${PSQL[@]}" -At -v db= -f "$HERE/../postgres/production-mark.sql" 2>/dev/null) == t ]]; then
  WHY="the database is marked hybridstore.environment=production"
else
  WHY=""
fi
if [[ -n $WHY ]]; then
  if [[ -z $CONFIRM_DB ]]; then
    refuse "$WHY: not seeding dummy data into $TARGET. If you really mean it, add --confirm-production $DB_NAME"
  elif [[ $CONFIRM_DB != "$DB_NAME" ]]; then
    refuse "$WHY: --confirm-production '$CONFIRM_DB' does not name the database of DATABASE_URL ($TARGET)"
  fi
  printf '%swarning:%s %s, seeding %s as confirmed\n' "$YELLOW" "$PLAIN" "$WHY" "$TARGET" >&2
fi

if ! probe=$("${PSQL[@]}" -At -c 'SELECT count(*) FROM public.stores' 2>&1); then
  if [[ $probe == *'relation "public.stores" does not exist'* ]]; then
    fail "$TARGET has no hybridstore schema yet: apply the migrations first (core-api applies them at start)"
  fi
  printf '%s\n' "$probe" >&2
  fail "cannot reach $TARGET (is the stack up? ./suite up)"
fi
# Default stores: a store-less database gets 20, so products and orders have stores to belong to.
if [[ ${COUNT[stores]} == - ]]; then
  COUNT[stores]=0
  [[ $probe == 0 ]] && ((COUNT[products] > 0)) && COUNT[stores]=20
fi

# ---------------------------------------------------------------------------------------------------------------
# The run: psql reads a stream of meta-commands (\set lo/hi, \i <file>) and reports progress with \warn lines,
# which render() turns into a bar per table on stderr.

psql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

emit() {
  printf '\\i %s\n' "$(psql_quote "$SQL_DIR/begin.sql")"
  local table lo hi total batch
  for table in stores users products orders questions interviews manuals catalog; do
    total=${COUNT[$table]}
    ((total > 0)) || continue
    batch=$BATCH
    [[ $table == catalog ]] && batch=$(((BATCH + 999) / 1000)) # a project brings some 1,300 rows
    printf '\\warn @start %s %d\n' "$table" "$total"
    printf '\\i %s\n' "$(psql_quote "$SQL_DIR/$table.prepare.sql")"
    for ((lo = 1; lo <= total; lo += batch)); do
      hi=$((lo + batch - 1 < total ? lo + batch - 1 : total))
      printf '\\set lo %d\n\\set hi %d\n\\i %s\n\\warn @progress %s %d %d\n' \
        "$lo" "$hi" "$(psql_quote "$SQL_DIR/$table.batch.sql")" "$table" "$hi" "$total"
    done
    if [[ -f $SQL_DIR/$table.finish.sql ]]; then
      printf '\\warn @finishing %s\n\\i %s\n' "$table" "$(psql_quote "$SQL_DIR/$table.finish.sql")"
    fi
    printf '\\warn @done %s %d\n' "$table" "$total"
  done
  printf '\\warn @commit\n\\i %s\n\\warn @committed\n' "$(psql_quote "$SQL_DIR/commit.sql")"
}

now_us() { local t=${EPOCHREALTIME/[.,]/}; echo $((10#$t)); }

# One line per table on stderr: redrawn in place on a terminal, a line per batch otherwise.
#   orders     [#####################.........]     700000/1000000      123456 rows/s
render() {
  local line table count total start=0 elapsed tty=0 committed=0
  [[ -t 2 ]] && tty=1
  while IFS= read -r line; do
    case $line in
      '@start '*)
        read -r _ table total <<<"$line"; start=$(now_us)
        ((tty)) && { bar_line "$table" 0 "$total" "$start"; printf '\r' >&2; } ;;
      '@progress '*)
        read -r _ table count total <<<"$line"
        if ((tty)); then bar_line "$table" "$count" "$total" "$start"; printf '\r' >&2
        elif ((count < total)); then bar_line "$table" "$count" "$total" "$start"; printf '\n' >&2
        fi ;;
      '@finishing '*)
        ((tty)) && { bar_line "$table" "$total" "$total" "$start"; printf '  indexes...\r' >&2; } ;;
      '@done '*)
        read -r _ table total <<<"$line"
        bar_line "$table" "$total" "$total" "$start"
        elapsed=$(($(now_us) - start))
        printf '  %5d.%01d s' "$((elapsed / 1000000))" "$((elapsed / 100000 % 10))" >&2
        if ((tty)); then printf '\033[K\n' >&2; else printf '\n' >&2; fi ;;
      '@commit') start=$(now_us) ;;
      '@committed')
        committed=1 elapsed=$(($(now_us) - start))
        printf 'committed (and statistics refreshed) in %d.%01d s\n' "$((elapsed / 1000000))" "$((elapsed / 100000 % 10))" >&2 ;;
      *) printf '%s\n' "$line" >&2 ;;
    esac
  done
  ((committed))
}

bar_line() { # table count total start_us: the bar and the rate so far, without a line end
  local width=30 filled elapsed rate unit=rows
  [[ $1 == catalog ]] && unit=projects
  elapsed=$(($(now_us) - $4)); ((elapsed > 0)) || elapsed=1
  rate=$(($2 * 1000000 / elapsed))
  filled=$(($3 > 0 ? $2 * width / $3 : width))
  printf '%-10s [%s%s] %10d/%-10d %9d %s/s' "$1" "$(repeat '#' "$filled")" "$(repeat . $((width - filled)))" \
    "$2" "$3" "$rate" "$unit" >&2
}

repeat() { local s; printf -v s '%*s' "$2" ''; printf '%s' "${s// /$1}"; }

printf 'seeding %s  (seed %d%s)\n' "$TARGET" "$SEED" "${AS_OF:+, as of $AS_OF}" >&2
t0=$(now_us)
vars=(-v "seed=$SEED")
for table in "${!COUNT[@]}"; do vars+=(-v "$table=${COUNT[$table]}"); done
[[ -z $AS_OF ]] || vars+=(-v "as_of=$AS_OF")

set +e
emit | "${PSQL[@]}" "${vars[@]}" -f - 2>&1 >/dev/null | render
status=("${PIPESTATUS[@]}")
set -e
if ((status[1] != 0 || status[2] != 0)); then
  fail "seeding failed (psql exit ${status[1]}); the transaction was rolled back, nothing was written"
fi
total_us=$(($(now_us) - t0))
printf 'done in %d.%01d s\n' "$((total_us / 1000000))" "$((total_us / 100000 % 10))" >&2
