# ./suite bench orders: how fast order-consumer drains a backlog into PostgreSQL, with 1 and with 3 instances, beside
# the physical limits measured in the same run: COPY of the same rows into an identical table, and Kafka's own consumer.
# Uses the orders_* helpers of cmd-simulate.sh.
# shellcheck shell=bash

bench_orders() {
  local events=1000000 users=100000 products=10000
  while (($#)); do
    case $1 in
      --events) events=$2; shift 2 ;;
      --users) users=$2; shift 2 ;;
      --products) products=$2; shift 2 ;;
      *) die "bench orders: unknown option '$1'" ;;
    esac
  done
  orders_env
  build_services
  orders_bench_catalog "$users" "$products"
  orders_ids_from_db "$ORDERS_WORK/users.txt" "$ORDERS_WORK/products.txt" "$users"

  local run; run="B$(date +%Y%m%d%H%M%S)"
  BENCH_RESTORE=$(orders_running_instances | tail -1)
  BENCH_RUN=$run
  trap orders_bench_cleanup EXIT
  if [[ -n "$BENCH_RESTORE" ]]; then
    say "stopping the running order-consumer instances (restarted at the end)"
    local n; for n in $(orders_running_instances); do orders_stop_instance "$n"; done
  fi

  local rate1 rate3 copy kafka
  rate1=$(orders_bench_drain "$run" 1 "$events") || exit 1
  copy=$(orders_bench_copy "$run-1" "$events") || exit 1
  kafka=$(orders_bench_kafka "orders-bench-$run-1" "$events") || exit 1
  orders_psql -c "DELETE FROM orders WHERE order_id LIKE '$run-1-%'" -c "VACUUM ANALYZE orders" >/dev/null
  rate3=$(orders_bench_drain "$run" 3 "$events") || exit 1

  say "orders benchmark: $events OrderPlaced events, backlog drained into PostgreSQL (every commit durable)"
  printf '    %-52s %12s\n' "order-consumer, 1 instance" "$(orders_fmt "$rate1") orders/s"
  printf '    %-52s %12s\n' "order-consumer, 3 instances" "$(orders_fmt "$rate3") orders/s"
  printf '    %-52s %12s\n' "limit: durable COPY into an identical table (same indexes, FKs)" "$(orders_fmt "$copy") rows/s"
  printf '    %-52s %12s\n' "limit: Kafka ConsumerPerformance on the same topic" "$(orders_fmt "$kafka") records/s"
  printf '    ratios: 1 instance %s of COPY, %s of Kafka; 3 instances %s of COPY, %s of Kafka\n' \
    "$(orders_ratio "$rate1" "$copy")" "$(orders_ratio "$rate1" "$kafka")" "$(orders_ratio "$rate3" "$copy")" "$(orders_ratio "$rate3" "$kafka")"
}

# Users and products for the orders: seed.sh (deterministic; it adds after the existing rows) tops them up to the
# numbers asked for.
orders_bench_catalog() {
  local users=$1 products=$2 more_users more_products
  more_users=$((users - $(orders_psql -c "SELECT count(*) FROM users"))); ((more_users > 0)) || more_users=0
  more_products=$((products - $(orders_psql -c "SELECT count(*) FROM products"))); ((more_products > 0)) || more_products=0
  if ((more_users + more_products > 0)); then
    say "loading $more_users users and $more_products products (seed.sh)"
    "$ROOT/infra/suite/seed.sh" --users "$more_users" --products "$more_products" --orders 0 || die "seed.sh failed"
  fi
}

# orders_bench_drain <run> <instances> <events>: produces the backlog to a fresh topic with the consumers stopped, then
# starts the instances on it and times them until every order is stored. Prints orders/s; progress goes to stderr.
orders_bench_drain() {
  local run=$1 instances=$2 events=$3 topic="orders-bench-$1-$2" prefix="$1-$2" n
  orders_create_topic "$topic"
  say "producing $events orders to $topic" >&2
  orders_produce "$ORDERS_WORK/bench-producer.out" --topic "$topic" --prefix "$prefix" --count "$events" || die "the producer failed; see $ORDERS_WORK/producer.log"
  tail -1 "$ORDERS_WORK/bench-producer.out" | sed -E 's/^done seconds=([0-9.]+) sent=([0-9]+) rate=([0-9]+).*/    produced \2 in \1 s: \3 events\/s (acks=all)/' >&2
  say "draining with $instances instance(s)" >&2
  local env=("MP_MESSAGING_INCOMING_ORDERS_TOPIC=$topic" "MP_MESSAGING_INCOMING_ORDERS_GROUP_ID=order-bench-$prefix")
  # Started together; JVM start is not part of the figure.
  for ((n = 1; n <= instances; n++)); do start_service "$(orders_instance_name "$n")" order-consumer "$(consumer_port "$n")" "${env[@]}" >&2; done
  for ((n = 1; n <= instances; n++)); do wait_service "$(orders_instance_name "$n")" "$(consumer_port "$n")" >&2; done
  local start done0 handled now last=0 stalled=0 shown=0 elapsed
  # The clock starts at the first insert seen once all are ready: the group join is not part of the figure either.
  done0=$(orders_bench_stored "$instances")
  for ((n = 0; n < 240; n++)); do sleep 0.25; handled=$(orders_bench_stored "$instances"); ((handled > done0)) && break; done
  start=$(orders_now); done0=$handled
  while :; do
    sleep 0.5 # each poll renders every instance's /q/metrics: often enough to time, rarely enough to cost nothing
    handled=$(orders_bench_stored "$instances"); now=$(orders_now)
    ((handled >= events)) && break
    if ((handled == last)); then stalled=$((stalled + 1)); else stalled=0; fi
    ((stalled < 120)) || die "no progress for 60 s at $handled/$events stored (dead letters? see $LOG_DIR/order-consumer*.log)"
    elapsed=$(orders_calc "$now - $start" 0)
    if ((elapsed > shown)); then shown=$elapsed; printf '    %4ss %10d stored\n' "$elapsed" "$handled" >&2; fi
    last=$handled
  done
  for ((n = 1; n <= instances; n++)); do orders_stop_instance "$n"; done
  local stored; stored=$(orders_psql -c "SELECT count(*) FROM orders WHERE order_id LIKE '$prefix-%'")
  ((stored == events)) || die "$stored of $events orders in PostgreSQL after the drain"
  ((done0 * 2 < events)) || warn "half the backlog was drained before all instances were ready: too few --events for a figure"
  local rate; rate=$(orders_calc "($events - $done0) / ($now - $start)" 0)
  ok "$instances instance(s): $events orders stored, $(orders_fmt "$rate") orders/s" >&2
  echo "$rate"
}

