#!/usr/bin/env bash
# Cluster smoke test: starts a Spark standalone master and worker on 127.0.0.1 from the Maven Spark jars, submits
# the cluster jar with SparkSubmit (German and English models passed with --jars) on data/sample, checks the
# tables and the run manifest, and stops what it started (by PID). Exits non-zero on any failure.
#   jobs/cluster-smoke.sh [OUTPUT_DIR]      (default target/cluster-smoke/out)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/target/cluster-smoke"
out="${1:-$work/out}"
mkdir -p "$work"
rm -rf "$out"

jar="$root/target/slant-0.1.0-cluster.jar"
if [[ ! -f "$jar" || -n "$(find src/main pom.xml data -newer "$jar" -type f 2>/dev/null | head -1)" ]]; then
  echo "cluster-smoke: building the cluster jar" >&2
  mvn -B -q -DskipTests package >&2
fi
export SPARK_HOME
SPARK_HOME="$("$root/jobs/spark-home.sh")"
export SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_CONF_DIR="$SPARK_HOME/conf"
m2="${M2_REPO:-$HOME/.m2/repository}"
models="$m2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-german.jar,$m2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar"
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port="$(free_port)"; ui="$(free_port)"; wui="$(free_port)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

# shellcheck disable=SC2086
java -Xmx512m $opens -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$ui" > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
grep -q "I have been elected leader" "$work/master.log" || { echo "cluster-smoke: master did not start" >&2; cat "$work/master.log" >&2; exit 1; }

# shellcheck disable=SC2086
java -Xmx512m $opens -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory "${SLANT_WORKER_MEMORY:-8g}" --webui-port "$wui" \
  --work-dir "$work/worker" "spark://127.0.0.1:$port" > "$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { echo "cluster-smoke: worker did not register" >&2; cat "$work/worker.log" >&2; exit 1; }

echo "cluster-smoke: submitting to spark://127.0.0.1:$port" >&2
# shellcheck disable=SC2086
java -Xmx2g $opens -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "spark://127.0.0.1:$port" --deploy-mode client --class slant.cli.SlantCli \
  --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false \
  --executor-memory "${SLANT_EXECUTOR_MEMORY:-5g}" --total-executor-cores 2 \
  --jars "$models" \
  "$jar" run --config "$root/jobs/local.yaml" --input "$root/data/sample" --output "$out" \
  2>&1 | tee "$work/submit.log"
status=${PIPESTATUS[0]}
[[ $status -eq 0 ]] || { echo "cluster-smoke: spark-submit failed ($status)" >&2; exit 1; }

python3 - "$out" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
for t in ["articles", "rejects", "mentions", "article_actor", "outlet_actor_daily", "runs"]:
    files = glob.glob(os.path.join(out, t, "**", "*.parquet"), recursive=True)
    assert files and all(os.path.getsize(f) > 0 for f in files), f"table {t} has no parquet files"
runs = glob.glob(os.path.join(out, "_runs", "*.json"))
assert len(runs) == 1, runs
m = json.load(open(runs[0]))
assert m["ok"] and m["n_accepted"] > 60 and m["n_read"] == m["n_accepted"] + m["n_rejected"], m
assert m["n_mentions"] > 500, m
print(f"cluster-smoke: ok — read {m['n_read']}, accepted {m['n_accepted']}, rejected {m['n_rejected']}, "
      f"mentions {m['n_mentions']}, tables under {out}")
PY
