#!/usr/bin/env bash
# The course-page benchmark on both databases, in one command: starts lti-tool's war on the Liberty runtime
# its integration tests installed, with bench/packs (12 assignments), first on the embedded database, then
# on a PostgreSQL cluster of its own, runs CoursePageBenchmark against each (50, 100 and 200 members) and
# stops everything it started. Build first: mvn -pl lti-tool,bench -am verify -DskipTests (-DskipITs only
# if the Liberty runtime is already in lti-tool/target/liberty).
#   bench/course-page.sh [HTTP_PORT [PG_PORT]]   (defaults 19391 and 55991)
# REQUESTS and WARMUP (100 and 50) set the requests measured and not counted per course size.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-19391} pg_port=${2:-55991}
wlp=$root/lti-tool/target/liberty/wlp
war=$(ls "$root"/lti-tool/target/*.war | head -n 1)
work=$root/bench/target/course-page
name=bench-course-page
server=$wlp/usr/servers/$name
password=bench-course-page-password

stop_server() { "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; }
stop_all() {
  stop_server
  "$root/lti-tool/src/it/postgresql.sh" stop "$work/pg" "$pg_port" >/dev/null 2>&1 || true
}
trap stop_all EXIT

# Starts the server with the environment given (the database's), waits until it is ready.
start_server() {
  stop_server
  rm -rf "$server" "$work/data"
  mkdir -p "$server/apps" "$work/data"
  cp "$root/server.xml" "$server/server.xml"
  cp "$root/jvm.options" "$server/jvm.options"
  cp "$war" "$server/apps/samenspraak.war"
  {
    echo "SAMENSPRAAK_HTTP_PORT=$port"
    echo "SAMENSPRAAK_PUBLIC_URL=http://127.0.0.1:$port"
    echo "SAMENSPRAAK_DATA_DIR=$work/data"
    echo "SAMENSPRAAK_PACKS_DIR=$root/bench/packs"
    echo "SAMENSPRAAK_ADMIN_PASSWORD=$password"
    echo "SAMENSPRAAK_INTRANET_PLATFORMS=127.0.0.1,localhost"
    for line in "$@"; do echo "$line"; done
  } > "$server/server.env"
  "$wlp/bin/server" start "$name" >/dev/null
  local deadline=$((SECONDS + 300))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    if [ $SECONDS -ge $deadline ]; then
      echo "The server is not ready after 300 s; see $server/logs/messages.log" >&2
      exit 1
    fi
    sleep 1
  done
}

run() {
  echo "== $1, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
  java -cp "$root/bench/target/samenspraak-bench.jar" nl.samenspraak.bench.CoursePageBenchmark \
    --url="http://127.0.0.1:$port" --password="$password" --members=50,100,200 \
    --requests="${REQUESTS:-100}" --warmup="${WARMUP:-50}"
  echo "== load average afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
}

start_server
run "H2 (embedded)"
"$root/lti-tool/src/it/postgresql.sh" start "$work/pg" "$pg_port"
# On PostgreSQL the tool's secrets are sealed with a key of the operator's (docs/configuration.md).
start_server "SAMENSPRAAK_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/samenspraak" \
  "SAMENSPRAAK_DB_USER=samenspraak" "SAMENSPRAAK_DB_PASSWORD=samenspraak-it" \
  "SAMENSPRAAK_SECRETS_KEY=$(openssl rand -base64 32)"
run "PostgreSQL"
