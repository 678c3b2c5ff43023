#!/usr/bin/env bash
# Start-up to ready: starts the built jar as a user does (java -jar, no models installed) RUNS times, polls
# /observe/health/ready every 20 ms, and prints per run the time from launch to ready, when the listener was up
# and how long the pipeline took (both from the server's log), and the CPU the processes used until ready.
# The first run starts with an empty home folder, so without the start-up class archive, which it records when
# it stops; the later runs start from it.
#
#   bench/startup.sh [RUNS]
#
# Set BENCH_LOCK to a file to hold a lock (flock) around each run. Run from the project root after
# `mvn -DskipTests package`.
set -euo pipefail
runs=${1:-5}
port=${PORT:-18096}
home=$(mktemp -d)
models=$(mktemp -d)
trap 'rm -rf "$home" "$models"' EXIT
# Holds BENCH_LOCK (when set) around one call; works for shell functions too.
lock() {
  if [ -n "${BENCH_LOCK:-}" ]; then exec 9>>"$BENCH_LOCK"; flock 9; fi
  "$@"
  if [ -n "${BENCH_LOCK:-}" ]; then flock -u 9; fi
}

tree_cpu() { # user+system clock ticks of a process and its children
  local total=0
  for p in $1 $(pgrep -P "$1"); do
    [ -r /proc/$p/stat ] && total=$((total + $(sed 's/.*) //' /proc/$p/stat | awk '{print $12 + $13}')))
  done
  echo $total
}

once() {
  local log; log=$(mktemp)
  local start; start=$(date +%s%N)
  SERVER_PORT=$port SERVER_HOST=127.0.0.1 NEWSDIGEST_MODELS_DIR=$models \
      java -Duser.home="$home" -jar service/target/newsdigest.jar > "$log" 2>&1 &
  local server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/observe/health/ready"; do
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  local cpu; cpu=$(tree_cpu $server)
  kill $server; wait $server 2>/dev/null || true
  local listener; listener=$(grep -o '[0-9,]* milliseconds since JVM startup' "$log" | cut -d' ' -f1)
  local pipeline; pipeline=$(grep -o 'ready in [0-9,]* ms' "$log" | cut -d' ' -f3)
  echo "| $1 | $ready ms | $listener ms | $pipeline ms | $(awk -v t="$cpu" 'BEGIN {printf "%.2f s", t/100}') | $(cut -d' ' -f1 /proc/loadavg) |"
  rm -f "$log"
}

echo "| run | launch → ready | listener up (since its JVM started) | pipeline loaded in | CPU until ready | load 1 min |"
echo "| --- | --- | --- | --- | --- | --- |"
for run in $(seq 1 "$runs"); do
  label=$run
  [ "$run" = 1 ] && label="1 (no class archive yet)"
  lock once "$label"
done
