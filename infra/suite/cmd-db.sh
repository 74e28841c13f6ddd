# ./suite db: database operations (seed 004's Database Agent) through core-api's admin API.
# shellcheck shell=bash
# help: db status|migrate|undo|validate|backup|backups|delete-backup|restore|health|tables|reset   database operations (./suite db help)

db_usage() {
  cat <<'USAGE'
usage: ./suite db <command> [options]

  status                          current schema version, history (who, when, how long), pending migrations
  migrate [--target V]            apply pending migrations (up to V)
  undo [--steps N|all]            run the undo scripts of the last N applied versions, newest first   (destructive)
  validate                        check applied migrations against the scripts (checksums), list missing undo scripts
  backup [--schema S]             pg_dump --format=custom of the database (or one schema), with its SHA-256
  backups                         list the backups
  delete-backup NAME              delete a backup and its checksum file
  restore NAME|FILE [--new DB] [--anonymize]
                                  restore a backup over the database (destructive), or into a new database DB;
                                  --anonymize replaces personal columns with fakes (only with --new). A FILE
                                  (e.g. a dump copied from the server) is first copied into the backup directory.
  health                          reachable, latency, server version, extensions, pool, slow queries
  tables                          per table: estimated rows, sizes, scans, dead tuples, last (auto)vacuum/analyze
  reset                           drop the suite's objects and migrate again: a fresh local database   (destructive)

options for every command:
  --database DB                   work on another database of the same server (default: core-api's own)
  --confirm-production DB         allow a destructive command on a production database named DB

core-api must run (./suite up); its URL is CORE_API_URL (default http://127.0.0.1:8080) and the admin token
ADMIN_TOKEN, else the one ./suite up wrote to .suite/env. Destructive commands refuse a production database:
SUITE_ENV=production, or a database marked with
  ALTER DATABASE <db> SET hybridstore.environment = 'production';   (as a superuser)
unless --confirm-production names it.
USAGE
}

cmd_db() {
  local sub=${1:-help}; shift || true
  DB_TARGET="" DB_CONFIRM="" DB_ARGS=()
  while (($#)); do
    case $1 in
      --database) DB_TARGET=${2:?--database needs a name}; shift 2 ;;
      --confirm-production) DB_CONFIRM=${2:?--confirm-production needs the database name}; shift 2 ;;
      *) DB_ARGS+=("$1"); shift ;;
    esac
  done
  set -- "${DB_ARGS[@]+"${DB_ARGS[@]}"}"
  case $sub in
    help | -h | --help) db_usage; return 0 ;;
  esac
  command -v jq >/dev/null || die "./suite db needs jq (apt-get install jq)"
  stack_ports
  case $sub in
    status) db_status "$@" ;;
    migrate) db_migrate "$@" ;;
    undo) db_undo "$@" ;;
    validate) db_validate "$@" ;;
    backup) db_backup "$@" ;;
    backups) db_backups "$@" ;;
    delete-backup) db_delete_backup "$@" ;;
    restore) db_restore "$@" ;;
    health) db_health "$@" ;;
    tables) db_tables "$@" ;;
    reset) db_reset "$@" ;;
    *) db_usage >&2; die "unknown db command '$sub'" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# The admin API

db_api() { echo "${CORE_API_URL:-http://127.0.0.1:8080}"; }

db_token() {
  if [[ -n ${ADMIN_TOKEN:-} ]]; then printf '%s' "$ADMIN_TOKEN"; return 0; fi
  local f="$STACK_DIR/env"
  [[ -f $f ]] || die "no admin token: export ADMIN_TOKEN, or start the suite with ./suite up (it writes $f)"
  sed -n 's/^ADMIN_TOKEN=//p' "$f" | tail -1
}

