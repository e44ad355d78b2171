#!/usr/bin/env bash
# Fault test: a Spark worker killed during a run. Starts a standalone master and worker on 127.0.0.1 (as
# jobs/cluster-smoke.sh), then runs two nights over the same dates of data/sample through jobs/submit-nightly.sh
# (real CoreNLP models, cluster jar):
#   1. an undisturbed run into OUT; OUT is copied to OUT-clean;
#   2. the same dates again into OUT; once the executor is annotating (CoreNLP has started loading its models), the
#      worker JVM and its executor are killed with SIGKILL, a new worker is started, and the job must finish (Spark
#      reruns the lost tasks on the new worker's executor).
# The tables are compared by WorkerKillIT (OUT-clean vs OUT, without run_id; every row of OUT from run 2).
# Exits non-zero when a step fails. Stops what it started, by PID.
#   jobs/fault-worker-kill.sh [WORK_DIR]     (default target/fault-worker-kill)
# Environment: FAULT_FROM / FAULT_TO (default 2024-06-19 / 2024-06-20: 9 articles, German and English); FAULT_JAR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="${1:-$root/target/fault-worker-kill}"
out="$work/out"
from="${FAULT_FROM:-2024-06-19}" to="${FAULT_TO:-2024-06-20}"
rm -rf "$work"
mkdir -p "$work"

# FAULT_JAR: a cluster jar built earlier (used as is; lets sources change while the test runs).
jar="${FAULT_JAR:-$root/target/slant-0.1.0-cluster.jar}"
if [[ -z "${FAULT_JAR:-}" && ( ! -f "$jar" || -n "$(find src/main pom.xml data -newer "$jar" -type f 2>/dev/null | head -1)" ) ]]; then
  echo "fault-worker-kill: building the cluster jar" >&2
  mvn -B -q -DskipTests package >&2
fi
export SPARK_HOME
SPARK_HOME="$("$root/jobs/spark-home.sh")"
export SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_CONF_DIR="$SPARK_HOME/conf"
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port="$(free_port)"; ui="$(free_port)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
log() { echo "$(date -u +%T) fault-worker-kill: $*" >&2; }

# shellcheck disable=SC2086
java -Xmx512m $opens -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$ui" > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
grep -q "I have been elected leader" "$work/master.log" || { log "master did not start"; cat "$work/master.log" >&2; exit 1; }

worker_pid=""
start_worker() { # NAME
  local wui; wui="$(free_port)"
  # shellcheck disable=SC2086
  java -Xmx512m $opens -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 2 --memory "${SLANT_WORKER_MEMORY:-8g}" --webui-port "$wui" \
    --work-dir "$work/$1" "spark://127.0.0.1:$port" > "$work/$1.log" 2>&1 &
  worker_pid=$!
  pids+=("$worker_pid")
  for _ in $(seq 1 60); do grep -q "Successfully registered with master" "$work/$1.log" && return 0; sleep 1; done
  log "worker $1 did not register"; cat "$work/$1.log" >&2; exit 1
}
start_worker worker1

# spark-submit for submit-nightly.sh: the Maven Spark jars have no bin/spark-submit.
cat > "$work/spark-submit" <<EOF
#!/usr/bin/env bash
exec java -Xmx2g $opens -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit "\$@"
EOF
chmod +x "$work/spark-submit"
# Executors log CoreNLP's model loading at INFO, which tells when annotation has started.
cat > "$work/log4j2-executor.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.corenlp.name = edu.stanford.nlp.pipeline.StanfordCoreNLP
logger.corenlp.level = info
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = info
EOF
# jobs/local.yaml with lighter aggregates (fewer bootstrap resamples, fewer shuffle partitions): same code paths.
sed -e 's/^  shuffle_partitions: .*/  shuffle_partitions: 2/' -e 's/^  analysis_partitions: .*/  analysis_partitions: 2/' \
  "$root/jobs/local.yaml" > "$work/fault.yaml"
printf 'analytics:\n  bootstrap_samples: 100\n' >> "$work/fault.yaml"
export SPARK_SUBMIT="$work/spark-submit" SLANT_MASTER="spark://127.0.0.1:$port" SLANT_DEPLOY_MODE=client \
  SLANT_EXECUTOR_MEMORY="${SLANT_EXECUTOR_MEMORY:-5g}" SLANT_EXECUTOR_CORES=2 SLANT_TOTAL_EXECUTOR_CORES=2 \
  SLANT_LOG_DIR="$work/logs" SLANT_CONFIG="$work/fault.yaml" SLANT_JAR="$jar" \
  MODELS_DIR="${M2_REPO:-$HOME/.m2/repository}/edu/stanford/nlp/stanford-corenlp/4.5.10" \
  SLANT_SUBMIT_ARGS="--conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false --conf spark.executor.extraJavaOptions=-Dlog4j2.configurationFile=file:$work/log4j2-executor.properties"
nightly=("$root/jobs/submit-nightly.sh" --from "$from" --to "$to" --input "$root/data/sample" --output "$out")

log "run 1 (undisturbed), $from … $to"
"${nightly[@]}" || { log "run 1 failed"; exit 1; }
cp -r "$out" "$out-clean"

log "run 2 (worker killed during annotation)"
before="$(ls "$work/worker1")"   # run 1's application folder: its log already says "Adding annotator"
"${nightly[@]}" &
submit=$!
killed=0
for _ in $(seq 1 600); do
  if ! kill -0 "$submit" 2>/dev/null; then break; fi
  app="$(ls "$work/worker1" | grep -vxF "$before" | head -1 || true)"
  if [[ -n "$app" ]] && grep -qs "Adding annotator" "$work/worker1/$app"/*/stderr; then
    executors="$(pgrep -P "$worker_pid" || true)"
    log "annotation started; kill -9 worker $worker_pid and its executor(s) ${executors//$'\n'/ }"
    kill -9 "$worker_pid"
    for e in $executors; do kill -9 "$e" 2>/dev/null || true; done
    killed=1
    sleep 5
    start_worker worker2
    log "new worker registered"
    break
  fi
  sleep 0.5
done
status=0
wait "$submit" || status=$?
[[ $killed -eq 1 ]] || { log "run 2 ended before annotation started; nothing was killed"; exit 1; }
[[ $status -eq 0 ]] || { log "run 2 failed (exit $status); see $work/logs"; exit 1; }
grep -qs "Running task" "$work"/worker2/app-*/*/stderr || { log "the new worker ran no task"; exit 1; }
log "ok: run 2 finished after losing its worker; compare $out-clean with $out"
