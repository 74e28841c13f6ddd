# ./suite simulate: a steady stream of orders into the running suite, with what the consumers make of it.
# The orders_* helpers here are shared with bench-orders.sh and cmd-chaos.sh (./suite sources every cmd-/bench- file).
# shellcheck shell=bash
# help: simulate [--rate R] [--duration S]         produce R orders/s for S seconds from cached users/products; print sent/s, stored/s, lag

# The consumers' group, for the lag: the service's default unless the deployment overrides it.
ORDERS_GROUP=${MP_MESSAGING_INCOMING_ORDERS_GROUP_ID:-order-consumer}

cmd_simulate() {
  local rate=1000 duration=60 topic=orders
  while (($#)); do
    case $1 in
      --rate) rate=$2; shift 2 ;;
      --duration) duration=$2; shift 2 ;;
      --topic) topic=$2; shift 2 ;;
      *) die "simulate: unknown option '$1'" ;;
    esac
  done
  orders_env
  build_services
  local prefix; prefix="SIM$(date +%Y%m%d%H%M%S)"
  orders_ids_from_cache "$ORDERS_WORK/users.txt" "$ORDERS_WORK/products.txt"
  say "producing $rate orders/s for ${duration}s to '$topic' (order ids $prefix-*)"
  : >"$ORDERS_WORK/producer.out"
  orders_produce "$ORDERS_WORK/producer.out" --topic "$topic" --prefix "$prefix" --rate "$rate" --duration "$duration" \
    --lag-group "$ORDERS_GROUP" &
  local producer=$!
  orders_watch "$prefix" "$ORDERS_WORK/producer.out" "$producer"
  wait "$producer" || die "the producer failed; see $ORDERS_WORK/producer.log"
  orders_verify "$prefix" "$(orders_sent "$ORDERS_WORK/producer.out")" 30 \
    || warn "not every order was stored within 30 s of the last send: are the order-consumers running (./suite status)?"
}

# Environment of the running stack (the same variables the services get) and a scratch folder.
orders_env() {
  stack_ports
  set -a; source "$(suite_env_file)"; eval "$(stack_env)"; set +a
  ORDERS_WORK="$STACK_DIR/orders"; mkdir -p "$ORDERS_WORK"
  ORDERS_APP="$ROOT/order-consumer/target/quarkus-app"
}

# psql on DATABASE_URL (any driver suffix dropped): unaligned, tuples only, stops on errors.
orders_psql() {
  PGOPTIONS='-c client_min_messages=warning' psql "$(sed -E 's#^(jdbc:)?postgres(ql)?(\+[A-Za-z0-9_]+)?://#postgresql://#' <<<"$DATABASE_URL")" -v ON_ERROR_STOP=1 -qtAX "$@"
}

orders_kafka_tool() { "$(java_home)/bin/java" -Xmx512m -cp "$KAFKA_LIB/*" "$@"; }

orders_create_topic() {
  orders_kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$1" --partitions 9 --replication-factor "${KAFKA_REPLICATION_FACTOR:-1}" >/dev/null || die "cannot create topic $1"
}

orders_delete_topic() {
  orders_kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --delete --topic "$1" \
    >/dev/null 2>&1 || warn "topic $1 not deleted"
}

# orders_produce <output file> <OrderProducer options...>: the Java producer (acks=all, idempotent, lz4, linger 10 ms)
# on the order-consumer's libraries. Its per-second lines go to the output file, its log to producer.log.
orders_produce() {
  local out=$1; shift
  "$(java_home)/bin/java" -Xmx512m -cp "$ORDERS_APP/app/*:$ORDERS_APP/lib/main/*" dev.hybridstore.orderconsumer.tools.OrderProducer \
    --bootstrap "$KAFKA_BOOTSTRAP_SERVERS" --users "$ORDERS_WORK/users.txt" --products "$ORDERS_WORK/products.txt" "$@" \
    >"$out" 2>"$ORDERS_WORK/producer.log"
}

# Acknowledged sends so far, from the producer's last line.
orders_sent() { tail -1 "$1" 2>/dev/null | sed -nE 's/.* sent=([0-9]+).*/\1/p'; }

