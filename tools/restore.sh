#!/usr/bin/env bash
# Restores a backup of tools/backup.sh into the database the server's settings name, which must be new:
#   PostgreSQL (SAMENSPRAAK_DB_URL set): pg_restore into that database, empty and owned by SAMENSPRAAK_DB_USER
#     (CREATE DATABASE samenspraak OWNER samenspraak); all or nothing.
#   embedded database: into SAMENSPRAAK_DATA_DIR (default ~/.samenspraak), which must hold no database yet.
# Then start the server with the same settings: its migrations bring a backup of an older version up to date.
#     tools/restore.sh FILE
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
file=$1
[ -f "$file" ] || { echo "No backup file $file" >&2; exit 1; }

pg_tool() {
  local tool=$1 found
  if command -v "$tool" >/dev/null; then echo "$tool"; return; fi
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || { echo "$tool is not installed: apt-get install postgresql-client" >&2; exit 1; }
  echo "$found/$tool"
}

if [ -n "${SAMENSPRAAK_DB_URL:-}" ]; then
  PGUSER=${SAMENSPRAAK_DB_USER:?SAMENSPRAAK_DB_USER is not set} PGPASSWORD=${SAMENSPRAAK_DB_PASSWORD:-} \
    "$(pg_tool pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="${SAMENSPRAAK_DB_URL#jdbc:}" "$file"
else
  data=${SAMENSPRAAK_DATA_DIR:-$HOME/.samenspraak}
  if [ -e "$data/samenspraak.mv.db" ]; then
    echo "$data already holds a database: restore into a new folder (SAMENSPRAAK_DATA_DIR)" >&2
    exit 1
  fi
  mkdir -p "$data"
  tar -xzf "$file" -C "$data"
fi
echo "Restored $file"
