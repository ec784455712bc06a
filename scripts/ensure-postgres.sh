#!/usr/bin/env bash
# Starts a private PostgreSQL cluster on 127.0.0.1 for tests and benchmarks, installing
# Debian's postgresql when it is absent. Idempotent: an already running cluster is reused.
# Prints the admin connection URL on the last line of stdout. With ENSURE_PG_STATE_FILE
# set, writes "started" or "reused" there, so a caller stops only a cluster it started:
# `ensure-postgres.sh --stop` stops the cluster in $TEST_PG_DIR.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${TEST_PG_PORT:-54329}"
dir="${TEST_PG_DIR:-$repo/.data/test-pg}"
user="portal"
password="portal"
log() { echo "[postgres] $*" >&2; }

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

bin="$(find_bin || true)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" != "0" ]; then
    log "PostgreSQL is not installed and this is not root: install Debian's 'postgresql' and 'postgresql-contrib'"
    exit 1
  fi
  log "installing Debian's postgresql (first run on this machine)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
  bin="$(find_bin)"
fi

report() { [ -n "${ENSURE_PG_STATE_FILE:-}" ] && echo "$1" > "$ENSURE_PG_STATE_FILE"; return 0; }

if [ "${1:-}" = "--stop" ]; then
  [ -f "$dir/data/postmaster.pid" ] || exit 0
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  else
    "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  log "stopped the cluster on 127.0.0.1:$port"
  exit 0
fi

url="postgres://$user:$password@127.0.0.1:$port/postgres"
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  log "reusing the cluster already listening on 127.0.0.1:$port"
  report reused
  echo "$url"
  exit 0
fi

# initdb and postgres refuse to run as root: use the postgres system user then.
as_owner() { "$@"; }
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_owner() { runuser -u postgres -- "$@"; }
fi

mkdir -p "$dir"
[ "$(id -u)" = "0" ] && chown postgres "$dir"
chmod 700 "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  log "creating a test cluster in $dir"
  pwfile="$(mktemp)"
  echo "$password" > "$pwfile"
  [ "$(id -u)" = "0" ] && chown postgres "$pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
fi

log "starting PostgreSQL on 127.0.0.1:$port"
# Test cluster only: durability settings off for speed.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB" start >&2
report started
echo "$url"
