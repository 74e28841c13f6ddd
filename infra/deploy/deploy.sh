#!/usr/bin/env bash
# Deploys hybridstore on this machine as systemd services (seed 000's flow):
#   pull -> build -> migrate -> install artifacts -> install units -> restart core-api -> wait until ready
#   -> restart the workers -> health summary.
# Run it from a checkout of the repository, as root; --dry-run prints every step and command and changes nothing.
set -Eeuo pipefail
umask 022

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SYSTEMD_SRC="$ROOT/infra/systemd"
SERVICES=(core-api order-consumer cache-worker ai-worker)
WORKERS=(cache-worker ai-worker)          # order-consumer is handled apart: it has N instances
declare -A PORT=([core-api]=8080 [order-consumer]=8081 [cache-worker]=8082 [ai-worker]=8083)

PREFIX=/opt/hybridstore
UNIT_DIR=/etc/systemd/system
ENV_DIR=/etc/hybridstore
ENV_FILE=$ENV_DIR/hybridstore.env
STATE_DIR=/var/lib/hybridstore
BACKUP_DIR=$STATE_DIR/backups
SERVICE_USER=hybridstore
CORE_API=http://127.0.0.1:8080
READY_TIMEOUT=${DEPLOY_READY_TIMEOUT:-180}

DRY_RUN=0 NATIVE=0 CONSUMERS=1

usage() {
  cat <<USAGE
usage: infra/deploy/deploy.sh [options]

Deploys hybridstore from this checkout ($ROOT) as systemd services:
  1. git pull --ff-only
  2. build: ./mvnw -B package -DskipTests (JVM fast-jars), or the native executables with --native
  3. migrate: POST $CORE_API/admin/db/migrations/upgrade (Bearer \$ADMIN_TOKEN) when core-api is running;
     otherwise core-api applies the migrations itself at start, before it turns ready
  4. install the artifacts into PREFIX/<service>/ (the previous JVM build is kept as quarkus-app.old)
  5. install the units into $UNIT_DIR and reload systemd
  6. restart core-api, 7. wait for its readiness, 8. restart the workers, 9. health summary

options:
  --dry-run        print each step as '[n/N] description' and its exact commands; execute nothing
  --native         build and run the native executables (hybridstore-<service>-native units);
                   needs a GraalVM/Mandrel toolchain
  --prefix DIR     install the artifacts into DIR instead of $PREFIX (the units are rewritten to match)
  --consumers N    order-consumer instances (default 1): instance 1 is hybridstore-order-consumer.service on
                   8081, instance i > 1 is hybridstore-order-consumer@<8161+10*i>.service (8181, 8191, ...)
  -h, --help       this help

Settings: $ENV_FILE (created from infra/systemd/hybridstore.env.example on the first run; edit it, then run
again). ADMIN_TOKEN comes from the environment or from that file. Must run as root, except with --dry-run.
DEPLOY_READY_TIMEOUT (seconds, default 180) bounds each wait for readiness.
USAGE
}

