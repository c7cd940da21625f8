#!/usr/bin/env bash
# Starts or stops the PostgreSQL cluster the integration tests use: its own data folder, on loopback,
# on a port of its own, so a PostgreSQL already running on this machine is left alone.
# Installs Debian's postgresql package when it is missing (needs root, as on CI).
#   postgresql.sh start|stop DIR PORT
set -euo pipefail
action=$1 dir=$2 port=$3
db=samenspraak user=samenspraak password=samenspraak-it

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && echo "$found"
}

as_postgres() { runuser -u postgres -- "$@"; }

install_postgresql() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this is not root: run 'sudo apt-get install postgresql' once." >&2
    exit 1
  fi
  echo "Installing PostgreSQL from Debian's packages"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
}

start() {
  bin=$(find_bin) || { install_postgresql; bin=$(find_bin); }
  stop_quietly
  # The data folder belongs to the postgres user, so it lives outside the (root-owned) work tree.
  local data
  data=$(mktemp -d /tmp/samenspraak-it-pg.XXXXXX)
  chown postgres: "$data"
  mkdir -p "$dir"
  echo "$data" > "$dir/data-dir"
  echo postgres-it > "$data.pw" && chown postgres: "$data.pw"
  as_postgres "$bin/initdb" -D "$data" -A scram-sha-256 -U postgres --pwfile="$data.pw" >/dev/null
  rm -f "$data.pw"
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >/dev/null
  PGPASSWORD=postgres-it "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
-- CREATEDB: the backup test restores into a database of its own.
CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $db OWNER $user;
SQL
  echo "PostgreSQL for the integration tests: 127.0.0.1:$port database $db ($data)"
}

stop_quietly() {
  [ -f "$dir/data-dir" ] || return 0
  local data bin
  data=$(cat "$dir/data-dir")
  bin=$(find_bin) || return 0
  if [ -d "$data" ]; then
    as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$data"
  fi
  rm -f "$dir/data-dir"
}

case "$action" in
  start) start ;;
  stop) stop_quietly; echo "PostgreSQL for the integration tests stopped" ;;
  *) echo "usage: $0 start|stop DIR PORT" >&2; exit 2 ;;
esac