# Users and products to order with: seed 003's producer takes them from the cache-worker's Redis hashes (HRANDFIELD).
# Products come with their price (so discounts stay below it). Falls back to PostgreSQL while the cache is empty.
orders_ids_from_cache() {
  local users=$1 products=$2
  redis-cli -u "$REDIS_URL" --raw HRANDFIELD cache:users 10000 >"$users" 2>/dev/null || true
  redis-cli -u "$REDIS_URL" --raw HRANDFIELD cache:products 10000 WITHVALUES 2>/dev/null | awk '
    NR % 2 == 1 { id = $0; next }
    { p = ""; if (match($0, /"price": *[0-9]+/)) { p = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", p) }
      print (p == "" ? id : id "," p) }' >"$products" || true
  if [[ ! -s "$users" || ! -s "$products" ]]; then
    warn "the Redis hashes cache:users/cache:products are empty (is the cache-worker running?): taking ids from PostgreSQL"
    orders_ids_from_db "$users" "$products" 10000
  fi
  ok "$(wc -l <"$users") users and $(wc -l <"$products") products to order with"
}

orders_ids_from_db() {
  local users=$1 products=$2 limit=$3
  orders_psql -c "\\copy (SELECT user_id FROM users ORDER BY random() LIMIT $limit) TO '$users'"
  orders_psql -c "\\copy (SELECT product_id || ',' || price FROM products WHERE price IS NOT NULL ORDER BY random() LIMIT $limit) TO '$products'"
  [[ -s "$users" && -s "$products" ]] || die "no users or products in the database; load some with ./suite up (demo data) or infra/suite/seed.sh"
}

# Stored orders of one run. order_id is COLLATE "C" (V1), so the prefix LIKE is a range scan of the primary key:
# cheap enough once a second.
orders_stored() { orders_psql -c "SELECT count(*) FROM orders WHERE order_id LIKE '$1-%'"; }

# One line a second while the producer runs: sent/s, stored/s, consumer lag (committed offsets of the group).
orders_watch() {
  local prefix=$1 out=$2 producer=$3 last_sent=0 last_stored=0 last_t=0 sent stored lag begin=$SECONDS t dt
  printf '    %6s %10s %10s %10s %10s %10s\n' time sent sent/s stored stored/s lag
  while kill -0 "$producer" 2>/dev/null; do
    sleep 1; t=$((SECONDS - begin)); dt=$((t > last_t ? t - last_t : 1))
    sent=$(orders_sent "$out"); sent=${sent:-0}
    stored=$(orders_stored "$prefix" 2>/dev/null || echo "$last_stored")
    lag=$(tail -1 "$out" 2>/dev/null | sed -nE 's/.* lag=([0-9?]+).*/\1/p')
    printf '    %5ss %10d %10d %10d %10d %10s\n' "$t" "$sent" $(((sent - last_sent) / dt)) "$stored" $(((stored - last_stored) / dt)) "${lag:--}"
    last_sent=$sent; last_stored=$stored; last_t=$t
  done
}

# orders_verify <prefix> <produced> <seconds>: waits for the consumers to catch up, then compares the produced ids with
# the stored ones. Returns 1 when an order is missing or stored twice.
orders_verify() {
  local prefix=$1 produced=$2 secs=$3 i stored=0
  for ((i = 0; i < secs; i++)); do
    stored=$(orders_stored "$prefix"); ((stored >= produced)) && break
    sleep 1
  done
  local rows distinct
  IFS='|' read -r rows distinct < <(orders_psql -c "SELECT count(*), count(DISTINCT order_id) FROM orders WHERE order_id LIKE '$prefix-%'")
  say "produced $produced orders; stored $distinct distinct ids in $rows rows: $((produced - distinct)) missing, $((rows - distinct)) duplicates"
  ((distinct == produced && rows == distinct))
}

# Instance n of order-consumer has services.sh's name and port.
orders_instance_name() { if (($1 == 1)); then echo order-consumer; else echo "order-consumer-$1"; fi; }

# The instance numbers of the order-consumers running now.
orders_running_instances() {
  local f name n
  for f in "$PID_DIR"/order-consumer*.pid; do
    [[ -f "$f" ]] || continue
    name=$(basename "$f" .pid); n=${name#order-consumer}; n=${n#-}
    kill -0 "$(cat "$f")" 2>/dev/null && echo "${n:-1}"
  done | sort -n
}

# orders_start_instance <n> [VAR=value...]: starts instance n (services.sh's start_service) and waits until it is ready.
orders_start_instance() {
  local n=$1; shift
  start_service "$(orders_instance_name "$n")" order-consumer "$(consumer_port "$n")" "$@"
  wait_service "$(orders_instance_name "$n")" "$(consumer_port "$n")"
}

# orders_stop_instance <n> [KILL]: a graceful stop (commits what it stored), or kill -9 with KILL.
orders_stop_instance() {
  local name; name=$(orders_instance_name "$1")
  pid_alive "$name" || { rm -f "$PID_DIR/$name.pid"; return 0; }
  local pid; pid=$(pid_of "$name")
  if [[ ${2:-} == KILL ]]; then kill -9 "$pid"; else kill "$pid"; fi
  local i; for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$PID_DIR/$name.pid"
}

orders_now() { date +%s.%N; }
# orders_calc <expression> <decimals>: arithmetic on decimals (bash has integers only).
orders_calc() { awk "BEGIN { printf \"%.${2}f\", $1 }"; }
