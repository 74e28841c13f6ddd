# Starts and stops the infrastructure processes: PostgreSQL, Redis, Kafka (KRaft). PIDs go to $PID_DIR.
# shellcheck shell=bash

pg_start() {
  if [[ -n "${DATABASE_URL:-}" && "${SUITE_STACK:-dev}" == dev ]]; then ok "PostgreSQL: using DATABASE_URL"; return 0; fi
  local initdb; initdb=$(pg_bin initdb)
  mkdir -p "$PG_SOCK" "$(dirname "$PG_DATA")"
  [[ $EUID -eq 0 ]] && chown postgres:postgres "$(dirname "$PG_DATA")" "$PG_SOCK" "$LOG_DIR"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    say "creating a PostgreSQL cluster in $PG_DATA"
    local pwfile; pwfile=$(mktemp); echo "$DB_PASSWORD" >"$pwfile"; chmod 644 "$pwfile"
    # C.UTF-8 so pg_trgm classifies Hangul as letters (a database in locale C yields no Korean trigrams).
    as_pg "$initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pwfile" \
      --locale=C.UTF-8 -E UTF8 >"$LOG_DIR/initdb.log" 2>&1 || { rm -f "$pwfile"; die "initdb failed; see $LOG_DIR/initdb.log"; }
    rm -f "$pwfile"
    cat >>"$PG_DATA/postgresql.conf" <<CONF
shared_preload_libraries = 'pg_stat_statements'
max_connections = 300
shared_buffers = 256MB
maintenance_work_mem = 256MB
CONF
  fi
  # Clusters made before commits were durable by default: a crash then lost acknowledged orders.
  sed -i '/^synchronous_commit = off$/d' "$PG_DATA/postgresql.conf"
  touch "$LOG_DIR/postgres.log"; [[ $EUID -eq 0 ]] && chown postgres:postgres "$LOG_DIR/postgres.log"
  if ! as_pg "$(pg_bin pg_ctl)" -D "$PG_DATA" status >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg "$(pg_bin pg_ctl)" -D "$PG_DATA" -l "$LOG_DIR/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -k $PG_SOCK -c listen_addresses=127.0.0.1" start >/dev/null \
      || die "PostgreSQL did not start; see $LOG_DIR/postgres.log"
  fi
  head -1 "$PG_DATA/postmaster.pid" >"$PID_DIR/postgres.pid"
  pg_bootstrap_db
  ok "PostgreSQL ready on $PG_PORT"
}

