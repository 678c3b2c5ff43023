#!/usr/bin/env bash
# Alternates npm lexrank's summary and NewsDigest's default digest on the same articles (the first N German and
# N English articles of FOLDER), three times each, so that both see the same machine load. Run from the project
# root after `mvn -B -q install -DskipTests` and `(cd bench/lexrank && npm ci)`; JAVA_HOME must be a JDK 21+.
set -euo pipefail
FOLDER=$(cd "${1:-../shared/eval/summarization}" && pwd)
N=${2:-50}
ROUNDS=${3:-5}
for pass in 1 2 3; do
  echo "pass $pass: $(uptime)"
  node bench/lexrank/lexrank-speed.cjs "$FOLDER" "$N" "$ROUNDS"
  mvn -B -q -o -pl nlp exec:exec -Dexec.executable="$JAVA_HOME/bin/java" -Dexec.classpathScope=test \
      -Dexec.args="--enable-native-access=ALL-UNNAMED -cp %classpath io.newsdigest.nlp.bench.DigestSpeed $FOLDER $N $ROUNDS" \
      2>&1 | grep -v -E '^WARNING|^SLF4J'
done
