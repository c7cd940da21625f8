#!/usr/bin/env bash
# The launch goals of issue 12 in one run, on a server of its own with the default configuration (the
# root server.xml and jvm.options, embedded database): server start ("started in" from messages.log and the
# time until /health/ready answers), resident size after start, the server's CPU per launch POST and per
# complete chain after warm-up, and the chain's p99 at a set rate of 300 chains/s. Builds nothing: it needs
# the war (lti-tool/target/samenspraak.war) and bench/target/samenspraak-bench.jar, from
#   mvn -pl bench -am package -DskipTests
# The Liberty runtime is the one lti-tool's integration tests installed, else the zip in the local Maven
# repository is unpacked into bench/target/launch-goals.
#   bench/launch-goals.sh [PORT] [WAR]
# WARMUP (seconds, default 120) and DURATION (default 30) set each measurement's warm-up and measured time;
# CLIENTS (default 16) the clients of the closed-loop runs; READY_TIMEOUT (default 300 s) how long the
# server may take to become ready. PROFILE=/path/file.jfr records a JFR profile
# (settings=profile) of the warm server during the closed-loop chain run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-9390}
war=${2:-$root/lti-tool/target/samenspraak.war}
warmup=${WARMUP:-120}
duration=${DURATION:-30}
clients=${CLIENTS:-16}
work=$root/bench/target/launch-goals
name=launch-goals
bench=$root/bench/target/samenspraak-bench.jar
password=launch-goals-password

[ -f "$war" ] || { echo "No war at $war: mvn -pl bench -am package -DskipTests" >&2; exit 1; }
[ -f "$bench" ] || { echo "No $bench: mvn -pl bench -am package -DskipTests" >&2; exit 1; }
wlp=$root/lti-tool/target/liberty/wlp
if [ ! -x "$wlp/bin/server" ]; then
  wlp=$work/wlp
  if [ ! -x "$wlp/bin/server" ]; then
    zip=$(ls ~/.m2/repository/io/openliberty/openliberty-runtime/*/openliberty-runtime-*.zip | sort -V | tail -1)
    mkdir -p "$work" && unzip -q -o "$zip" -d "$work"
  fi
fi
server=$wlp/usr/servers/$name

stop() { "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; }
trap stop EXIT
stop
rm -rf "$server" "$work/data"
mkdir -p "$server/apps" "$work/data"
cp "$root/server.xml" "$root/jvm.options" "$server/"
cp "$war" "$server/apps/samenspraak.war"
cat > "$server/server.env" <<ENV
SAMENSPRAAK_HTTP_PORT=$port
SAMENSPRAAK_PUBLIC_URL=http://127.0.0.1:$port
SAMENSPRAAK_DATA_DIR=$work/data
SAMENSPRAAK_ADMIN_PASSWORD=$password
SAMENSPRAAK_INTRANET_PLATFORMS=127.0.0.1,localhost
ENV

echo "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s%N)
"$wlp/bin/server" start "$name" >/dev/null
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  if [ $(( ($(date +%s%N) - started) / 1000000000 )) -ge "${READY_TIMEOUT:-300}" ]; then
    echo "Not ready after ${READY_TIMEOUT:-300} s; see $server/logs/messages.log" >&2
    exit 1
  fi
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
pid=$(cat "$wlp/usr/servers/.pid/$name.pid")
sleep 2   # what the server does right after it says ready (its schedulers' first runs) belongs to "after start"
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
started_in=$(grep -o 'started in [0-9.]* seconds' "$server/logs/messages.log" | tail -1)
echo "server: $started_in; /health/ready after $ready_ms ms; RSS after start $((rss_kb / 1024)) MB (pid $pid)"
echo "load average after start: $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  java -jar "$bench" --url="http://127.0.0.1:$port" --password="$password" --server-pid="$pid" "$@"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
# The first run warms the server up; the others find it warm.
run --mode=posts --clients="$clients" --warmup="$warmup" --duration="$duration"
[ -z "${PROFILE:-}" ] || jcmd "$pid" JFR.start name=launch-goals settings=profile filename="$PROFILE" >/dev/null
run --mode=chains --clients="$clients" --warmup=10 --duration="$duration"
[ -z "${PROFILE:-}" ] || jcmd "$pid" JFR.stop name=launch-goals >/dev/null
run --mode=chains --clients="$clients" --warmup=10 --duration="$duration" --rate=300
echo "RSS after the runs: $(( $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MB"
