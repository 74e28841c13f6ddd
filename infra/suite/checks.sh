# The short checks ./suite test runs after the Maven tests: the operator CLI against the services just built, on the
# test stack.
# shellcheck shell=bash

# The shipped Prometheus files: both scrape configurations and the rules load, and every alert fires and stays quiet
# where tests/alerts.test.yml says (promtool runs from infra/prometheus: the files name each other relatively).
prometheus_checks() {
  say "Prometheus configurations and alert rules (promtool check config, check rules, test rules)"
  local out
  out=$(cd "$ROOT/infra/prometheus" && promtool check config prometheus.yml 2>&1 && promtool check config suite.yml 2>&1 \
    && promtool check rules rules/*.yml 2>&1 && promtool test rules tests/*.yml 2>&1) || die "promtool failed:"$'\n'"$out"
  ok "the configurations and rules load; each alert fires and stays quiet as tests/alerts.test.yml expects"
}

# db status, health and tables must report the test database as the migrations left it, and a wrong token must come
# back as the API's refusal. Leaves the services running for chaos_short.
db_short() {
  say "db commands of the operator CLI (status, health, tables) on the test stack"
  start_services 1 >"$LOG_DIR/db-start.log" 2>&1 || die "the services did not start; see $LOG_DIR/db-start.log"
  local latest out
  latest=$(find "$ROOT/infra/postgres/migrations" -name 'V*__*.sql' -printf '%f\n' | sed 's/^V\([0-9.]*\)__.*/\1/' | sort -V | tail -1)
  out=$(cli_run db status 2>&1) || die "db status failed: $out"
  db_expect "db status" "$out" "database $DB_NAME: version $latest" "RANK  VERSION" "pending: none"
  out=$(cli_run db health 2>&1) || die "db health failed: $out"
  db_expect "db health" "$out" "reachable       yes" "database        $DB_NAME (" "server          PostgreSQL " "vector "
  out=$(cli_run db tables 2>&1) || die "db tables failed: $out"
  db_expect "db tables" "$out" "tables of $DB_NAME:" "public.orders " "public.users "
  out=$(HYBRIDSTORE_CLI_ADMIN_TOKEN=not-the-token cli_run db health 2>&1) && die "db health with a wrong token succeeded: $out"
  db_expect "db health with a wrong token" "$out" "error: 403 Forbidden" "the admin token is not valid"
  ok "db status, health and tables report $DB_NAME at version $latest"
}

# db_expect <what> <output> <text...>: dies unless the output holds every text.
db_expect() {
  local what=$1 out=$2 text; shift 2
  for text; do [[ $out == *"$text"* ]] || die "$what: no '$text' in its output:"$'\n'"$out"; done
}

# The ops page in headless Chromium against the services db_short left running: no console error, order figures that
# move while the test places orders, the admin panels unlocked. Its screenshot goes to the log directory; copy it to
# docs/ops.png to refresh the README's.
ops_page_check() {
  say "ops page in headless Chromium (core-api/src/test/browser)"
  install_browser_test
  start_services 1 >"$LOG_DIR/ops-start.log" 2>&1 || die "the services did not start; see $LOG_DIR/ops-start.log"
  (
    set -a; source "$(suite_env_file)"; set +a
    cd "$ROOT/core-api/src/test/browser"
    OPS_API_URL="http://127.0.0.1:$API_PORT" OPS_SCREENSHOT="$LOG_DIR/ops.png" node ops-page.test.mjs
  ) || die "the ops page test failed (core-api's log: $LOG_DIR/core-api.log)"
  ok "the ops page loads without console errors and its order figures move; screenshot in $LOG_DIR/ops.png"
}

# The short fault campaign: the PostgreSQL and Redis crashes, on the test stack, with the jars just built.
chaos_short() {
  say "fault campaign, short form (chaos pg-kill redis-kill) on the test stack; services log to $LOG_DIR"
  start_services 1 >"$LOG_DIR/chaos-start.log" 2>&1 || die "the services did not start; see $LOG_DIR/chaos-start.log"
  cli_run seed --users 300 --products 60 --stores 5 --orders 0 >"$LOG_DIR/chaos-seed.log" 2>&1 \
    || die "seeding for the campaign failed; see $LOG_DIR/chaos-seed.log"
  curl -fsS -X POST "http://127.0.0.1:$(service_port cache-worker)/cache/refresh" >/dev/null || die "cache-worker did not fill the window"
  local rc=0
  cli_run chaos pg-kill redis-kill --seconds 20 || rc=$?
  stop_services >/dev/null
  # A 500 names a reference; its stack trace is in the service's log, which a CI checkout does not keep.
  ((rc == 0)) || grep -h -A25 'Unexpected failure' "$LOG_DIR"/*.log 2>/dev/null | head -80 >&2 || true
  ((rc == 0)) || die "the fault campaign lost or doubled orders, or a service did not recover (see the table above)"
}
