#!/usr/bin/env bash
# The grade outbox benchmark in one command, from anywhere: builds the bench module when its jar is missing
# (or with REBUILD=1), prints the machine's load average before and after, and passes every argument on to
# GradeOutboxBenchmark (--backlog, --idle, --rate, --duration, --db-url...). JFR=file.jfr records a flight
# recording of the run (the worker, the token client and the emulator's grade book are all in this JVM).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f bench/target/samenspraak-bench.jar || "${REBUILD:-0}" == 1 ]]; then
  mvn -q -pl bench -am package -DskipTests
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile} \
  -cp 'bench/target/samenspraak-bench.jar:bench/target/lib/*' nl.samenspraak.bench.GradeOutboxBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
