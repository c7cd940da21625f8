#!/usr/bin/env bash
# Starts or stops the server of the load test's smoke run: lti-tool's war on an existing Liberty runtime (the
# one lti-tool's integration tests installed), with the embedded database in a folder of its own.
#   smoke-server.sh start|stop WLP_DIR WAR PORT DATA_DIR
set -euo pipefail
action=$1 wlp=$2 war=$3 port=$4 data=$5
name=bench-smoke
server=$wlp/usr/servers/$name

start() {
  [ -x "$wlp/bin/server" ] || { echo "No Liberty runtime in $wlp: build lti-tool with its integration tests first" >&2; exit 1; }
  "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true
  rm -rf "$server" "$data"
  mkdir -p "$server/apps"
  cp "$(dirname "$0")/../server.xml" "$server/server.xml"
  cp "$(dirname "$0")/../jvm.options" "$server/jvm.options"
  cp "$war" "$server/apps/samenspraak.war"
  cat > "$server/server.env" <<ENV
SAMENSPRAAK_HTTP_PORT=$port
SAMENSPRAAK_PUBLIC_URL=http://127.0.0.1:$port
SAMENSPRAAK_DATA_DIR=$data
SAMENSPRAAK_ADMIN_PASSWORD=bench-smoke-password
SAMENSPRAAK_INTRANET_PLATFORMS=127.0.0.1,localhost
ENV
  "$wlp/bin/server" start "$name" >/dev/null
  local deadline=$((SECONDS + 300))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    if [ $SECONDS -ge $deadline ]; then
      echo "The smoke server is not ready after 300 s; see $server/logs/messages.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Smoke server on 127.0.0.1:$port"
}

case "$action" in
  start) start ;;
  stop) "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; echo "Smoke server stopped" ;;
  *) echo "usage: $0 start|stop WLP_DIR WAR PORT DATA_DIR" >&2; exit 2 ;;
esac