die() { printf 'deploy.sh: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    --native) NATIVE=1 ;;
    --prefix) (($# >= 2)) || die "--prefix needs a directory"; PREFIX=$2; shift ;;
    --prefix=*) PREFIX=${1#--prefix=} ;;
    --consumers) (($# >= 2)) || die "--consumers needs a number"; CONSUMERS=$2; shift ;;
    --consumers=*) CONSUMERS=${1#--consumers=} ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; printf '\n' >&2; die "unknown option '$1'" ;;
  esac
  shift
done

[[ $CONSUMERS =~ ^[1-9][0-9]?$ ]] || die "--consumers must be a whole number from 1 to 99, not '$CONSUMERS'"
[[ $PREFIX == /* ]] || die "--prefix must be an absolute path, not '$PREFIX'"
PREFIX=${PREFIX%/}
[[ -n $PREFIX ]] || die "--prefix must not be /"
if ((EUID != 0 && !DRY_RUN)); then
  die "must run as root (it installs into $PREFIX and $UNIT_DIR and restarts services); try --dry-run to see the steps"
fi

# ---- steps -------------------------------------------------------------------------------------------------
TOTAL=9 STEP=0 STEP_DESC=""
step() { STEP=$((STEP + 1)); STEP_DESC=$1; printf '\n[%d/%d] %s\n' "$STEP" "$TOTAL" "$1"; }
note() { printf '    # %s\n' "$*"; }
show() { printf '    $'; printf ' %q' "$@"; printf '\n'; }
fail() { die "step [$STEP/$TOTAL] ($STEP_DESC) failed: $*"; }
# run CMD...: prints the command; executes it unless --dry-run; a failure names the step and the command.
run() {
  show "$@"
  ((DRY_RUN)) && return 0
  local rc=0
  "$@" || rc=$?
  ((rc == 0)) || fail "'$*' exited with status $rc"
}
trap 'rc=$?; printf "deploy.sh: error: step [%s/%s] (%s) failed at line %s (status %s)\n" "$STEP" "$TOTAL" "${STEP_DESC:-setup}" "$LINENO" "$rc" >&2' ERR

suffix=""; ((NATIVE)) && suffix="-native"
unit_of() { echo "hybridstore-$1$suffix.service"; }
other_unit_of() { if ((NATIVE)); then echo "hybridstore-$1.service"; else echo "hybridstore-$1-native.service"; fi; }
consumer_port() { if (($1 == 1)); then echo 8081; else echo $((8161 + $1 * 10)); fi; }   # as ./suite
consumer_unit() { if (($1 == 1)); then unit_of order-consumer; else echo "hybridstore-order-consumer$suffix@$(consumer_port "$1").service"; fi; }

# Git and Maven run as the checkout's owner, so a root deploy leaves no root-owned files in the working tree.
OWNER=$(stat -c %U "$ROOT")
AS_OWNER=()
if ((EUID == 0)) && [[ $OWNER != root ]]; then AS_OWNER=(runuser -u "$OWNER" --); fi

ready() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/q/health/ready"; }
# wait_ready PORT NAME: polls readiness for up to READY_TIMEOUT seconds.
wait_ready() {
  local port=$1 name=$2 i
  show curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/q/health/ready"
  note "repeated every 2 s for up to ${READY_TIMEOUT} s until $name answers ready"
  ((DRY_RUN)) && return 0
  for ((i = 0; i < READY_TIMEOUT; i += 2)); do ready "$port" 2>/dev/null && return 0; sleep 2; done
  return 1
}

admin_token() {
  if [[ -n ${ADMIN_TOKEN:-} ]]; then printf '%s' "$ADMIN_TOKEN"; return; fi
  [[ -r $ENV_FILE ]] || return 0
  sed -n 's/^[[:space:]]*ADMIN_TOKEN[[:space:]]*=[[:space:]]*//p' "$ENV_FILE" | tail -1 | sed 's/^"\(.*\)"$/\1/; s/^'"'"'\(.*\)'"'"'$/\1/'
}

require_tools() {
  local t missing=()
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (install them first)"
}
if ((!DRY_RUN)); then
  require_tools git curl systemctl install runuser sed
  ((NATIVE)) || require_tools java
  [[ -d /run/systemd/system ]] || die "systemd is not running on this machine: the units cannot be started"
fi

mode="JVM"; ((NATIVE)) && mode="native"
dry_note=""; ((DRY_RUN)) && dry_note=" (dry run: nothing is executed)"
printf 'hybridstore deploy: %s build, %s order-consumer instance(s), artifacts in %s%s\n' "$mode" "$CONSUMERS" "$PREFIX" "$dry_note"

# ---- 1. pull -----------------------------------------------------------------------------------------------
step "Pull the latest code (git pull --ff-only)"
run "${AS_OWNER[@]}" git -C "$ROOT" pull --ff-only

# ---- 2. build ----------------------------------------------------------------------------------------------
if ((NATIVE)); then
  step "Build the native executables (./mvnw -Pnative; needs GraalVM/Mandrel)"
  run "${AS_OWNER[@]}" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" package -DskipTests -Pnative -Dquarkus.native.sources-only=false
else
  step "Build the JVM artifacts (./mvnw package, Quarkus fast-jar)"
  run "${AS_OWNER[@]}" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" package -DskipTests
fi
declare -A ARTIFACT=()
for s in "${SERVICES[@]}"; do
  if ((NATIVE)); then
    if ((DRY_RUN)); then ARTIFACT[$s]="$ROOT/$s/target/$s-*-runner"; continue; fi
    runners=("$ROOT/$s/target/$s"-*-runner)
    [[ -x ${runners[0]} ]] || fail "no native executable $ROOT/$s/target/$s-*-runner (is a GraalVM/Mandrel toolchain installed?)"
    ((${#runners[@]} == 1)) || fail "several native executables in $ROOT/$s/target: ${runners[*]}; run './mvnw clean' first"
    ARTIFACT[$s]=${runners[0]}
  else
    ARTIFACT[$s]="$ROOT/$s/target/quarkus-app"
    ((DRY_RUN)) || [[ -f ${ARTIFACT[$s]}/quarkus-run.jar ]] || fail "the build produced no ${ARTIFACT[$s]}/quarkus-run.jar"
  fi
done

# ---- 3. migrate --------------------------------------------------------------------------------------------
step "Migrate the database (core-api admin API; else core-api's migrate-at-start)"
MIGRATE=(curl -fsS --max-time 600 -X POST --config - "$CORE_API/admin/db/migrations/upgrade")
if ((DRY_RUN)); then
  note "if core-api answers ready on $CORE_API/q/health/ready:"
  show "${MIGRATE[@]}"
  note "stdin: header = \"Authorization: Bearer \$ADMIN_TOKEN\" (the token stays out of the process list)"
  note "otherwise nothing to do here: core-api applies the migrations at start (step 6), before it turns ready"
elif ready 8080 2>/dev/null; then
  token=$(admin_token)
  [[ -n $token ]] || fail "ADMIN_TOKEN is set neither in the environment nor in $ENV_FILE"
  show "${MIGRATE[@]}"
  note "stdin: header = \"Authorization: Bearer \$ADMIN_TOKEN\""
  rc=0
  printf 'header = "Authorization: Bearer %s"\n' "$token" | "${MIGRATE[@]}" || rc=$?
  printf '\n'
  ((rc == 0)) || fail "the migration API answered with an error (curl status $rc); see journalctl -u $(unit_of core-api)"
  note "migrations known to the running core-api are applied; those new in this build run when it restarts (step 6)"
else
  note "core-api is not running: it applies the migrations itself at start (step 6), before it turns ready"
fi

# ---- 4. install artifacts ----------------------------------------------------------------------------------
step "Install the artifacts into $PREFIX"
if ((DRY_RUN)); then
  note "if the user '$SERVICE_USER' does not exist:"
  show useradd --system --user-group --home-dir "$STATE_DIR" --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
elif ! id -u "$SERVICE_USER" >/dev/null 2>&1; then
  run useradd --system --user-group --home-dir "$STATE_DIR" --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
fi
run install -d -m 0755 "$PREFIX"
for s in "${SERVICES[@]}"; do
  dir="$PREFIX/$s"
  run install -d -m 0755 "$dir"
  if ((NATIVE)); then
    # Copy next to the target, then rename: the running executable is never overwritten in place.
    run install -m 0755 "${ARTIFACT[$s]}" "$dir/$s-runner.new"
    run mv -f "$dir/$s-runner.new" "$dir/$s-runner"
  else
    run rm -rf "$dir/quarkus-app.new"
    run cp -R "${ARTIFACT[$s]}" "$dir/quarkus-app.new"
    if ((DRY_RUN)) || [[ -d $dir/quarkus-app ]]; then
      ((DRY_RUN)) && note "if $dir/quarkus-app exists (it becomes the rollback copy):"
      run rm -rf "$dir/quarkus-app.old"
      run mv "$dir/quarkus-app" "$dir/quarkus-app.old"
    fi
    run mv "$dir/quarkus-app.new" "$dir/quarkus-app"
  fi
done
run install -d -m 0750 -o "$SERVICE_USER" -g "$SERVICE_USER" "$STATE_DIR" "$BACKUP_DIR"
run install -d -m 0750 -o root -g "$SERVICE_USER" "$ENV_DIR"
if ((DRY_RUN)) || [[ ! -e $ENV_FILE ]]; then
  ((DRY_RUN)) && note "if $ENV_FILE does not exist yet (never overwritten):"
  run install -m 0640 -o root -g "$SERVICE_USER" "$SYSTEMD_SRC/hybridstore.env.example" "$ENV_FILE"
fi

# ---- 5. install units --------------------------------------------------------------------------------------
step "Install the systemd units into $UNIT_DIR and reload systemd"
install_unit() {   # install_unit SRC DST: the unit, with /opt/hybridstore replaced by PREFIX
  if [[ $PREFIX == /opt/hybridstore ]]; then run install -m 0644 "$1" "$2"; return; fi
  printf '    $ sed %q %q > %q\n' "s#/opt/hybridstore#$PREFIX#g" "$1" "$2"
  ((DRY_RUN)) && return 0
  { sed "s#/opt/hybridstore#$PREFIX#g" "$1" >"$2" && chmod 0644 "$2"; } || fail "could not write $2"
}
shopt -s nullglob
units=("$SYSTEMD_SRC"/hybridstore-*.service)
shopt -u nullglob
((${#units[@]} > 0)) || fail "no unit files in $SYSTEMD_SRC"
for u in "${units[@]}"; do install_unit "$u" "$UNIT_DIR/$(basename "$u")"; done
run systemctl daemon-reload

# ---- 6. restart core-api -----------------------------------------------------------------------------------
step "Restart core-api ($(unit_of core-api))"
if ((!DRY_RUN)); then
  grep -Eq '^[[:space:]]*QUARKUS_HTTP_PORT[[:space:]]*=' "$ENV_FILE" \
    && fail "$ENV_FILE sets QUARKUS_HTTP_PORT, which would override every unit's port; remove that line"
  grep -q 'CHANGE-ME' "$ENV_FILE" \
    && fail "$ENV_FILE still has the template's CHANGE-ME placeholder; set DATABASE_URL (and ADMIN_TOKEN), then run again"
fi
run systemctl disable --now "$(other_unit_of core-api)"
run systemctl enable "$(unit_of core-api)"
run systemctl restart "$(unit_of core-api)"

# ---- 7. wait for core-api ----------------------------------------------------------------------------------
step "Wait for core-api to be ready ($CORE_API/q/health/ready: migrations applied)"
wait_ready 8080 core-api \
  || fail "core-api not ready after ${READY_TIMEOUT}s; see: journalctl -u $(unit_of core-api) -n 100; curl -s $CORE_API/q/health/ready"

# ---- 8. restart workers ------------------------------------------------------------------------------------
wanted=()
for ((i = 1; i <= CONSUMERS; i++)); do wanted+=("$(consumer_unit "$i")"); done
for s in "${WORKERS[@]}"; do wanted+=("$(unit_of "$s")"); done
step "Restart the workers (${wanted[*]})"
# Units of the other variant and order-consumer instances beyond N are stopped and disabled.
obsolete=("$(other_unit_of order-consumer)")
for s in "${WORKERS[@]}"; do obsolete+=("$(other_unit_of "$s")"); done
if ((DRY_RUN)); then
  note "and any running or enabled hybridstore-order-consumer*@*.service not in the list above:"
  show systemctl list-units --all --plain --no-legend --type=service 'hybridstore-order-consumer@*' 'hybridstore-order-consumer-native@*'
else
  # The unit name is the first field ending in .service (some systemd versions put a status mark before it).
  while read -r u; do
    [[ -n $u && " ${wanted[*]} " != *" $u "* ]] && obsolete+=("$u")
  done < <(systemctl list-units --all --plain --no-legend --type=service 'hybridstore-order-consumer@*' 'hybridstore-order-consumer-native@*' \
    | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /\.service$/) { print $i; break } }')
fi
run systemctl disable --now "${obsolete[@]}"
run systemctl enable "${wanted[@]}"
run systemctl restart "${wanted[@]}"

# ---- 9. health summary -------------------------------------------------------------------------------------
step "Health summary (readiness of every service)"
names=(core-api) ports=(8080) unitnames=("$(unit_of core-api)")
for ((i = 1; i <= CONSUMERS; i++)); do
  if ((i == 1)); then names+=(order-consumer); else names+=("order-consumer-$i"); fi
  ports+=("$(consumer_port "$i")"); unitnames+=("$(consumer_unit "$i")")
done
for s in "${WORKERS[@]}"; do names+=("$s"); ports+=("${PORT[$s]}"); unitnames+=("$(unit_of "$s")"); done
down=()
for idx in "${!names[@]}"; do
  if ! wait_ready "${ports[$idx]}" "${names[$idx]}"; then down+=("${unitnames[$idx]}"); fi
done
if ((DRY_RUN)); then
  note "then one line per service: name, port, systemd state, readiness"
  printf '\ndry run: nothing was executed.\n'
  exit 0
fi
printf '\n    %-18s %-6s %-42s %-9s %s\n' SERVICE PORT UNIT ACTIVE READY
for idx in "${!names[@]}"; do
  state=$(systemctl is-active "${unitnames[$idx]}" 2>/dev/null || true)
  if ready "${ports[$idx]}" 2>/dev/null; then r=UP; else r=DOWN; fi
  printf '    %-18s %-6s %-42s %-9s %s\n' "${names[$idx]}" "${ports[$idx]}" "${unitnames[$idx]}" "${state:-unknown}" "$r"
done
if ((${#down[@]})); then
  fail "not ready after ${READY_TIMEOUT}s: ${down[*]}; see journalctl -u <unit> and http://127.0.0.1:<port>/q/health/ready"
fi
printf '\nhybridstore deployed: every service is ready.\n'
