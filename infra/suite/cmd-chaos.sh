# ./suite chaos orders: orders keep flowing while a consumer instance (and, on a 3-broker cluster, a broker) is killed
# with SIGKILL and restarted; afterwards every produced order must be stored exactly once. Runs against `./suite up`.
# Uses the orders_* helpers of cmd-simulate.sh.
# shellcheck shell=bash
# help: chaos orders [--events N] [--rate R]       kill -9 a consumer (and a broker with 3) under load; check no order lost or doubled

cmd_chaos() {
  local target=${1:-}; shift || true
  [[ $target == orders ]] || die "chaos: the only target is 'orders' (./suite chaos orders)"
  local events=120000 rate=2000 topic=orders
  while (($#)); do
    case $1 in
      --events) events=$2; shift 2 ;;
      --rate) rate=$2; shift 2 ;;
      --topic) topic=$2; shift 2 ;;
      *) die "chaos orders: unknown option '$1'" ;;
    esac
  done
  orders_env
  build_services
  local victim; victim=$(orders_running_instances | tail -1)
  [[ -n "$victim" ]] || die "no order-consumer is running: start the suite first (./suite up --consumers 3)"
  local brokers; brokers=$(kafka_brokers)
  local prefix; prefix="CHAOS$(date +%Y%m%d%H%M%S)"
  ((events / rate >= 40)) || die "--events / --rate must last at least 40 s (the faults are spread over the run)"
  orders_ids_from_cache "$ORDERS_WORK/users.txt" "$ORDERS_WORK/products.txt"

  say "producing $events orders at $rate/s (order ids $prefix-*); $(orders_running_instances | wc -l) consumer(s), $brokers broker(s)"
  : >"$ORDERS_WORK/producer.out" # the faults follow this file: no line of an earlier run may trigger them
  orders_produce "$ORDERS_WORK/producer.out" --topic "$topic" --prefix "$prefix" --rate "$rate" --count "$events" --lag-group "$ORDERS_GROUP" &
  local producer=$!
  orders_chaos_faults "$victim" "$brokers" "$events" "$topic" &
  local faults=$!
  orders_watch "$prefix" "$ORDERS_WORK/producer.out" "$producer"
  wait "$producer" || die "the producer failed; see $ORDERS_WORK/producer.log"
  wait "$faults" || die "a fault step failed (see above)"
  orders_verify "$prefix" "$(orders_sent "$ORDERS_WORK/producer.out")" 180 || die "orders were lost or duplicated (see the order-consumer logs)"
  say "redelivered after the kill and skipped by ON CONFLICT (counters of the instances now running): $(orders_chaos_skipped)"
}

# The faults, at fixed points of the stream: the consumer once 1/6 of the orders are sent (restarted 5 s later); with
# 3 brokers, the leader of the topic's partition 0 once half are sent (restarted 10 s later). Restarts wait until the
# process is back (consumer ready, broker answering), quietly, so the per-second lines stay readable.
orders_chaos_faults() {
  local victim=$1 brokers=$2 events=$3 topic=$4 name; name=$(orders_instance_name "$victim")
  orders_chaos_until 600 orders_chaos_sent_at_least $((events / 6)) || { warn "the producer never got going"; return 1; }
  say "kill -9 $name (pid $(pid_of "$name"))"
  orders_stop_instance "$victim" KILL
  sleep 5
  start_service "$name" order-consumer "$(consumer_port "$victim")" >/dev/null
  orders_chaos_until 120 service_ready "$(consumer_port "$victim")" || { warn "$name did not come back; see $LOG_DIR/$name.log"; return 1; }
  say "$name restarted and ready"
  ((brokers >= 3)) || return 0

  orders_chaos_until 600 orders_chaos_sent_at_least $((events / 2)) || { warn "the producer stopped before half the orders"; return 1; }
  local broker; broker=$(orders_kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
    --describe --topic "$topic" 2>/dev/null | sed -nE 's/.*Partition: 0[[:space:]]+Leader: ([0-9]+).*/\1/p')
  [[ -n "$broker" ]] || broker=2
  say "kill -9 Kafka broker $broker (leader of $topic-0, pid $(pid_of "kafka$broker"))"
  kill -9 "$(pid_of "kafka$broker")"
  sleep 10
  kafka_node_start "$broker" "$brokers" >/dev/null
  orders_chaos_until 90 kafka_node_ready "$broker" || { warn "Kafka broker $broker did not come back; see $LOG_DIR/kafka$broker.log"; return 1; }
  say "Kafka broker $broker restarted"
}

orders_chaos_sent_at_least() { local sent; sent=$(orders_sent "$ORDERS_WORK/producer.out"); ((${sent:-0} >= $1)); }

# orders_chaos_until <seconds> <command...>: like wait_for, without printing.
orders_chaos_until() {
  local secs=$1 i; shift
  for ((i = 0; i < secs; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  return 1
}

# Sum of hybridstore_orders_duplicates_total over the running instances.
orders_chaos_skipped() {
  local n total=0 v
  for n in $(orders_running_instances); do
    v=$(curl -fsS "http://127.0.0.1:$(consumer_port "$n")/q/metrics" 2>/dev/null | sed -nE 's/^hybridstore_orders_duplicates_total(\{[^}]*\})? ([0-9.eE+]+)$/\2/p')
    total=$(orders_calc "$total + ${v:-0}" 0)
  done
  echo "$total"
}
