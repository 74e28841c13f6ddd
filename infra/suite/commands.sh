# The ./suite subcommands.
# shellcheck shell=bash

cmd_up() {
  local brokers=1 consumers=1 prometheus=0 topology=single copies=1
  while (($#)); do
    case $1 in
      --topology) topology=$2; shift 2 ;;
      --kafka-brokers) brokers=$2; shift 2 ;;
      --consumers) consumers=$2; shift 2 ;;
      --with-prometheus) prometheus=1; shift ;;
      *) die "up: unknown option '$1'" ;;
    esac
  done
  [[ $brokers == 1 || $brokers == 3 ]] || die "--kafka-brokers takes 1 or 3"
  [[ $consumers =~ ^[0-9]+$ ]] && ((consumers >= 1 && consumers <= ORDER_PARTITIONS)) \
    || die "--consumers takes 1 to $ORDER_PARTITIONS (one instance per partition of orders at most)"
  [[ $topology == single || $topology == cluster ]] || die "--topology takes single or cluster"
  # cluster: the Redis Cluster, 3 brokers, a standby, 2 core-api behind haproxy, 3 order-consumers, 2 of each worker.
  [[ $topology == cluster ]] && { brokers=3; copies=2; ((consumers > 1)) || consumers=3; }
  local start=$SECONDS
  stack_ports
  [[ $(topology) != "$topology" ]] && pid_alive core-api && die "the $(topology) topology is running; './suite down' first"
  echo "$topology" >"$STACK_DIR/topology"
  install_all
  if ((prometheus)); then install_prometheus; fi
  pg_start
  if [[ $topology == cluster ]]; then
    apt_install haproxy
    pg_standby_start
    redis_cluster_start
  else redis_start; fi
  kafka_start "$brokers"
  build_services
  start_services "$consumers" "$copies"
  [[ $topology == cluster ]] && haproxy_start
  load_demo_data
  if ((prometheus)); then prometheus_start; fi
  say "hybridstore is up in $((SECONDS - start))s"
  print_urls
}

print_urls() {
  cat <<URLS
    core-api        http://127.0.0.1:$API_PORT   (Swagger UI: /q/swagger-ui, OpenAPI: /q/openapi)
    ops page        http://127.0.0.1:$API_PORT/ops   (live figures; the admin token unlocks migrations and backups)
    order-consumer  http://127.0.0.1:$(service_port order-consumer)/q/health
    cache-worker    http://127.0.0.1:$(service_port cache-worker)/q/health
    ai-worker       http://127.0.0.1:$(service_port ai-worker)/q/health
    metrics         /q/metrics on each service$(pid_alive prometheus && printf '\n    Prometheus      http://127.0.0.1:%s   (alerts: /alerts)' "$PROMETHEUS_PORT")
    PostgreSQL      127.0.0.1:$PG_PORT  (./suite psql)
    Redis           127.0.0.1:$REDIS_PORT  (./suite redis-cli)
    Kafka           $(kafka_bootstrap)  (./suite kafka-topics --list)
    admin token     in $(suite_env_file)
URLS
}

load_demo_data() {
  [[ -f "$STACK_DIR/demo-loaded" ]] && return 0
  say "loading demo data (first start only)"
  cli_run seed --users 10000 --products 1000 --stores 20 --orders 50000 --questions 200 --manuals 100 --catalog 20 \
    || die "demo data failed to load"
  # One cycle now, so the demo rows are in Redis at once (random picks answer) rather than after CACHE_INTERVAL.
  cli_run cache refresh >/dev/null || warn "the first cache cycle failed; cache-worker retries every CACHE_INTERVAL"
  touch "$STACK_DIR/demo-loaded"
}

cmd_down() {
  stack_ports
  prometheus_stop
  haproxy_stop
  stop_services
  kafka_stop
  redis_cluster_stop
  redis_stop
  pg_standby_stop
  pg_stop
}