pg_superuser() { as_pg "$(pg_bin psql)" -h "$PG_SOCK" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

pg_bootstrap_db() {
  if [[ -z "$(pg_superuser -d postgres -c "select 1 from pg_roles where rolname='$DB_USER'")" ]]; then
    pg_superuser -d postgres -c "create role $DB_USER login password '$DB_PASSWORD' createdb" >/dev/null
  fi
  # Dropping a scratch or restored database WITH (FORCE) must be able to stop autovacuum workers in it.
  pg_superuser -d postgres -c "grant pg_signal_backend to $DB_USER" >/dev/null
  # Lets the app role mark (and unmark) a database as production: ALTER DATABASE … SET hybridstore.environment.
  pg_superuser -d postgres -c "grant set on parameter hybridstore.environment to $DB_USER" >/dev/null
  # The test stack only: the foreign-dump test stands in for a production server whose objects a role of its own owns.
  if [[ "${SUITE_STACK:-dev}" == test ]]; then pg_superuser -d postgres -c "alter role $DB_USER createrole" >/dev/null; fi
  if [[ -z "$(pg_superuser -d postgres -c "select 1 from pg_database where datname='$DB_NAME'")" ]]; then
    pg_superuser -d postgres -c "create database $DB_NAME owner $DB_USER" >/dev/null
  fi
  # Extensions need a superuser once; migrations then only assert them. template1 gets them too, so databases the
  # admin API creates for restores (seed 000's local debugging copy) have them.
  pg_superuser -d template1 -c "set client_min_messages = warning; create extension if not exists vector; create extension if not exists pg_trgm;" >/dev/null
  pg_superuser -d "$DB_NAME" -c "set client_min_messages = warning; create extension if not exists vector; create extension if not exists pg_trgm; create extension if not exists pg_stat_statements;" >/dev/null
  # The test stack only: the read-routing test holds the standby's replay to tell which server answered a read.
  if [[ "${SUITE_STACK:-dev}" == test ]]; then
    pg_superuser -d "$DB_NAME" -c "grant execute on function pg_wal_replay_pause(), pg_wal_replay_resume() to $DB_USER" >/dev/null
  fi
}

pg_stop() {
  [[ -f "$PG_DATA/PG_VERSION" ]] || return 0
  as_pg "$(pg_bin pg_ctl)" -D "$PG_DATA" status >/dev/null 2>&1 || return 0
  as_pg "$(pg_bin pg_ctl)" -D "$PG_DATA" -m fast -w stop >/dev/null && ok "PostgreSQL stopped"
  rm -f "$PID_DIR/postgres.pid"
}

# A streaming standby of the suite's PostgreSQL (DATABASE_READ_URL's target), on the next port: a fresh base backup
# each start, so it always follows the primary it was copied from.
pg_standby_port() { echo $((PG_PORT + 1)); }
pg_standby_start() {
  local data="$STACK_DIR/pg/standby"
  pg_standby_stop >/dev/null
  as_pg rm -rf "$data"
  say "copying PostgreSQL into a standby (pg_basebackup) on 127.0.0.1:$(pg_standby_port)"
  as_pg "$(pg_bin pg_basebackup)" -h "$PG_SOCK" -p "$PG_PORT" -U postgres -D "$data" -R -X stream -c fast \
    >"$LOG_DIR/standby-basebackup.log" 2>&1 || die "pg_basebackup failed; see $LOG_DIR/standby-basebackup.log"
  as_pg "$(pg_bin pg_ctl)" -D "$data" -l "$LOG_DIR/standby.log" -w -t 60 \
    -o "-p $(pg_standby_port) -k $PG_SOCK -c listen_addresses=127.0.0.1" start >/dev/null \
    || die "the standby did not start; see $LOG_DIR/standby.log"
  head -1 "$data/postmaster.pid" >"$PID_DIR/standby.pid"
  ok "standby ready on $(pg_standby_port), streaming from $PG_PORT"
}

pg_standby_stop() {
  local data="$STACK_DIR/pg/standby"
  [[ -f "$data/PG_VERSION" ]] && as_pg "$(pg_bin pg_ctl)" -D "$data" status >/dev/null 2>&1 || return 0
  as_pg "$(pg_bin pg_ctl)" -D "$data" -m fast -w stop >/dev/null && ok "standby stopped"
  rm -f "$PID_DIR/standby.pid"
}

redis_start() {
  if [[ -n "${REDIS_URL:-}" && "${SUITE_STACK:-dev}" == dev ]]; then ok "Redis: using REDIS_URL"; return 0; fi
  if pid_alive redis; then ok "Redis already running on $REDIS_PORT"; return 0; fi
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$STACK_DIR/redis"
  # Redis is hot storage only: the database is the source of truth, so nothing is persisted.
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$STACK_DIR/redis" --pidfile "$PID_DIR/redis.pid" --logfile "$LOG_DIR/redis.log" \
    || die "Redis did not start; see $LOG_DIR/redis.log"
  wait_for Redis 20 redis-cli -p "$REDIS_PORT" ping || die "Redis not answering; see $LOG_DIR/redis.log"
}

redis_stop() {
  pid_alive redis || return 0
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$(pid_of redis)"
  rm -f "$PID_DIR/redis.pid"; ok "Redis stopped"
}

# A Redis Cluster (REDIS_CLUSTER_NODES: 3 masters, 3 replicas on REDIS_PORT+1..+6) to test every Redis feature on; fresh each start.
redis_cluster_ports() { local i; for ((i = 1; i <= 6; i++)); do echo $((REDIS_PORT + i)); done; }
redis_cluster_nodes() { local p out=""; for p in $(redis_cluster_ports); do out+="${out:+,}127.0.0.1:$p"; done; echo "$out"; }
# Bus port below the ephemeral ports (32768+), which a client socket in TIME-WAIT may hold and so fail the node's bind.
redis_cluster_bus_port() { if (($1 >= 42768)); then echo $(($1 - 30000)); else echo $(($1 + 10000)); fi; }

redis_cluster_start() {
  local port dir
  if redis_cluster_ok; then ok "Redis Cluster already running on $(redis_cluster_nodes)"; return 0; fi
  redis_cluster_stop >/dev/null
  say "starting a Redis Cluster (3 masters, 3 replicas) on 127.0.0.1:$((REDIS_PORT + 1))-$((REDIS_PORT + 6))"
  for port in $(redis_cluster_ports); do
    dir="$STACK_DIR/redis-cluster/$port"
    # A node keeps its cluster's membership in nodes.conf; a fresh cluster needs nodes that know no other.
    rm -rf "$dir"; mkdir -p "$dir"
    redis_cluster_node_start "$port"
  done
  # shellcheck disable=SC2046
  redis-cli --cluster create $(redis_cluster_nodes | tr , ' ') --cluster-replicas 1 --cluster-yes \
    >"$LOG_DIR/redis-cluster-create.log" 2>&1 || die "forming the Redis Cluster failed; see $LOG_DIR/redis-cluster-create.log"
  wait_for "Redis Cluster state ok on every node" 30 redis_cluster_ok || die "Redis Cluster not ok; see $LOG_DIR/redis-cluster-*.log"
}

# redis_cluster_node_start PORT: one node; after a kill -9 it rejoins its cluster (as a replica) from its nodes.conf.
redis_cluster_node_start() {
  local port=$1 dir="$STACK_DIR/redis-cluster/$1"
  pid_alive "redis-cluster-$port" && return 0
  mkdir -p "$dir"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --cluster-enabled yes --cluster-config-file nodes.conf --cluster-port "$(redis_cluster_bus_port "$port")" \
    --cluster-node-timeout 5000 --dir "$dir" --pidfile "$PID_DIR/redis-cluster-$port.pid" \
    --logfile "$LOG_DIR/redis-cluster-$port.log" || die "Redis Cluster node $port did not start; see $LOG_DIR/redis-cluster-$port.log"
  wait_for "Redis Cluster node $port" 20 redis-cli -p "$port" ping || die "Redis Cluster node $port not answering"
}

# Every node sees all slots served, and the replicas have taken their masters (a replica first joins as a master).
redis_cluster_ok() {
  local port
  for port in $(redis_cluster_ports); do
    pid_alive "redis-cluster-$port" && redis-cli -p "$port" cluster info 2>/dev/null | grep -q '^cluster_state:ok' || return 1
  done
  [[ $(redis-cli -p "$((REDIS_PORT + 1))" cluster nodes | grep -c ' slave ') == 3 ]]
}

redis_cluster_stop() {
  local port stopped=0
  for port in $(redis_cluster_ports); do
    pid_alive "redis-cluster-$port" || continue
    redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || kill "$(pid_of "redis-cluster-$port")"
    rm -f "$PID_DIR/redis-cluster-$port.pid"; stopped=1
  done
  ((stopped)) && ok "Redis Cluster stopped"
  return 0
}

kafka_brokers() { cat "$STACK_DIR/kafka/brokers" 2>/dev/null || echo "${KAFKA_BROKERS:-1}"; }
kafka_port() { echo $((KAFKA_PORT + ($1 - 1) * 2)); }   # node n: client port; controller port is +1
kafka_bootstrap() {
  local n out=""; for ((n = 1; n <= $(kafka_brokers); n++)); do out+="${out:+,}127.0.0.1:$(kafka_port "$n")"; done; echo "$out"
}
kafka_java() { "$(java_home)/bin/java" "$@"; }

# The log cleaner allocates its dedupe buffer in one piece at start: Kafka's 128 MiB failed a 256 MiB heap (cluster).
kafka_write_config() {
  local n=$1 count=$2 voters="" i
  for ((i = 1; i <= count; i++)); do voters+="${voters:+,}$i@127.0.0.1:$(($(kafka_port "$i") + 1))"; done
  local rf=1 isr=1; ((count >= 3)) && { rf=3; isr=2; }
  cat >"$STACK_DIR/kafka/node$n.properties" <<CONF
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$(kafka_port "$n"),CONTROLLER://127.0.0.1:$(($(kafka_port "$n") + 1))
advertised.listeners=PLAINTEXT://127.0.0.1:$(kafka_port "$n")
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$STACK_DIR/kafka/node$n/data
num.partitions=9
default.replication.factor=$rf
min.insync.replicas=$isr
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=9
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$isr
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.cleaner.dedupe.buffer.size=16777216
CONF
}

kafka_start() {
  if [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" && "${SUITE_STACK:-dev}" == dev ]]; then ok "Kafka: using KAFKA_BOOTSTRAP_SERVERS"; return 0; fi
  local count=${1:-$(kafka_brokers)} n
  mkdir -p "$STACK_DIR/kafka"
  if [[ -f "$STACK_DIR/kafka/brokers" && "$(cat "$STACK_DIR/kafka/brokers")" != "$count" ]]; then
    pid_alive kafka1 && die "Kafka runs with $(kafka_brokers) broker(s); './suite down' first to change to $count"
    say "re-creating Kafka storage for $count broker(s): topics are recreated, orders already in PostgreSQL stay"
    rm -rf "$STACK_DIR/kafka"; mkdir -p "$STACK_DIR/kafka"
  fi
  echo "$count" >"$STACK_DIR/kafka/brokers"
  [[ -f "$STACK_DIR/kafka/cluster-id" ]] || kafka_java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1 >"$STACK_DIR/kafka/cluster-id"
  for ((n = 1; n <= count; n++)); do
    kafka_node_start "$n" "$count"
  done
  for ((n = 1; n <= count; n++)); do
    wait_for "Kafka broker $n on $(kafka_port "$n")" 60 kafka_node_ready "$n" || die "Kafka broker $n did not start; see $LOG_DIR/kafka$n.log"
  done
}

kafka_node_start() {
  local n=$1 count=$2
  pid_alive "kafka$n" && return 0
  kafka_write_config "$n" "$count"
  kafka_java -cp "$KAFKA_LIB/*" -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" kafka.tools.StorageTool format -g \
    -t "$(cat "$STACK_DIR/kafka/cluster-id")" -c "$STACK_DIR/kafka/node$n.properties" >>"$LOG_DIR/kafka$n.log" 2>&1 \
    || die "formatting Kafka storage failed; see $LOG_DIR/kafka$n.log"
  say "starting Kafka broker $n on 127.0.0.1:$(kafka_port "$n")"
  nohup "$(java_home)/bin/java" -Xms128m -Xmx${KAFKA_HEAP:-$([[ $(topology) == cluster ]] && echo 256m || echo 512m)} -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" -cp "$KAFKA_LIB/*" \
    kafka.Kafka "$STACK_DIR/kafka/node$n.properties" >>"$LOG_DIR/kafka$n.log" 2>&1 &
  echo $! >"$PID_DIR/kafka$n.pid"
}

kafka_node_ready() { pid_alive "kafka$1" && port_open "$(kafka_port "$1")" && kafka_topics --list >/dev/null; }

kafka_topics() {
  kafka_java -cp "$KAFKA_LIB/*" -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "$(kafka_bootstrap)" "$@"
}

# Kafka's own console producer on the suite's brokers (docs/producers.md): one record per line of standard input.
kafka_console_producer() {
  kafka_java -cp "$KAFKA_LIB/*" -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" \
    org.apache.kafka.tools.ConsoleProducer --bootstrap-server "$(kafka_bootstrap)" "$@"
}

kafka_stop() {
  local n
  # All at once: stopped one by one, the last brokers lose their controller quorum and hang in shutdown until killed.
  for ((n = $(kafka_brokers); n >= 1; n--)); do pid_alive "kafka$n" && kill "$(pid_of "kafka$n")"; done
  for ((n = $(kafka_brokers); n >= 1; n--)); do kafka_node_stop "$n"; done
}

kafka_node_stop() {
  local n=$1 i
  [[ -f "$PID_DIR/kafka$n.pid" ]] || return 0
  pid_alive "kafka$n" && kill "$(pid_of "kafka$n")"
  for ((i = 0; i < 30; i++)); do pid_alive "kafka$n" || break; sleep 1; done
  pid_alive "kafka$n" && kill -9 "$(pid_of "kafka$n")"
  rm -f "$PID_DIR/kafka$n.pid"; ok "Kafka broker $n stopped"
}

# Environment the services and tests read: the same variables a deployment sets. In the dev stack, variables the
# user exported (an external database, Redis or Kafka) win over the suite's own processes.
stack_env() {
  local own=1; [[ "${SUITE_STACK:-dev}" == test ]] && own=0
  echo "DATABASE_URL=$( ((own)) && [[ -n "${DATABASE_URL:-}" ]] && echo "$DATABASE_URL" || echo "postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME")"
  echo "REDIS_URL=$( ((own)) && [[ -n "${REDIS_URL:-}" ]] && echo "$REDIS_URL" || echo "redis://127.0.0.1:$REDIS_PORT")"
  echo "KAFKA_BOOTSTRAP_SERVERS=$( ((own)) && [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]] && echo "$KAFKA_BOOTSTRAP_SERVERS" || kafka_bootstrap)"
  [[ -f "$PID_DIR/standby.pid" ]] && echo "STANDBY_DATABASE_URL=postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$(pg_standby_port)/$DB_NAME"
  echo "KAFKA_REPLICATION_FACTOR=$([[ $(kafka_brokers) -ge 3 ]] && echo 3 || echo 1)"
  # Read by the Redis Cluster tests only: the services use it once REDIS_NODES names it.
  if pid_alive "redis-cluster-$((REDIS_PORT + 1))"; then echo "REDIS_CLUSTER_NODES=$(redis_cluster_nodes)"; fi
  if [[ $(topology) == cluster ]]; then
    echo "REDIS_NODES=$(redis_cluster_nodes)"
    echo "DATABASE_READ_URL=postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$(pg_standby_port)/$DB_NAME"
  fi
}

# Debian's Prometheus on the services this stack started: infra/prometheus/suite.yml and the shipped rules, linked into
# $STACK_DIR/prometheus/ beside one targets file per job (the addresses of the instances that are running).
prometheus_start() {
  local dir="$STACK_DIR/prometheus" f ports
  mkdir -p "$dir/targets" "$dir/data"
  ln -sfn "$ROOT/infra/prometheus/suite.yml" "$dir/prometheus.yml"
  ln -sfn "$ROOT/infra/prometheus/rules" "$dir/rules"
  prometheus_targets core-api "$API_PORT"
  ports=(); for f in "$PID_DIR"/order-consumer*.pid; do [[ -f "$f" ]] && ports+=("$(service_port "$(basename "$f" .pid)")"); done
  prometheus_targets order-consumer "${ports[@]}"
  prometheus_targets cache-worker "$(service_port cache-worker)"
  prometheus_targets ai-worker "$(service_port ai-worker)"
  if pid_alive prometheus; then ok "Prometheus already running on $PROMETHEUS_PORT"; return 0; fi
  port_open "$PROMETHEUS_PORT" && die "port $PROMETHEUS_PORT (for Prometheus) is taken; stop that process or set SUITE_PROMETHEUS_PORT"
  say "starting Prometheus on 127.0.0.1:$PROMETHEUS_PORT"
  nohup prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" >"$LOG_DIR/prometheus.log" 2>&1 &
  echo $! >"$PID_DIR/prometheus.pid"
  wait_for Prometheus 30 curl -fs "http://127.0.0.1:$PROMETHEUS_PORT/-/ready" || die "Prometheus did not start; see $LOG_DIR/prometheus.log"
}

# prometheus_targets <job> <port...>: the job's file_sd targets file.
prometheus_targets() {
  local job=$1 port; shift
  { echo "- targets:"; for port; do echo "    - 127.0.0.1:$port"; done; } >"$STACK_DIR/prometheus/targets/$job.yml"
}

prometheus_stop() {
  pid_alive prometheus || { rm -f "$PID_DIR/prometheus.pid"; return 0; }
  kill "$(pid_of prometheus)"
  local i; for ((i = 0; i < 20; i++)); do pid_alive prometheus || break; sleep 0.5; done
  pid_alive prometheus && kill -9 "$(pid_of prometheus)"
  rm -f "$PID_DIR/prometheus.pid"; ok "Prometheus stopped"
}
