# ./suite cache: the cache-worker's aging cycle (seed 003 §4).
# shellcheck shell=bash
# help: cache refresh [--url URL]                  run one cache cycle now and show what it cached, stamped and evicted

cmd_cache() {
  local sub=${1:-}; shift || true
  case $sub in
    refresh) cache_refresh "$@" ;;
    *) die "usage: ./suite cache refresh [--url http://127.0.0.1:8082]" ;;
  esac
}

# The worker's base URL: --url, else CACHE_WORKER_URL, else the suite's port.
cache_worker_url() { echo "${CACHE_WORKER_URL:-http://127.0.0.1:8082}"; }

cache_refresh() {
  local url; url=$(cache_worker_url)
  while (($#)); do
    case $1 in
      --url) url=$2; shift 2 ;;
      *) die "cache refresh: unknown option '$1'" ;;
    esac
  done
  command -v jq >/dev/null || apt_install jq
  local out status body
  out=$(curl -sS -X POST -w '\n%{http_code}' "$url/cache/refresh" 2>/dev/null) \
    || die "the cache-worker does not answer at $url; './suite status' shows whether it runs"
  status=${out##*$'\n'}; body=${out%$'\n'*}
  if [[ $status != 200 ]]; then
    die "cache cycle failed (HTTP $status): $(jq -r '.detail // .title // .' <<<"$body" 2>/dev/null || echo "$body")"
  fi
  cache_print_report <<<"$body"
}

# Reads a cycle report (JSON) on stdin and prints it as a table.
cache_print_report() {
  local report; report=$(cat)
  say "cache cycle done in $(jq -r '.duration_ms' <<<"$report") ms"
  printf '    %-9s %7s %5s %5s %8s %8s  %-15s %6s %13s\n' TABLE CACHED NEW AGED STAMPED EVICTED HASH SIZE NEVER-CACHED
  jq -r '.tables[] | [.table, .cached, .fresh, .aged, .stamped, .evicted, .hash, .hash_size, .backlog] | @tsv' <<<"$report" |
    while IFS=$'\t' read -r table cached fresh aged stamped evicted hash size backlog; do
      printf '    %-9s %7s %5s %5s %8s %8s  %-15s %6s %13s\n' "$table" "$cached" "$fresh" "$aged" "$stamped" "$evicted" "$hash" "$size" "$backlog"
    done
}
