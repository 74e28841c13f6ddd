# Shared helpers for ./suite: paths, ports, logging, process bookkeeping.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SUITE_HOME="${SUITE_HOME:-$ROOT/.suite}"
KAFKA_LIB="$ROOT/.suite/kafka-lib"
# Partitions of the orders topic (TopicInitializer creates it so; Topics.ORDERS_PARTITIONS in shared-model).
ORDER_PARTITIONS=9

# Ports of the suite's own infrastructure: away from a system PostgreSQL (5432) and Redis (6379).
# The test stack (./suite test) uses its own set so it never disturbs a running `up`.
stack_ports() {
  if [[ "${SUITE_STACK:-dev}" == test ]]; then
    PG_PORT=${SUITE_PG_PORT:-55532}; REDIS_PORT=${SUITE_REDIS_PORT:-56479}; KAFKA_PORT=${SUITE_KAFKA_PORT:-59192}
    API_PORT=${SUITE_API_PORT:-18080}; PROMETHEUS_PORT=${SUITE_PROMETHEUS_PORT:-59190}
    STACK_DIR="$SUITE_HOME/test"
  else
    PG_PORT=${SUITE_PG_PORT:-55432}; REDIS_PORT=${SUITE_REDIS_PORT:-56379}; KAFKA_PORT=${SUITE_KAFKA_PORT:-59092}
    API_PORT=${SUITE_API_PORT:-8080}; PROMETHEUS_PORT=${SUITE_PROMETHEUS_PORT:-59090}
    STACK_DIR="$SUITE_HOME"
  fi
  LOG_DIR="$STACK_DIR/logs"; PID_DIR="$STACK_DIR/pids"
  PG_DATA="$STACK_DIR/pg/data"; PG_SOCK="$STACK_DIR/pg/sock"
  DB_NAME=hybridstore; DB_USER=hybridstore; DB_PASSWORD=${SUITE_DB_PASSWORD:-hybridstore}
  mkdir -p "$LOG_DIR" "$PID_DIR"
}

say()  { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
ok()   { printf '    \033[32mok\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# Run a PostgreSQL server binary as an unprivileged user: postgres refuses to run as root.
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_bin() { echo "/usr/lib/postgresql/$(pg_major)/bin/$1"; }
pg_major() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1; }

# single (the default) or cluster: what the last './suite up' started, so status, logs, down and the clients cover it.
topology() { cat "$STACK_DIR/topology" 2>/dev/null || echo single; }

pid_alive() { [[ -f "$PID_DIR/$1.pid" ]] && kill -0 "$(cat "$PID_DIR/$1.pid")" 2>/dev/null; }
pid_of() { cat "$PID_DIR/$1.pid" 2>/dev/null || echo -; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for <what> <seconds> <command...>: polls once a second, printing a dot, until the command succeeds.
wait_for() {
  local what=$1 secs=$2; shift 2
  local i
  printf '    waiting for %s ' "$what"
  for ((i = 0; i < secs; i++)); do
    if "$@" >/dev/null 2>&1; then printf ' ready (%ss)\n' "$i"; return 0; fi
    printf '.'; sleep 1
  done
  printf ' timed out after %ss\n' "$secs"; return 1
}

java_home() {
  if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}
