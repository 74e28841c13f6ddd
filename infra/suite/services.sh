# Builds and runs the four Quarkus services as local processes.
# shellcheck shell=bash

SERVICES=(core-api order-consumer cache-worker ai-worker)

# core-api on API_PORT (8080), order-consumer +1, cache-worker +2, ai-worker +3; instance n>1 of order-consumer on
# +101, +111, ... (8181, 8191, ...) so instance 1 keeps 8081, and of a worker +100 (8182, 8183). In the cluster topology
# haproxy holds API_PORT and core-api instance n listens on +10+n (8091, 8092).
consumer_port() { if (($1 == 1)); then echo $((API_PORT + 1)); else echo $((API_PORT + 81 + $1 * 10)); fi; }
service_port() {
  local name=$1 n=1
  [[ $name =~ -([0-9]+)$ ]] && { n=${BASH_REMATCH[1]}; name=${name%-*}; }
  case $name in
    core-api) if [[ $(topology) == cluster ]]; then echo $((API_PORT + 10 + n)); else echo "$API_PORT"; fi ;;
    cache-worker) echo $((API_PORT + 2 + (n - 1) * 100)) ;;
    ai-worker) echo $((API_PORT + 3 + (n - 1) * 100)) ;;
    order-consumer) consumer_port "$n" ;;
    *) die "no service named '$1'" ;;
  esac
}
# instance <service> <n>: instance 1 keeps the service's name, the others get -n (order-consumer-2).
instance() { if (($2 > 1)); then echo "$1-$2"; else echo "$1"; fi; }

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
    # The cluster topology runs 9 JVMs on a laptop: small heaps and the C1 compiler, enough to be correct.
    local opts="-Xms64m -Xmx512m"; [[ $(topology) == cluster ]] && opts="-Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    nohup "$(java_home)/bin/java" ${SERVICE_JAVA_OPTS:-$opts} -jar "$(jar_of "$module")" >"$LOG_DIR/$name.log" 2>&1 &
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
    export HYBRIDSTORE_CLI_PID_DIR="$PID_DIR"
    export HYBRIDSTORE_CLI_CACHE_WORKER_URL="http://127.0.0.1:$(service_port cache-worker)"
    export HYBRIDSTORE_CLI_AI_WORKER_URL="http://127.0.0.1:$(service_port ai-worker)"
    export HYBRIDSTORE_CLI_SERVICE_URLS="http://127.0.0.1:$API_PORT${urls},http://127.0.0.1:$(service_port cache-worker),http://127.0.0.1:$(service_port ai-worker)"
    export HYBRIDSTORE_CLI_FAULT_COMMAND="$ROOT/suite fault"
    export HYBRIDSTORE_CLI_TOPOLOGY="$(topology)"
    [[ $(topology) == cluster ]] && export HYBRIDSTORE_CLI_HAPROXY_STATS_URL="http://127.0.0.1:$(haproxy_stats_port)/stats;csv"
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

# start_services <consumers> [copies]: core-api (which applies migrations) first, then the other instances, with copies
# of core-api, cache-worker and ai-worker each.
start_services() {
  local consumers=${1:-1} copies=${2:-1} i s name names=()
  # Kafka consumers per instance: 3 (the tuned default), fewer as instances grow, so N instances together hold about
  # one consumer per partition of orders (9) instead of leaving most of them idle.
  local per=$(((ORDER_PARTITIONS + consumers - 1) / consumers))
  ((per > 3)) && per=3
  local ops; mapfile -t ops < <(ops_env "$consumers" "$copies")
  start_service core-api core-api "$(service_port core-api)" "${ops[@]}"
  # core-api applies migrations; the workers wait for it so they find the schema.
  wait_service core-api "$(service_port core-api)"
  for ((i = 2; i <= copies; i++)); do
    name=$(instance core-api "$i"); start_service "$name" core-api "$(service_port "$name")" "${ops[@]}"; names+=("$name")
  done
  for ((i = 1; i <= consumers; i++)); do
    name=$(instance order-consumer "$i"); names+=("$name")
    start_service "$name" order-consumer "$(service_port "$name")" "MP_MESSAGING_INCOMING_ORDERS_CONCURRENCY=$per"
  done
  for s in cache-worker ai-worker; do
    for ((i = 1; i <= copies; i++)); do
      name=$(instance "$s" "$i"); start_service "$name" "$s" "$(service_port "$name")"; names+=("$name")
    done
  done
  for name in "${names[@]}"; do wait_service "$name" "$(service_port "$name")"; done
}

# ops_env <consumers> [copies]: core-api's settings for the ops page (/ops), which reads every instance's /q/metrics.
ops_env() {
  local s i n urls
  for s in order-consumer cache-worker ai-worker; do
    n=${2:-1}; [[ $s == order-consumer ]] && n=$1
    urls=""; for ((i = 1; i <= n; i++)); do urls+="${urls:+,}http://127.0.0.1:$(service_port "$(instance "$s" "$i")")"; done
    echo "HYBRIDSTORE_OPS_$(tr a-z- A-Z_ <<<"$s")_URLS=$urls"
  done
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
  for f in "$PID_DIR"/core-api*.pid "$PID_DIR"/order-consumer*.pid "$PID_DIR"/cache-worker*.pid "$PID_DIR"/ai-worker*.pid; do
    [[ -f "$f" ]] && stop_service "$(basename "$f" .pid)"
  done
  return 0
}
