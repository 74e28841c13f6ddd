# ./suite chaos all|FAULT...: the fault campaign of the operator CLI (hybridstore chaos) against the running suite.
# shellcheck shell=bash
# help: chaos [all|FAULT...] [--seconds S]          break one component at a time under load; count lost/doubled orders

cmd_chaos() {
  stack_ports
  build_services
  service_ready "$API_PORT" || die "core-api is not ready on $API_PORT: start the suite first (./suite up)"
  cli_run chaos "$@"
}

# The short campaign of ./suite test: the PostgreSQL and Redis crashes, on the test stack, with the jars just built.
chaos_short() {
  say "fault campaign, short form (chaos pg-kill redis-kill) on the test stack; services log to $LOG_DIR"
  start_services 1 >"$LOG_DIR/chaos-start.log" 2>&1 || die "the services did not start; see $LOG_DIR/chaos-start.log"
  "$ROOT/infra/suite/seed.sh" --users 300 --products 60 --stores 5 --orders 0 >"$LOG_DIR/chaos-seed.log" 2>&1 \
    || die "seeding for the campaign failed; see $LOG_DIR/chaos-seed.log"
  curl -fsS -X POST "http://127.0.0.1:$(service_port cache-worker)/cache/refresh" >/dev/null || die "cache-worker did not fill the window"
  local rc=0
  cli_run chaos pg-kill redis-kill --seconds 20 || rc=$?
  stop_services >/dev/null
  ((rc == 0)) || die "the fault campaign lost or doubled orders, or a service did not recover (see the table above)"
}