# db_query <path> [key=value ...]: the path with --database and the given query parameters, URL-encoded.
db_query() {
  local path=$1 sep='?' kv; shift
  [[ -n $DB_TARGET ]] && set -- "$@" "database=$DB_TARGET"
  for kv in "$@"; do
    path+="$sep${kv%%=*}=$(jq -rn --arg v "${kv#*=}" '$v|@uri')"; sep='&'
  done
  echo "$path"
}

# db_call <METHOD> <path> [json-body]: the response body goes to DB_BODY (a file), its status to DB_STATUS. The
# token reaches curl on stdin, so it stays out of the process list. While a call runs for more than a second, a line
# shows the elapsed time and core-api's log lines about it (one per migration script, backup, restore step).
db_call() {
  local method=$1 path=$2 body=${3:-}
  DB_BODY=$(mktemp); DB_STATUS=""
  local status_file; status_file=$(mktemp)
  local args=(-sS -o "$DB_BODY" -w '%{http_code}' -X "$method" --config - --max-time 7200)
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  [[ -n $DB_CONFIRM ]] && args+=(-H "X-Confirm-Database: $DB_CONFIRM")
  local log="$LOG_DIR/core-api.log" offset=0
  [[ -f $log ]] && offset=$(stat -c %s "$log")
  printf 'header = "Authorization: Bearer %s"\n' "$(db_token)" | curl "${args[@]}" "$(db_api)$path" >"$status_file" 2>"$status_file.err" &
  local pid=$! start=$SECONDS shown=0
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    kill -0 "$pid" 2>/dev/null || break
    if [[ -f $log ]]; then
      tail -c +"$((offset + 1))" "$log" 2>/dev/null | grep -E 'Migration V|Undo |Backup |Restore of|: (pg_dump|pg_restore|sha256|anonymize|create database|extensions|verify sha256|read contents) done' \
        | sed -E 's/^[0-9:.]+ +[A-Z]+ +\[[^]]*\] \([^)]*\) /    /' >&2  || true
      offset=$(stat -c %s "$log")
    fi
    if [[ -t 2 ]]; then printf '\r    ... %ss ' "$((SECONDS - start))" >&2; shown=1
    elif (((SECONDS - start) % 5 == 0)); then echo "    ... $((SECONDS - start))s" >&2; fi
  done
  ((shown)) && printf '\r\033[K' >&2
  wait "$pid" || true
  DB_STATUS=$(cat "$status_file")
  if [[ -z $DB_STATUS || $DB_STATUS == 000 ]]; then
    local err; err=$(cat "$status_file.err")
    rm -f "$status_file" "$status_file.err"
    die "core-api is not reachable at $(db_api) (${err:-no answer}): start it with ./suite up first"
  fi
  rm -f "$status_file" "$status_file.err"
}

# db_ok: the call succeeded, else print the problem (title, detail, field errors, failed script) and fail.
db_ok() {
  [[ $DB_STATUS == 2* ]] && return 0
  local text
  text=$(jq -r '[
      "\(.status // "") \(.title // "")",
      (.detail // empty),
      (.errors // [] | .[] | "  \(.field): \(.message)"),
      (if .script then "  script:    \(.script)\(if .line then " line \(.line)" else "" end)" else empty end),
      (if .statement then "  statement: \(.statement)" else empty end),
      (if .version_after then "  version now: \(.version_after)" else empty end)
    ] | join("\n")' "$DB_BODY" 2>/dev/null) || text="HTTP $DB_STATUS: $(head -c 500 "$DB_BODY")"
  rm -f "$DB_BODY"
  case $DB_STATUS in
    401 | 403) [[ $text == *production* ]] || text+=$'\n'"(the admin token is taken from ADMIN_TOKEN or $STACK_DIR/env)" ;;
    503) [[ $text == *ADMIN_TOKEN* ]] && text+=$'\n'"(core-api runs without ADMIN_TOKEN; ./suite up starts it with one)" ;;
  esac
  die "$text"
}

db_json() { jq -r "$@" "$DB_BODY"; }

# ---------------------------------------------------------------------------------------------------------------
# The production guard of local tooling (seed 000: never test destructively against production data)

# db_psql_url <postgresql-url> <database|""> [psql args...]: psql on the URL's server (another database when given).
# The password travels in PGPASSWORD, never on the command line.
db_psql_url() {
  local url=$1 database=$2; shift 2
  [[ $url =~ ^(jdbc:)?postgres(ql)?(\+[a-z0-9]+)?://([^:@/]*)(:([^@]*))?@([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
    || { warn "not a postgresql:// URL: cannot reach its database"; return 1; }
  local user=${BASH_REMATCH[4]} password=${BASH_REMATCH[6]} host=${BASH_REMATCH[7]} port=${BASH_REMATCH[9]:-5432}
  database=${database:-${BASH_REMATCH[10]}}
  password=$(printf '%b' "${password//%/\\x}")
  PGPASSWORD=$password PGCONNECT_TIMEOUT=5 PGAPPNAME=hybridstore-suite psql -X -h "$host" -p "$port" -U "$user" -d "$database" \
    -w -v ON_ERROR_STOP=1 -qtA "$@"
}

# db_url_marked_production <postgresql-url> [database]: succeeds when the database is marked production. An unreachable
# server is not "marked" (the admin API checks again on its side).
db_url_marked_production() {
  local marked
  marked=$(db_psql_url "$1" "${2:-}" -v db="${2:-}" -f "$ROOT/infra/postgres/production-mark.sql" 2>/dev/null) || return 1
  [[ $marked == t ]]
}

# db_guard_destructive <operation> <database> [postgresql-url]: dies unless the database is not production or
# --confirm-production names it. Production: SUITE_ENV=production here, or the mark on the database.
db_guard_destructive() {
  local operation=$1 database=$2 url=${3:-}
  local why=""
  if [[ ${SUITE_ENV:-} == production ]]; then why="SUITE_ENV=production"
  elif [[ -n $url ]] && db_url_marked_production "$url" "$database"; then why="the database is marked hybridstore.environment=production"
  fi
  [[ -z $why ]] && return 0
  [[ $DB_CONFIRM == "$database" ]] && { warn "production database $database: $operation confirmed"; return 0; }
  die "refusing to $operation '$database': $why. If you really mean it: --confirm-production $database"
}

# The database a command works on, and the URL the suite's services use for it.
db_target() {
  if [[ -n $DB_TARGET ]]; then echo "$DB_TARGET"; return 0; fi
  db_call GET /admin/db/health; [[ $DB_STATUS == 2* || $DB_STATUS == 503 ]] || db_ok
  db_json '.database'; rm -f "$DB_BODY"
}

db_suite_url() { eval "$(stack_env)"; echo "$DATABASE_URL"; }

db_destructive() {
  local operation=$1 database; database=$(db_target)
  db_guard_destructive "$operation" "$database" "$(db_suite_url)"
}

# ---------------------------------------------------------------------------------------------------------------
# Commands

db_ms() { jq -rn --argjson ms "${1:-0}" 'if $ms >= 1000 then "\($ms / 1000 * 10 | round / 10) s" else "\($ms) ms" end'; }

db_print_run() {
  db_json '"database \(.database): \(.from_version // "empty") → \(.to_version // "empty") (\(.direction))"'
  if [[ $(db_json '.steps | length') -gt 0 ]]; then
    { printf 'VERSION\tSTEP\tTIME\n'
      db_json '.steps[] | "\(.version // "-")\t\(.script // .description)\t\(if .duration_ms >= 1000 then "\(.duration_ms / 100 | round / 10) s" else "\(.duration_ms) ms" end)"'
    } | column -t -s $'\t' | sed 's/^/    /'
  else
    echo "    nothing to do"
  fi
  echo "    total $(db_ms "$(db_json '.duration_ms')")"
}

db_status() {
  db_call GET "$(db_query /admin/db/migrations)"; db_ok
  db_json '"database \(.database): version \(.current_version // "empty (no migration applied)")"'
  if [[ $(db_json '.history | length') -gt 0 ]]; then
    echo; echo "history:"
    { printf 'RANK\tVERSION\tDESCRIPTION\tBY\tON\tTIME\tOK\tUNDO\n'
      db_json '.history[] | "\(.installed_rank)\t\(.version // "-")\t\(.description)\t\(.installed_by)\t\(.installed_on | sub("\\.[0-9]+Z$"; "Z"))\t\(.execution_time_ms) ms\t\(if .success then "yes" else "FAILED" end)\t\(if .undo_available then "yes" else "no" end)"'
    } | column -t -s $'\t' | sed 's/^/    /'
  fi
  echo
  if [[ $(db_json '.pending | length') -gt 0 ]]; then
    echo "pending:"
    db_json '.pending[] | "    \(.version)  \(.description)  (\(.script))"'
  else
    echo "pending: none"
  fi
  rm -f "$DB_BODY"
}

db_migrate() {
  local target=""
  while (($#)); do case $1 in --target) target=${2:?--target needs a version}; shift 2 ;; *) die "migrate: unknown option '$1'" ;; esac; done
  say "migrating $(db_api)${DB_TARGET:+ (database $DB_TARGET)}${target:+ to version $target}"
  if [[ -n $target ]]; then db_call POST "$(db_query /admin/db/migrations/upgrade "target=$target")"
  else db_call POST "$(db_query /admin/db/migrations/upgrade)"; fi
  db_ok; db_print_run; rm -f "$DB_BODY"
}

db_undo() {
  local steps=1
  while (($#)); do case $1 in --steps) steps=${2:?--steps needs a number or all}; shift 2 ;; *) die "undo: unknown option '$1'" ;; esac; done
  db_destructive "undo $steps migration(s) of"
  say "undoing $steps migration(s)"
  db_call POST "$(db_query /admin/db/migrations/undo "steps=$steps")"; db_ok; db_print_run; rm -f "$DB_BODY"
}

db_validate() {
  db_call POST "$(db_query /admin/db/migrations/validate)"; db_ok
  if [[ $(db_json '.valid') == true ]]; then ok "applied migrations match their scripts ($(db_json '.database'))"
  else
    warn "validation failed for $(db_json '.database'):"
    db_json '.errors[] | "    \(.version // "-") \(.script // ""): \(.message)"'
  fi
  [[ $(db_json '.undo_missing | length') -gt 0 ]] && db_json '"    no undo script: \(.undo_missing | join(", "))"'
  local valid; valid=$(db_json '.valid'); rm -f "$DB_BODY"
  [[ $valid == true ]]
}

db_backup() {
  local schema=""
  while (($#)); do case $1 in --schema) schema=${2:?--schema needs a name}; shift 2 ;; *) die "backup: unknown option '$1'" ;; esac; done
  say "backing up${DB_TARGET:+ $DB_TARGET}${schema:+ (schema $schema)}"
  if [[ -n $schema ]]; then db_call POST "$(db_query /admin/db/backups "schema=$schema")"
  else db_call POST "$(db_query /admin/db/backups)"; fi
  db_ok
  ok "$(db_json '"\(.name): \(.size_mb) MB in \(.duration_ms) ms"')"
  db_json '"    sha256 \(.sha256)"'
  db_json '.steps[] | "    \(.name): \(.duration_ms) ms"'
  rm -f "$DB_BODY"
}

db_backups() {
  db_call GET /admin/db/backups; db_ok
  echo "backups in $(db_json '.directory'):"
  if [[ $(db_json '.backups | length') -eq 0 ]]; then echo "    none"; else
    { printf 'NAME\tSIZE\tCREATED\tSHA-256\n'
      db_json '.backups[] | "\(.name)\t\(.size_mb) MB\t\(.created_at | sub("\\.[0-9]+Z$"; "Z"))\t\((.sha256 // "-")[0:16])…"'
    } | column -t -s $'\t' | sed 's/^/    /'
  fi
  rm -f "$DB_BODY"
}

db_delete_backup() {
  local name=${1:?usage: ./suite db delete-backup NAME}
  db_call DELETE "/admin/db/backups/$(jq -rn --arg v "$name" '$v|@uri')"; db_ok; rm -f "$DB_BODY"
  ok "deleted $name"
}

# A dump given as a path (seed 000: dumped on the server, copied here) is copied into core-api's backup directory,
# with its .sha256 when there is one, so the API restores it like its own.
db_import_dump() {
  local file=$1
  db_call GET /admin/db/backups; db_ok
  local dir; dir=$(db_json '.directory'); rm -f "$DB_BODY"
  [[ -d $dir && -w $dir ]] || mkdir -p "$dir" 2>/dev/null || die "core-api's backup directory $dir is not on this machine: copy $file there first"
  local name; name=$(basename "$file")
  [[ $name == *.dump ]] || die "$file: a backup file name must end in .dump"
  if [[ -f $file.sha256 ]]; then
    (cd "$(dirname "$file")" && sha256sum -c --quiet "$name.sha256") || die "$file does not match $file.sha256"
    cp "$file.sha256" "$dir/"
  fi
  [[ $(readlink -f "$file") == $(readlink -f "$dir/$name") ]] || cp "$file" "$dir/$name"
  echo "$name"
}

db_restore() {
  local backup="" new="" anonymize=false
  while (($#)); do
    case $1 in
      --new) new=${2:?--new needs a database name}; shift 2 ;;
      --anonymize) anonymize=true; shift ;;
      -*) die "restore: unknown option '$1'" ;;
      *) [[ -z $backup ]] || die "restore takes one backup"; backup=$1; shift ;;
    esac
  done
  [[ -n $backup ]] || die "usage: ./suite db restore NAME|FILE [--new DB] [--anonymize]"
  [[ $anonymize == true && -z $new ]] && die "--anonymize works with --new DB only (the restored copy is anonymized, never the original)"
  [[ -f $backup ]] && backup=$(db_import_dump "$backup")
  local body
  if [[ -n $new ]]; then
    db_guard_destructive "restore into" "$new"
    body=$(jq -nc --arg b "$backup" --arg d "$new" --argjson a "$anonymize" '{backup: $b, target: "new", database: $d, anonymize: $a}')
    say "restoring $backup into a new database $new$([[ $anonymize == true ]] && echo ", anonymized")"
  else
    db_destructive "restore $backup over"
    body=$(jq -nc --arg b "$backup" --arg d "$DB_TARGET" '{backup: $b, target: "same"} + (if $d == "" then {} else {database: $d} end)')
    say "restoring $backup over ${DB_TARGET:-the database of core-api}"
  fi
  db_call POST /admin/db/restores "$body"; db_ok
  ok "$(db_json '"restored into \(.database) in \(.duration_ms) ms; schema version \(.schema_version // "none")"')"
  db_json '.steps[] | "    \(.name): \(.duration_ms) ms\(if .detail then " (\(.detail))" else "" end)"'
  [[ $(db_json '.anonymized // [] | length') -gt 0 ]] && db_json '"    anonymized: \(.anonymized | join(", "))"'
  rm -f "$DB_BODY"
}

db_health() {
  db_call GET /admin/db/health
  [[ $DB_STATUS == 200 || $DB_STATUS == 503 ]] || db_ok
  db_json '
    "reachable       \(if .reachable then "yes" else "NO: \(.error)" end)",
    (if .reachable then
      "database        \(.database) (\(.size_bytes / 1048576 * 10 | round / 10) MB), \(.role)",
      "latency         \(.latency_ms) ms (SELECT 1)",
      "server          PostgreSQL \(.server_version)",
      "extensions      \([.extensions[] | "\(.name) \(.version)"] | join(", "))",
      "pool            max \(.pool.max_size), in use \(.pool.in_use // "?"), free \(.pool.idle // "?"), waiting \(.pool.waiting // "?")",
      "connections     \(.pool.server_connections_ours) ours (\(.pool.application_name)), \(.pool.server_connections_database) on the database, server max \(.pool.server_max_connections)"
    else empty end),
    "environment     \(.environment)\(if .production then " (PRODUCTION)" else "" end)",
    "slow queries    \(.slow_queries) since start"'
  local status=$DB_STATUS; rm -f "$DB_BODY"
  [[ $status == 200 ]]
}

db_tables() {
  db_call GET /admin/db/tables; db_ok
  echo "tables of $(db_json '.database'):"
  { printf 'TABLE\tROWS~\tTABLE MB\tINDEX MB\tSEQ SCANS\tIDX SCANS\tDEAD\tVACUUMED\tANALYZED\n'
    db_json 'def mb: . / 1048576 * 100 | round / 100; def day: if . then sub("T.*"; "") else "-" end;
      .tables[] | "\(.schema).\(.table)\t\(.estimated_rows // "?")\t\(.table_bytes | mb)\t\(.index_bytes | mb)\t\(.seq_scans)\t\(.idx_scans // "-")\t\(.dead_tuples)\t\([.last_vacuum, .last_autovacuum] | max | day)\t\([.last_analyze, .last_autoanalyze] | max | day)"'
  } | column -t -s $'\t' | sed 's/^/    /'
  rm -f "$DB_BODY"
}

db_reset() {
  db_destructive "reset (drop everything and migrate again)"
  say "resetting ${DB_TARGET:-the database of core-api}: dropping the suite's objects, then migrating"
  db_call POST "$(db_query /admin/db/reset)"; db_ok; db_print_run; rm -f "$DB_BODY"
}
