#!/usr/bin/env bash
# Batch scaling: `batch --threads 1` and `--threads 2` on the same input, alternating, round after round.
#
#   bench/batch-threads.sh [RECORDS] [ROUNDS] [--language-given]
#
# The input is written at run time from the evaluation articles (../shared/eval/summarization, or the folder in
# NEWSDIGEST_SHARED/eval/summarization) into a temporary folder, going round them with new ids; nothing of it is
# kept. With --language-given every record names its language, so the pipeline skips language detection.
# Each run goes through the jar as a user starts it (the sized JVM). Set BENCH_LOCK to a file to hold a lock
# (flock) around each run when several benchmarks share a machine. Prints one Markdown row per run, then the
# median records/s per thread count and their ratio. Run from the project root after `mvn -DskipTests package`.
set -euo pipefail
records=${1:-1000}
rounds=${2:-3}
given=${3:-}
shared=${NEWSDIGEST_SHARED:-../shared}
jar=service/target/newsdigest.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp service/target/test-classes:$jar io.newsdigest.service.bench.BatchInput \
    "$shared/eval/summarization" "$records" "$work/in.jsonl" $given
lock() { if [ -n "${BENCH_LOCK:-}" ]; then flock "$BENCH_LOCK" "$@"; else "$@"; fi; }

# The second half's rate leaves out the JIT's warm-up and whatever the pipeline still loads in the background
# when the run starts; it is read from the progress lines, one every $every seconds.
every=2
echo "| round | threads | records/s | second half records/s | cores busy | CPU per record | load 1 min (start → end) |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
declare -A rates
declare -A halves
for round in $(seq 1 "$rounds"); do
  for threads in 1 2; do
    rm -f "$work"/out.jsonl*
    before=$(cut -d' ' -f1 /proc/loadavg)
    lock java -jar "$jar" batch --in "$work/in.jsonl" --out "$work/out.jsonl" --threads "$threads" \
        --progress-seconds $every > "$work/report" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    after=$(cut -d' ' -f1 /proc/loadavg)
    rate=$(awk '/^throughput:/ {print $2}' "$work/report")
    busy=$(awk '/^cpu:/ {print $2}' "$work/report")
    per=$(awk '/^cpu:/ {print $(NF-3), $(NF-2)}' "$work/report")
    seconds=$(awk '/^time:/ {print $2}' "$work/report")
    half=$(grep '^batch: ' "$work/err" | tr -d ',' | awk -v T="$seconds" -v N="$records" -v e=$every '
        { t = NR * e; done = $2; sub(/\/.*/, "", done)
          if (t <= T / 2) { mid = done; tmid = t } }
        END { if (tmid > 0 && T > tmid) printf "%.1f", (N - mid) / (T - tmid); else print "–" }')
    rates[$threads]+="$rate "
    halves[$threads]+="$half "
    echo "| $round | $threads | $rate | $half | $busy | $per | $before → $after |"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$2" -v b="$1" 'BEGIN {printf "%.2f", a/b}'; }
one=$(echo "${rates[1]}" | median); two=$(echo "${rates[2]}" | median)
half1=$(echo "${halves[1]}" | median); half2=$(echo "${halves[2]}" | median)
echo
echo "median records/s: 1 thread $one, 2 threads $two, ratio $(ratio "$one" "$two")"
echo "median second-half records/s: 1 thread $half1, 2 threads $half2, ratio $(ratio "$half1" "$half2")"
