#!/usr/bin/env bash
# Starts the built service as a user does (java -jar, the sized JVM, no models installed) on a free port,
# waits until it is ready, runs the load generator against it, and stops it.
#
#   bench/with-service.sh PATH [LoadGenerator options...]
#   bench/with-service.sh /v1/summarize --concurrency 1,2 --rounds 3 --duration 20 --warmup 15
#
# PATH is appended to the service's address (http://127.0.0.1:$PORT, port 18095 unless PORT is set). The generator reads the articles from
# ../shared/eval/summarization (or NEWSDIGEST_SHARED/eval/summarization) and measures the server process and
# its children (--pid). Set BENCH_LOCK to a file to hold a lock (flock) for the whole measurement. Run from the
# project root after `mvn -DskipTests package`.
set -euo pipefail
path=$1; shift
shared=${NEWSDIGEST_SHARED:-../shared}
port=${PORT:-18095}
models=$(mktemp -d)
log=$(mktemp)
# JAVA_OPTS: system properties for the server (-Dkey=value), passed on to the sized JVM.
SERVER_PORT=$port SERVER_HOST=127.0.0.1 NEWSDIGEST_MODELS_DIR=$models java ${JAVA_OPTS:-} -jar service/target/newsdigest.jar > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$models" "$log"' EXIT
start=$(date +%s%N)
until curl -sf -o /dev/null "http://127.0.0.1:$port/observe/health/ready"; do
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.05
done
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms (load $(cut -d' ' -f1-3 /proc/loadavg))"
lock() { if [ -n "${BENCH_LOCK:-}" ]; then flock "$BENCH_LOCK" "$@"; else "$@"; fi; }
lock java -cp service/target/test-classes:service/target/newsdigest.jar io.newsdigest.service.bench.LoadGenerator \
    --url "http://127.0.0.1:$port$path" --articles "$shared/eval/summarization" --pid $server "$@"
