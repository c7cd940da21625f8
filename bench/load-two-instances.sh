#!/usr/bin/env bash
# The Gatling load test (TeachersSimulation, the -Pload run) against two servers of lti-tool's war on one
# PostgreSQL database behind nginx, as a school board runs them: starts PostgreSQL, both servers at once on a
# new database and nginx (lti-tool/src/it/postgresql.sh and two-instances.sh, as the integration tests do),
# runs the simulation through nginx, and stops everything again, also when the run fails or is interrupted.
# Needs lti-tool's Liberty runtime (built once by lti-tool's integration tests) and root for nginx's install.
#   bench/load-two-instances.sh [TEACHERS [DURATION]]      e.g. bench/load-two-instances.sh 200 PT10M
# BENCH_INSTANCES=1 stops the second server once both are up, so the same run measures one server behind
# the same nginx (which then sends everything to the first), for the one-against-two comparison.
# Ports (change them when other builds run on the machine): BENCH_NGINX_PORT (19182), BENCH_PORT_A (19183),
# BENCH_PORT_B (19184), BENCH_PG_PORT (55482). Other simulation properties: BENCH_MAVEN_ARGS.
set -euo pipefail
teachers=${1:-200}
duration=${2:-PT10M}
root=$(cd "$(dirname "$0")/.." && pwd)
wlp=$root/lti-tool/target/liberty/wlp
war=$root/lti-tool/target/samenspraak.war
work=$root/bench/target/two-instances
nginx_port=${BENCH_NGINX_PORT:-19182}
port_a=${BENCH_PORT_A:-19183}
port_b=${BENCH_PORT_B:-19184}
pg_port=${BENCH_PG_PORT:-55482}
password=bench-two-instances-password
servers=(bench-instance-a bench-instance-b)
export TWO_INSTANCES_SERVERS="${servers[*]}" TWO_INSTANCES_DATABASE=samenspraak_bench
it=$root/lti-tool/src/it

[ -x "$wlp/bin/server" ] || { echo "No Liberty runtime in $wlp: build lti-tool with its integration tests once" >&2; exit 1; }

# The war and the simulation as they are now.
mvn -q -f "$root/pom.xml" -pl bench -am -DskipTests -DskipITs package

stop() {
  bash "$it/two-instances.sh" stop "$wlp" "$work" "$nginx_port" "$port_a" "$port_b" "$pg_port" || true
  bash "$it/postgresql.sh" stop "$work/postgresql" "$pg_port" || true
}
trap stop EXIT

# Each server as the integration tests' instances: same war, one database, one secrets key, nginx's address.
make_server() {
  local name=$1 port=$2 server=$wlp/usr/servers/$1
  "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true
  rm -rf "$server"
  mkdir -p "$server/apps"
  cp "$root/server.xml" "$root/jvm.options" "$server/"
  cp "$war" "$server/apps/samenspraak.war"
  cat > "$server/server.env" <<ENV
SAMENSPRAAK_HTTP_PORT=$port
SAMENSPRAAK_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/samenspraak_bench
SAMENSPRAAK_DB_USER=samenspraak
SAMENSPRAAK_DB_PASSWORD=samenspraak-it
SAMENSPRAAK_PUBLIC_URL=http://127.0.0.1:$nginx_port
SAMENSPRAAK_ADMIN_PASSWORD=$password
SAMENSPRAAK_SECRETS_KEY=$key
SAMENSPRAAK_INTRANET_PLATFORMS=127.0.0.1,localhost
ENV
}

mkdir -p "$work"
bash "$it/postgresql.sh" start "$work/postgresql" "$pg_port"
# One secrets key for both servers (they share the database's secrets), new for every run's new database.
key=$(openssl rand -base64 32)
make_server "${servers[0]}" "$port_a"
make_server "${servers[1]}" "$port_b"
bash "$it/two-instances.sh" start "$wlp" "$work" "$nginx_port" "$port_a" "$port_b" "$pg_port"
case ${BENCH_INSTANCES:-2} in
  2) ;;
  1) "$wlp/bin/server" stop "${servers[1]}" >/dev/null
     echo "One instance: ${servers[1]} stopped, nginx sends every request to ${servers[0]}" ;;
  *) echo "BENCH_INSTANCES is 1 or 2" >&2; exit 2 ;;
esac

# The reactor again (the simulation needs lti-tool's jars), without compiling again what the first build made:
# with incremental compilation off the compiler only compiles stale sources.
# shellcheck disable=SC2086 # BENCH_MAVEN_ARGS holds several arguments
mvn -f "$root/pom.xml" -pl bench -am -DskipTests -DskipITs -Dmaven.compiler.useIncrementalCompilation=false -Pload verify \
  -Dsamenspraak.bench.url="http://127.0.0.1:$nginx_port" -Dsamenspraak.bench.password="$password" \
  -Dsamenspraak.bench.teachers="$teachers" -Dsamenspraak.bench.duration="$duration" ${BENCH_MAVEN_ARGS:-}
