#!/usr/bin/env bash
# bench.sh: throughput of bare CoreNLP vs Slant (1 and N threads) vs re-scoring, in one JVM (docs/performance.md).
#   jobs/bench.sh                       # both default corpora, first 300 articles each (+ warm-up)
#   jobs/bench.sh --limit 50 ../shared/data/zeitgeist-de-news
# Prints a table and writes out/bench/latest.json. Builds the project first when needed (as jobs/slant does).
# Environment: BENCH_HEAP (default 6g), BENCH_GC (default -XX:+UseParallelGC), BENCH_JAVA_OPTS (extra JVM flags).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

needs_build() {
  [[ ! -f target/classpath.txt || ! -d target/classes/slant ]] && return 0
  [[ ! -f target/classes/.slant-built ]] && return 0
  [[ -n "$(find src/main pom.xml data/actors.yaml data/lexicons data/frames -newer target/classes/.slant-built 2>/dev/null | head -1)" ]] && return 0
  return 1
}
if needs_build; then
  echo "bench: building (mvn -q -DskipTests process-classes)…" >&2
  mvn -B -q -DskipTests process-classes >&2
  touch target/classes/.slant-built
fi

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# shellcheck disable=SC2086
exec java -Xmx"${BENCH_HEAP:-6g}" ${BENCH_GC:--XX:+UseParallelGC} ${BENCH_JAVA_OPTS:-} \
  -Dlog4j2.configurationFile="$root/jobs/log4j2-local.properties" -Duser.timezone=UTC \
  -Dslant.log.file="${SLANT_LOG_FILE:-$root/out/logs/slant.log}" \
  -cp "$root/target/classes:$(cat "$root/target/classpath.txt")" slant.cli.SlantCli bench "$@"
