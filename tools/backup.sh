#!/usr/bin/env bash
# Backs up Samenspraak's data into one file, from the database the server's own settings name (the same
# environment variables, docs/configuration.md):
#   PostgreSQL (SAMENSPRAAK_DB_URL set): pg_dump in its custom format; the server may keep running.
#   embedded database (no SAMENSPRAAK_DB_URL): SAMENSPRAAK_DATA_DIR (default ~/.samenspraak) as a .tar.gz;
#   stop the server first, as the database file is only consistent while nobody writes it.
#     tools/backup.sh FILE
# tools/restore.sh FILE puts it back into a new database or data folder.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
file=$1

pg_tool() {
  local tool=$1 found
  if command -v "$tool" >/dev/null; then echo "$tool"; return; fi
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || { echo "$tool is not installed: apt-get install postgresql-client" >&2; exit 1; }
  echo "$found/$tool"
}

if [ -n "${SAMENSPRAAK_DB_URL:-}" ]; then
  # The JDBC URL without its "jdbc:" is a libpq connection URI; user and password come from the environment.
  PGUSER=${SAMENSPRAAK_DB_USER:?SAMENSPRAAK_DB_USER is not set} PGPASSWORD=${SAMENSPRAAK_DB_PASSWORD:-} \
    "$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --file="$file" "${SAMENSPRAAK_DB_URL#jdbc:}"
else
  data=${SAMENSPRAAK_DATA_DIR:-$HOME/.samenspraak}
  [ -f "$data/samenspraak.mv.db" ] || { echo "No embedded database in $data (samenspraak.mv.db)" >&2; exit 1; }
  tar -czf "$file" -C "$data" samenspraak.mv.db
fi
echo "Backed up to $file"
