# ./suite fault kill|stop|start NAME: the hands of the fault campaign (hybridstore chaos calls it): SIGKILL, a graceful
# stop, or a start of one component of this stack. SUITE_STACK=test acts on the test stack.
# shellcheck shell=bash
# help: fault kill|stop|start NAME [VAR=value..]   kill -9, stop or start postgres, redis, kafkaN, a service or (cluster) standby, redis-cluster-PORT, core-api-N, haproxy (used by chaos, bench orders)

cmd_fault() {
  local verb=${1:-} name=${2:-}
  # The caller's environment names the engines it talks to; the faults act on this stack's own processes.
  unset DATABASE_URL REDIS_URL KAFKA_BOOTSTRAP_SERVERS
  stack_ports
  case "$verb:$name" in
    kill:postgres) fault_kill "$(head -1 "$PG_DATA/postmaster.pid")" ;;
    kill:?*) pid_alive "$name" || die "$name is not running"; fault_kill "$(pid_of "$name")" ;;
    stop:postgres) pg_stop ;;
    stop:redis) redis_stop ;;
    stop:kafka[0-9]) kafka_node_stop "${name#kafka}" ;;
    stop:standby) pg_standby_stop ;;
    stop:haproxy) haproxy_stop ;;
    stop:?*) stop_service "$name" ;;
    # After a kill -9 the old backends take a moment to exit and free the shared memory.
    start:postgres) local i; for ((i = 0; i < 30; i++)); do (pg_start) && return 0; sleep 1; done; die "PostgreSQL did not restart" ;;
    start:redis) redis_start ;;
    # The cluster topology's parts: a standby is a fresh base backup; a Redis node rejoins with its nodes.conf.
    start:standby) pg_standby_start ;;
    start:haproxy) haproxy_start ;;
    start:redis-cluster-[0-9]*) redis_cluster_node_start "${name#redis-cluster-}" ;;
    start:kafka[0-9])
      kafka_node_start "${name#kafka}" "$(kafka_brokers)"
      wait_for "Kafka broker ${name#kafka}" 90 kafka_node_ready "${name#kafka}" || die "Kafka broker ${name#kafka} did not restart" ;;
    # VAR=value arguments go to the instance's environment (bench orders points instances at its own topic).
    start:order-consumer*) start_service "$name" order-consumer "$(service_port "$name")" "${@:3}" ;;
    start:core-api | start:core-api-[0-9]*)
      local consumers copies ops; consumers=$(find "$PID_DIR" -name 'order-consumer*.pid' | wc -l)
      copies=$(find "$PID_DIR" -name 'cache-worker*.pid' | wc -l)
      mapfile -t ops < <(ops_env "$((consumers ? consumers : 1))" "$((copies ? copies : 1))")
      start_service "$name" core-api "$(service_port "$name")" "${ops[@]}" ;;
    start:cache-worker | start:ai-worker) start_service "$name" "$name" "$(service_port "$name")" ;;
    *) die "usage: ./suite fault kill|stop|start postgres|redis|kafkaN|core-api[-N]|order-consumer[-N]|cache-worker|ai-worker|standby|redis-cluster-PORT|haproxy" ;;
  esac
}

# SIGKILL, then wait until the process is gone: a start right after must not find it "already running".
fault_kill() {
  local pid=$1 i
  kill -9 "$pid"
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  die "process $pid survived kill -9"
}
