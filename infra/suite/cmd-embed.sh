# ./suite embed --backfill: embeds every row still waiting, following the worker's progress.
# shellcheck shell=bash
# help: embed --backfill [--source S] [--where col=val]   embed every pending row now (progress bar, rows/s, ETA)

ai_worker_url() { echo "${AI_WORKER_URL:-http://127.0.0.1:8083}"; }

# Fields of the worker's compact status JSON, read without jq. embed_backlog STATUS [SOURCE]: one source's, or all.
embed_backlog() {
  sed -n 's/.*"backlog":{\([^}]*\)}.*/\1/p' <<<"$1" | tr ',' '\n' \
    | awk -F: -v want="${2:+\"$2\"}" 'want == "" || $1 == want { s += $2 } END { print s + 0 }'
}
embed_field() { sed -n "s/.*\"$2\":\([^,}]*\).*/\1/p" <<<"$1"; }

cmd_embed() {
  local backfill=0 source="" where=() params=()
  while (($#)); do
    case $1 in
      --backfill) backfill=1; shift ;;
      --source) source=${2:?--source needs a name}; params+=(--data-urlencode "source=$source"); shift 2 ;;
      --where) where+=("${2:?--where needs column=value}"); params+=(--data-urlencode "where=$2"); shift 2 ;;
      *) die "embed: unknown option '$1'" ;;
    esac
  done
  ((backfill)) || die "usage: ./suite embed --backfill [--source NAME] [--where column=value]"
  local url status answer code
  url=$(ai_worker_url)
  status=$(curl -fsS "$url/embeddings/status" 2>/dev/null) || die "ai-worker is not answering on $url (./suite up starts it)"
  # The backlog is counted per source; a --where narrows the work below what the bar could measure.
  local total=""; ((${#where[@]})) || total=$(embed_backlog "$status" "$source")
  answer=$(curl -sS -X POST -G "${params[@]}" -w '\n%{http_code}' "$url/embeddings/backfill") || die "backfill request failed"
  code=$(tail -1 <<<"$answer")
  [[ $code == 202 ]] || die "backfill refused ($code): $(head -1 <<<"$answer")"
  if [[ $(head -1 <<<"$answer") == *'"started":false'* ]]; then say "a sweep is already running: following it"; fi
  say "embedding ${total:-the matching} pending rows via $url"
  embed_follow "$url" "$source" "$total"
}

# Polls the status once a second until the sweep ends: a bar on a terminal, a line per second otherwise.
# embed_follow URL SOURCE TOTAL: SOURCE empty for all; TOTAL empty when unknown (a --where): rate only, no bar.
embed_follow() {
  local url=$1 source=$2 total=$3 start=$SECONDS status backlog rate failed retrying done pct eta width=30 filled line
  while true; do
    sleep 1
    status=$(curl -fsS "$url/embeddings/status" 2>/dev/null) || die "ai-worker stopped answering on $url"
    backlog=$(embed_backlog "$status" "$source"); rate=$(embed_field "$status" embedded_per_second); failed=$(embed_field "$status" failed)
    retrying=$(embed_field "$status" retrying)
    if [[ -z $total ]]; then
      line=$(printf 'embedding: %s rows/s  retrying %s  failed %s  (%ds)' "$rate" "$retrying" "$failed" "$((SECONDS - start))")
    else
      done=$((total > backlog ? total - backlog : 0)); pct=$((total > 0 ? done * 100 / total : 100))
      eta=$(awk -v b="$backlog" -v r="$rate" 'BEGIN { if (r > 0) { s = int(b / r); printf "%d:%02d", s / 60, s % 60 } else print "--:--" }')
      filled=$((pct * width / 100))
      line=$(printf '[%-*s] %3d%%  %d/%d rows  %s rows/s  ETA %s  retrying %s  failed %s' "$width" \
        "$(printf '%*s' "$filled" '' | tr ' ' '#')" "$pct" "$done" "$total" "$rate" "$eta" "$retrying" "$failed")
    fi
    if [[ -t 1 ]]; then printf '\r%s' "$line"; else echo "$line"; fi
    [[ $(embed_field "$status" sweeping) == false ]] && break
  done
  [[ -t 1 ]] && echo
  ok "done in $((SECONDS - start))s: $backlog rows still pending, $retrying waiting to be retried, $failed given up (see ./suite logs ai-worker)"
}