# Orders the instances have inserted, from their /q/metrics. Each order is inserted once, whichever instance has it
# (records consumed twice around a rebalance are counted as duplicates, not here), so the sum reaches the backlog
# exactly when every order is in PostgreSQL.
orders_bench_stored() {
  local n total=0 v
  for ((n = 1; n <= $1; n++)); do
    v=$(curl -fsS "http://127.0.0.1:$(consumer_port "$n")/q/metrics" 2>/dev/null | sed -nE 's/^hybridstore_orders_stored_total(\{[^}]*\})? ([0-9.eE+]+)$/\2/p')
    total=$(orders_calc "$total + ${v:-0}" 0)
  done
  echo "$total"
}

# COPY of the run's rows into an empty table shaped like orders: LIKE ... INCLUDING ALL brings the primary key, indexes,
# defaults and checks; the foreign keys are added the same as on orders, so both pay the same per-row costs. Rows/s.
# Durable like the pipeline's commits (synchronous_commit on, whatever the server's default), so the ratio compares
# like with like: the consumer commits once per batch, COPY once.
orders_bench_copy() {
  local prefix=$1 events=$2 file="$ORDERS_WORK/bench-orders.copy"
  say "COPY of the same $events rows into an identical table" >&2
  orders_psql -c "\\copy (SELECT * FROM orders WHERE order_id LIKE '$prefix-%') TO '$file'"
  orders_psql >/dev/null <<SQL
DROP TABLE IF EXISTS orders_bench_copy;
CREATE TABLE orders_bench_copy (LIKE orders INCLUDING ALL);
SELECT format('ALTER TABLE orders_bench_copy ADD %s', pg_get_constraintdef(oid)) FROM pg_constraint
 WHERE conrelid = 'orders'::regclass AND contype = 'f' \\gexec
SQL
  local start end
  start=$(orders_now)
  orders_psql -c "SET synchronous_commit = on" -c "\\copy orders_bench_copy FROM '$file'"
  end=$(orders_now)
  orders_psql -c "DROP TABLE orders_bench_copy"
  rm -f "$file"
  local rate; rate=$(orders_calc "$events / ($end - $start)" 0)
  ok "COPY: $(orders_fmt "$rate") rows/s" >&2
  echo "$rate"
}

# Kafka's consumer performance tool on the same topic, with a fresh group: how fast records can leave the broker.
orders_bench_kafka() {
  local topic=$1 events=$2 line
  say "Kafka ConsumerPerformance on $topic" >&2
  line=$(orders_kafka_tool org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --topic "$topic" \
    --num-records "$events" --group "perf-$topic" --hide-header 2>/dev/null | tail -1)
  # Columns: start, end, MB, MB/s, records, records/s, rebalance ms, fetch ms, fetch MB/s, fetch records/s.
  local rate; rate=$(awk -F', *' '{ printf "%d", $10 }' <<<"$line")
  [[ -n "$rate" && "$rate" != 0 ]] || die "ConsumerPerformance gave no figure: $line"
  ok "Kafka: $(orders_fmt "$rate") records/s" >&2
  echo "$rate"
}

orders_bench_cleanup() {
  local n
  for n in 1 2 3; do orders_stop_instance "$n"; done
  say "removing the benchmark's orders and topics"
  orders_psql -c "DELETE FROM orders WHERE order_id LIKE '$BENCH_RUN-%'" -c "DROP TABLE IF EXISTS orders_bench_copy" >/dev/null || true
  orders_delete_topic "orders-bench-$BENCH_RUN-1"; orders_delete_topic "orders-bench-$BENCH_RUN-3"
  if [[ -n "$BENCH_RESTORE" ]]; then
    say "restarting $BENCH_RESTORE order-consumer instance(s)"
    for ((n = 1; n <= BENCH_RESTORE; n++)); do orders_start_instance "$n"; done
  fi
}

orders_fmt() { sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta' <<<"$1"; }
orders_ratio() { orders_calc "$1 / $2" 2; }