cmd_status() {
  stack_ports
  printf '%-20s %-6s %-22s %s\n' COMPONENT STATE PORT PID
  row() { printf '%-20s %-6s %-22s %s\n' "$1" "$2" "$3" "$4"; }
  state() { if pid_alive "$1"; then echo up; else echo down; fi; }
  if [[ -f "$PG_DATA/postmaster.pid" ]] && kill -0 "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null; then
    row postgres up "$PG_PORT" "$(head -1 "$PG_DATA/postmaster.pid")"
  else row postgres down "$PG_PORT" -; fi
  local name f n p any
  if [[ $(topology) == cluster ]]; then
    row standby "$(state standby)" "$(pg_standby_port)" "$(pid_of standby)"
    for p in $(redis_cluster_ports); do row "redis-cluster-$p" "$(state "redis-cluster-$p")" "$p" "$(pid_of "redis-cluster-$p")"; done
    row haproxy "$(state haproxy)" "$API_PORT" "$(pid_of haproxy)"
  else row redis "$(state redis)" "$REDIS_PORT" "$(pid_of redis)"; fi
  for ((n = 1; n <= $(kafka_brokers); n++)); do row "kafka$n" "$(state "kafka$n")" "$(kafka_port "$n")" "$(pid_of "kafka$n")"; done
  for name in "${SERVICES[@]}"; do
    any=0
    for f in "$PID_DIR/$name.pid" "$PID_DIR/$name"-*.pid; do
      [[ -f "$f" ]] || continue
      any=1; n=$(basename "$f" .pid); row "$n" "$(state "$n")" "$(service_port "$n")" "$(pid_of "$n")"
    done
    ((any)) || row "$name" down "$(service_port "$name")" -
  done
  row prometheus "$(state prometheus)" "$PROMETHEUS_PORT" "$(pid_of prometheus)"
  status_extras
}

# Hook for per-feature status lines (embedding failures etc.).
status_extras() {
  pid_alive ai-worker || return 0
  local line; line=$(cli_run embed status 2>/dev/null) || return 0
  echo; echo "$line"
}

cmd_logs() {
  stack_ports
  local name=${1:-}
  if [[ -z "$name" ]]; then echo "logs in $LOG_DIR:"; ls -1 "$LOG_DIR"; return 0; fi
  [[ -f "$LOG_DIR/$name.log" ]] || die "no log named '$name' in $LOG_DIR"
  if [[ -t 1 ]]; then exec tail -n 200 -F "$LOG_DIR/$name.log"; else cat "$LOG_DIR/$name.log"; fi
}

