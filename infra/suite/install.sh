# Installs what the local stack needs, only where it is missing. Idempotent.
# shellcheck shell=bash

APT_UPDATED=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  say "installing ${missing[*]} (apt)"
  if ((APT_UPDATED == 0)); then as_root apt-get update -qq >/dev/null || die "apt-get update failed"; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >"$SUITE_HOME/apt.log" 2>&1 || die "apt-get install ${missing[*]} failed; see $SUITE_HOME/apt.log"
  ok "installed ${missing[*]}"
}

postgres_packages() {
  # Debian ships one PostgreSQL major per release; take whichever `postgresql` depends on.
  apt_install postgresql postgresql-contrib redis-server redis-tools
  apt_install "postgresql-server-dev-$(pg_major)"
}

install_pgvector() {
  local ext_dir; ext_dir="$(/usr/lib/postgresql/"$(pg_major)"/bin/pg_config --sharedir)/extension"
  [[ -f "$ext_dir/vector.control" ]] && return 0
  say "building pgvector from the distribution's source package"
  apt_install build-essential dpkg-dev
  local build="$SUITE_HOME/build/pgvector"; rm -rf "$build"; mkdir -p "$build"
  # Debian bookworm has no pgvector binary package; trixie's source package builds against bookworm's server headers.
  if ! apt-cache showsrc pgvector >/dev/null 2>&1 || [[ -z "$(apt-cache showsrc pgvector 2>/dev/null)" ]]; then
    local list=/etc/apt/sources.list.d/hybridstore-pgvector-src.list
    local suite=trixie; grep -qi ubuntu /etc/os-release && suite=noble
    local mirror=http://deb.debian.org/debian; [[ $suite == noble ]] && mirror=http://archive.ubuntu.com/ubuntu
    local comp=main; [[ $suite == noble ]] && comp=universe
    echo "deb-src [trusted=yes] $mirror $suite $comp" | as_root tee "$list" >/dev/null
    as_root apt-get update -qq >/dev/null 2>&1 || true
  fi
  (cd "$build" && apt-get source -qq pgvector) >"$build/source.log" 2>&1 || die "apt-get source pgvector failed; see $build/source.log"
  local src; src=$(find "$build" -maxdepth 1 -type d -name 'pgvector-*' | head -1)
  [[ -n "$src" ]] || die "pgvector source not unpacked; see $build/source.log"
  (cd "$src" && make -s PG_CONFIG="/usr/lib/postgresql/$(pg_major)/bin/pg_config" && as_root make -s install PG_CONFIG="/usr/lib/postgresql/$(pg_major)/bin/pg_config") \
    >"$build/make.log" 2>&1 || die "pgvector build failed; see $build/make.log"
  ok "pgvector $(basename "$src" | sed 's/pgvector-//') installed"
}

install_kafka() {
  [[ -f "$KAFKA_LIB/.complete" ]] && return 0
  say "fetching the Kafka broker jars from Maven Central"
  mkdir -p "$KAFKA_LIB"
  "$ROOT/mvnw" -q -B -f "$ROOT/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_LIB" -DincludeScope=runtime >"$SUITE_HOME/kafka-fetch.log" 2>&1 \
    || die "fetching Kafka jars failed; see $SUITE_HOME/kafka-fetch.log"
  touch "$KAFKA_LIB/.complete"
  ok "$(ls "$KAFKA_LIB"/*.jar | wc -l) jars in $KAFKA_LIB"
}

# Tools the benchmarks, the compose test and the native-sources check use.
install_tools() { apt_install wrk hyperfine docker-compose curl jq unzip; }

# Debian's Prometheus: promtool for ./suite test's checks of the rules, the server for ./suite up --with-prometheus.
install_prometheus() { apt_install prometheus; }

# The ops page's browser test: Debian's Chromium (no browser download) and playwright-core from npm, as locked.
install_browser_test() {
  apt_install chromium
  command -v npm >/dev/null || apt_install nodejs npm
  local dir="$ROOT/core-api/src/test/browser"
  [[ -d "$dir/node_modules/playwright-core" ]] && return 0
  say "installing playwright-core (npm ci in $dir)"
  (cd "$dir" && npm ci --no-audit --no-fund) >"$SUITE_HOME/npm.log" 2>&1 || die "npm ci failed; see $SUITE_HOME/npm.log"
}

install_all() {
  mkdir -p "$SUITE_HOME"
  command -v java >/dev/null || apt_install openjdk-17-jdk-headless
  postgres_packages
  install_pgvector
  install_kafka
  install_tools
}
