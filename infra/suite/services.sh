# Builds and runs the four Quarkus services as local processes.
# shellcheck shell=bash

SERVICES=(core-api order-consumer cache-worker ai-worker)

# core-api on API_PORT (8080), order-consumer +1, cache-worker +2, ai-worker +3; instance n>1 of order-consumer on
# +101, +111, ... (8181, 8191, ...) so instance 1 keeps 8081.
consumer_port() { if (($1 == 1)); then echo $((API_PORT + 1)); else echo $((API_PORT + 81 + $1 * 10)); fi; }
service_port() {
  case $1 in
    core-api) echo "$API_PORT" ;;
    cache-worker) echo $((API_PORT + 2)) ;;
    ai-worker) echo $((API_PORT + 3)) ;;
    order-consumer) consumer_port 1 ;;
    order-consumer-*) consumer_port "${1#order-consumer-}" ;;
    *) die "no service named '$1'" ;;
  esac
}

jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

needs_build() {
  local m
  for m in "${SERVICES[@]}" cli; do
    [[ -f "$(jar_of "$m")" ]] || return 0
    [[ -n "$(find "$ROOT/$m/src/main" "$ROOT/shared-model/src" "$ROOT/platform/src" "$ROOT/platform-kafka/src" "$ROOT/platform-redis/src" "$ROOT/embedding/src" "$ROOT/infra/postgres" "$ROOT/pom.xml" "$ROOT/$m/pom.xml" \
      -newer "$(jar_of "$m")" -type f -print -quit 2>/dev/null)" ]] && return 0
  done
  return 1
}

build_services() {
  needs_build || { ok "service jars are up to date"; return 0; }
  say "building the services (./mvnw package -DskipTests; log: $LOG_DIR/build.log)"
  local start=$SECONDS
  "$ROOT/mvnw" -B -q -DskipTests package -f "$ROOT/pom.xml" >"$LOG_DIR/build.log" 2>&1 || die "build failed; see $LOG_DIR/build.log"
  ok "built in $((SECONDS - start))s"
}

suite_env_file() {
  local f="$STACK_DIR/env"
  if [[ ! -f "$f" ]]; then
    # A local admin token, generated once, so the admin API is usable but never open.
    echo "ADMIN_TOKEN=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" >"$f"; chmod 600 "$f"
  fi
  echo "$f"
}

start_service() {
  local name=$1 module=$2 port=$3; shift 3
  if pid_alive "$name"; then ok "$name already running on $port"; return 0; fi
  port_open "$port" && die "port $port (for $name) is taken by another process: $(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1); stop it or set a free port"
  (
    set -a; source "$(suite_env_file)"; eval "$(stack_env)"; set +a
    export QUARKUS_HTTP_PORT=$port
    for kv in "$@"; do export "${kv?}"; done
    nohup "$(java_home)/bin/java" ${SERVICE_JAVA_OPTS:--Xms64m -Xmx512m} -jar "$(jar_of "$module")" >"$LOG_DIR/$name.log" 2>&1 &
    echo $! >"$PID_DIR/$name.pid"
  )
  ok "$name started (pid $(pid_of "$name"), port $port)"
}

# The operator CLI (module cli) against this stack: the engines from stack_env, the services on this stack's ports
# (core-api's: HYBRIDSTORE_CLI_API_URL, else CORE_API_URL, when the caller sets one).
cli_run() {
  local urls="" f n
  for f in "$PID_DIR"/order-consumer*.pid; do
    [[ -f "$f" ]] || continue
    n=$(basename "$f" .pid); urls+=",http://127.0.0.1:$(service_port "$n")"
  done
  (
    set -a; source "$(suite_env_file)"; eval "$(stack_env)"; set +a
    export HYBRIDSTORE_CLI_API_URL="${HYBRIDSTORE_CLI_API_URL:-${CORE_API_URL:-http://127.0.0.1:$API_PORT}}"
    export HYBRIDSTORE_CLI_API_LOG="$LOG_DIR/core-api.log"
    export HYBRIDSTORE_CLI_CACHE_WORKER_URL="http://127.0.0.1:$(service_port cache-worker)"
    export HYBRIDSTORE_CLI_AI_WORKER_URL="http://127.0.0.1:$(service_port ai-worker)"
    export HYBRIDSTORE_CLI_SERVICE_URLS="http://127.0.0.1:$API_PORT${urls},http://127.0.0.1:$(service_port cache-worker),http://127.0.0.1:$(service_port ai-worker)"
    export HYBRIDSTORE_CLI_FAULT_COMMAND="$ROOT/suite fault"
    export HYBRIDSTORE_CLI_KAFKA_LIB="$KAFKA_LIB"
    export HYBRIDSTORE_CLI_AI_WORKER_JAR="$(jar_of ai-worker)"
    export HYBRIDSTORE_CLI_API_JAR="$(jar_of core-api)"
    export HYBRIDSTORE_CLI_CONSUMER_URLS="http://127.0.0.1:$(consumer_port 1),http://127.0.0.1:$(consumer_port 2),http://127.0.0.1:$(consumer_port 3)"
    exec "$(java_home)/bin/java" -Xmx256m -jar "$(jar_of cli)" "$@"
  )
}

