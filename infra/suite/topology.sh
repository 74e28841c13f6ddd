# The cluster topology (./suite up --topology cluster): haproxy from Debian in front of the core-api instances.
# shellcheck shell=bash

haproxy_stats_port() { echo $((API_PORT + 20)); }

haproxy_start() {
  local cfg="$STACK_DIR/haproxy.cfg" i
  if pid_alive haproxy; then ok "haproxy already running on $API_PORT"; return 0; fi
  port_open "$API_PORT" && die "port $API_PORT (for haproxy) is taken by another process; stop it or set SUITE_API_PORT"
  # Only instances that answer /q/health/ready get requests; one that fails a request is retried on the other.
  cat >"$cfg" <<CFG
global
  log stdout format raw local0
defaults
  mode http
  log global
  option redispatch
  retries 2
  timeout connect 2s
  timeout client 120s
  timeout server 120s
# Each server's check status as CSV (/stats;csv), for the fault campaign's time until an instance is marked down.
frontend stats
  bind 127.0.0.1:$(haproxy_stats_port)
  stats enable
  stats uri /stats
frontend api
  bind 127.0.0.1:$API_PORT
  default_backend core-api
backend core-api
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 2s fall 2 rise 1
CFG
  for i in 1 2; do echo "  server core-api-$i 127.0.0.1:$(service_port "$(instance core-api "$i")") check" >>"$cfg"; done
  # A shared engine's outage (PostgreSQL, Kafka) fails every instance's readiness at once, though each still answers
  # with its own 503 problem: then the instances themselves, unchecked, rather than haproxy's "no server is
  # available". A dead one refuses the connection and the request is redispatched.
  echo "  option allbackups" >>"$cfg"
  for i in 1 2; do echo "  server core-api-$i-any 127.0.0.1:$(service_port "$(instance core-api "$i")") backup" >>"$cfg"; done
  say "starting haproxy on 127.0.0.1:$API_PORT"
  nohup haproxy -db -f "$cfg" >"$LOG_DIR/haproxy.log" 2>&1 &
  echo $! >"$PID_DIR/haproxy.pid"
  wait_for "core-api through haproxy" 30 service_ready "$API_PORT" || die "haproxy not ready; see $LOG_DIR/haproxy.log"
}

haproxy_stop() {
  pid_alive haproxy || { rm -f "$PID_DIR/haproxy.pid"; return 0; }
  kill "$(pid_of haproxy)"; rm -f "$PID_DIR/haproxy.pid"; ok "haproxy stopped"
}