cmd_test() {
  if [[ ${1:-} == --topology ]]; then
    [[ ${2:-} == cluster ]] || die "test --topology takes cluster (plain './suite test' is the single stack)"
    shift 2; cmd_test_cluster "$@"; return
  fi
  local start=$SECONDS
  mkdir -p "$SUITE_HOME"
  install_all
  install_prometheus
  prometheus_checks
  export SUITE_STACK=test
  stack_ports
  [[ $(topology) == cluster ]] && pid_alive core-api && die "the test stack runs the cluster topology; 'SUITE_STACK=test ./suite down' first"
  rm -f "$STACK_DIR/topology"
  trap 'test_stack_down' EXIT
  pg_start
  # Each run starts from an empty test database so upgrades run from scratch and no run sees another's rows.
  pg_superuser -d postgres -c "drop database if exists ${DB_NAME} with (force)" >/dev/null
  pg_bootstrap_db
  pg_standby_start
  redis_start
  redis-cli -p "$REDIS_PORT" -n 0 flushdb >/dev/null
  redis_cluster_start
  kafka_start 1
  set -a; eval "$(stack_env)"; set +a
  [[ -n "${REDIS_CLUSTER_NODES:-}" ]] || die "the Redis Cluster did not come up, so its tests would be skipped"
  export KAFKA_LIB   # KafkaCluster runs a 3-broker cluster of a test's own from these jars (ThreeBrokersIT)
  say "running the tests against PostgreSQL :$PG_PORT (standby :$(pg_standby_port)), Redis :$REDIS_PORT and the Redis Cluster $REDIS_CLUSTER_NODES, Kafka $(kafka_bootstrap)"
  "$ROOT/mvnw" -B verify -f "$ROOT/pom.xml" "$@" || die "tests failed (reports under */target/surefire-reports)"
  say "checking the native build sources (-Pnative, sources only: no GraalVM here)"
  "$ROOT/mvnw" -B -q -Pnative package -f "$ROOT/pom.xml" -pl core-api,order-consumer,cache-worker,ai-worker,cli -am \
    >"$LOG_DIR/native.log" 2>&1 || die "native sources build failed; see $LOG_DIR/native.log"
  # Resources a native binary needs beyond what the extensions register: admin undo reads db/undo/*.sql, seed seed/*.sql.
  unzip -p "$ROOT"/core-api/target/native-sources/core-api-*-runner.jar META-INF/native-image/resource-config.json \
    | grep -q 'db/undo/' || die "core-api's native image would lack the undo scripts (quarkus.native.resources.includes)"
  unzip -p "$ROOT"/cli/target/native-sources/cli-*-runner.jar META-INF/native-image/resource-config.json \
    | grep -q 'seed/' || die "the CLI's native image would lack the seed's SQL (quarkus.native.resources.includes)"
  ok "native sources written under */target/native-sources (undo scripts and seed SQL included)"
  # -Pnative replaced the JVM jars; rebuild them so a later 'up' runs a JVM build.
  "$ROOT/mvnw" -B -q -DskipTests package -f "$ROOT/pom.xml" >"$LOG_DIR/build.log" 2>&1 || die "rebuild failed; see $LOG_DIR/build.log"
  db_short
  ops_page_check
  chaos_short
  say "all tests passed in $((SECONDS - start))s"
}

# ./suite test --topology cluster: 'up --topology cluster' on the test stack's ports, from an empty database, then the
# system tests (module system-tests) against it through haproxy and each instance.
cmd_test_cluster() {
  local start=$SECONDS
  export SUITE_STACK=test
  stack_ports
  pid_alive core-api && die "the test stack is running; 'SUITE_STACK=test ./suite down' first"
  trap 'test_stack_down' EXIT
  pg_start
  pg_superuser -d postgres -c "drop database if exists ${DB_NAME} with (force)" >/dev/null
  rm -f "$STACK_DIR/demo-loaded"
  cmd_up --topology cluster
  set -a; eval "$(stack_env)"; eval "$(instance_urls)"; set +a
  say "running the system tests against the cluster topology behind haproxy on $API_PORT"
  "$ROOT/mvnw" -B verify -f "$ROOT/pom.xml" -pl system-tests -am -DsystemTests \
    -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false "$@" || die "system tests failed (reports under system-tests/target/failsafe-reports)"
  say "all system tests passed on the cluster topology in $((SECONDS - start))s"
}

# The system tests' view of the topology: haproxy, then every running instance of each service.
instance_urls() {
  local s f urls
  echo "SYSTEM_TEST_API_URL=http://127.0.0.1:$API_PORT"
  for s in "${SERVICES[@]}"; do
    urls=""
    for f in "$PID_DIR/$s.pid" "$PID_DIR/$s"-*.pid; do
      [[ -f "$f" ]] && urls+="${urls:+,}http://127.0.0.1:$(service_port "$(basename "$f" .pid)")"
    done
    echo "SYSTEM_TEST_$(tr a-z- A-Z_ <<<"$s")_URLS=$urls"
  done
}

test_stack_down() {
  [[ -n "${SUITE_KEEP_TEST_STACK:-}" ]] && return 0
  haproxy_stop >/dev/null; stop_services >/dev/null; kafka_stop >/dev/null; redis_cluster_stop >/dev/null; redis_stop >/dev/null
  pg_standby_stop >/dev/null; pg_stop >/dev/null
  rm -f "$STACK_DIR/topology"
}