service_ready() { curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1; }

# Waits for a service's readiness; stops at once, with the log's tail, if the process exits.
wait_service() {
  local name=$1 port=$2 i
  printf '    waiting for %s ' "$name"
  for ((i = 0; i < ${SERVICE_WAIT:-180}; i++)); do
    if service_ready "$port"; then printf ' ready (%ss)\n' "$i"; return 0; fi
    if ! pid_alive "$name"; then
      printf ' exited\n'; tail -n 15 "$LOG_DIR/$name.log" | cut -c1-300 >&2
      die "$name exited during start; full log: $LOG_DIR/$name.log"
    fi
    printf '.'; sleep 1
  done
  printf '\n'; curl -s "http://127.0.0.1:$port/q/health/ready" >&2 || true
  die "$name not ready after ${SERVICE_WAIT:-180}s; see $LOG_DIR/$name.log"
}

start_services() {
  local consumers=${1:-1} i
  # Kafka consumers per instance: 3 (the tuned default), fewer as instances grow, so N instances together hold about
  # one consumer per partition of orders (9) instead of leaving most of them idle.
  local per=$(((ORDER_PARTITIONS + consumers - 1) / consumers))
  ((per > 3)) && per=3
  local ops; mapfile -t ops < <(ops_env "$consumers")
  start_service core-api core-api "$API_PORT" "${ops[@]}"
  # core-api applies migrations; the workers wait for it so they find the schema.
  wait_service core-api "$API_PORT"
  for ((i = 1; i <= consumers; i++)); do
    start_service "order-consumer$([[ $i -gt 1 ]] && echo "-$i")" order-consumer "$(consumer_port "$i")" \
      "MP_MESSAGING_INCOMING_ORDERS_CONCURRENCY=$per"
  done
  start_service cache-worker cache-worker "$(service_port cache-worker)"
  start_service ai-worker ai-worker "$(service_port ai-worker)"
  for ((i = 1; i <= consumers; i++)); do
    wait_service "order-consumer$([[ $i -gt 1 ]] && echo "-$i")" "$(consumer_port "$i")"
  done
  wait_service cache-worker "$(service_port cache-worker)"
  wait_service ai-worker "$(service_port ai-worker)"
}

# ops_env <consumers>: core-api's settings for the ops page (/ops), which reads every instance's /q/metrics.
ops_env() {
  local i urls=""
  for ((i = 1; i <= $1; i++)); do urls+="${urls:+,}http://127.0.0.1:$(consumer_port "$i")"; done
  printf '%s\n' "HYBRIDSTORE_OPS_ORDER_CONSUMER_URLS=$urls" \
    "HYBRIDSTORE_OPS_CACHE_WORKER_URLS=http://127.0.0.1:$(service_port cache-worker)" \
    "HYBRIDSTORE_OPS_AI_WORKER_URLS=http://127.0.0.1:$(service_port ai-worker)"
}

# stop_service <name>: TERM, KILL after 10 s, and the pid file goes.
stop_service() {
  local name=$1 f="$PID_DIR/$1.pid" pid i
  [[ -f "$f" ]] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    ok "$name stopped"
  fi
  rm -f "$f"
}

stop_services() {
  local f
  for f in "$PID_DIR"/core-api.pid "$PID_DIR"/order-consumer*.pid "$PID_DIR"/cache-worker.pid "$PID_DIR"/ai-worker.pid; do
    [[ -f "$f" ]] && stop_service "$(basename "$f" .pid)"
  done
  return 0
}
