#!/usr/bin/env bash
# The weight of the teacher's page: every script module and style sheet that /app/index.html names (its
# hashed URLs, modulepreload links included), followed through the modules' static imports, fetched as a
# browser fetches them (Accept-Encoding: gzip), with the bytes on the wire added up. A route's modules that
# the page imports only when the route opens (import('./film.js')) are not counted: the page-load benchmark
# measures what a real launch into a film loads. The budget is 40 KB (40960 bytes) of JS + CSS, gzipped.
#
#   bench/page-weight.sh [BASE_URL]      (default http://localhost:9080; the server must be running)
#
# Load time is measured in Chromium by the page-load benchmark (bench/README.md) on a running server, and
# by TeacherPagesBrowserIT in the tests (lti-tool/target/page-timing.txt).
set -euo pipefail
base="${1:-http://localhost:9080}"
budget=40960

page=$(curl -fsS "$base/app/index.html")
declare -A seen=()
queue=()
for path in $(grep -oE '(src|href)="/static/[^"?]+\.(js|css)(\?v=[0-9a-f]+)?"' <<<"$page" | sed -E 's/^(src|href)="//; s/"$//; s/\?v=.*$//'); do
  queue+=("$path")
done

total=0
printf '%-36s %9s %9s\n' file bytes gzipped
while ((${#queue[@]})); do
  path=${queue[0]}
  queue=("${queue[@]:1}")
  [[ -n ${seen[$path]:-} ]] && continue
  seen[$path]=1
  body=$(curl -fsS "$base$path")
  plain=$(printf '%s' "$body" | wc -c)
  wire=$(curl -fsS -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$path")
  total=$((total + wire))
  printf '%-36s %9d %9d\n' "$path" "$plain" "$wire"
  if [[ $path == *.js ]]; then
    dir=${path%/*}
    for relative in $(grep -oE "(from|import) '\./[^']+\.js'" <<<"$body" | grep -oE "\./[^']+\.js"); do
      queue+=("$dir/${relative#./}")
    done
  fi
done
printf '%-36s %9s %9d  (budget %d, %s)\n' total '' "$total" "$budget" "$( ((total <= budget)) && echo within || echo OVER)"
((total <= budget))
