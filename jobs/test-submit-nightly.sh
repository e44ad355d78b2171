#!/usr/bin/env bash
# test-submit-nightly.sh: tests jobs/submit-nightly.sh without a cluster. A fake spark-submit (SPARK_SUBMIT) records
# its arguments, prints a line, sleeps FAKE_SLEEP seconds and exits FAKE_EXIT. Checks option handling, the default
# date, the command line, exit codes, the log file and the lock. Prints "N passed, N failed"; exits non-zero on a
# failure. Run by SubmitNightlyScriptTest (mvn test) or by hand.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script="$here/submit-nightly.sh"
tmp="$(mktemp -d)"
bg=()
cleanup() { for p in "${bg[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT

mkdir -p "$tmp/models" "$tmp/logs"
touch "$tmp/slant-cluster.jar" "$tmp/models/stanford-corenlp-4.5.10-models-german.jar" \
  "$tmp/models/stanford-corenlp-4.5.10-models.jar"
echo "input: {path: /data/news}" > "$tmp/nightly.yaml"
cat > "$tmp/spark-submit" <<'FAKE'
#!/usr/bin/env bash
printf '%s\n' "$@" > "$FAKE_ARGS"
echo "fake spark-submit: running"
sleep "${FAKE_SLEEP:-0}"
exit "${FAKE_EXIT:-0}"
FAKE
chmod +x "$tmp/spark-submit"

export SPARK_SUBMIT="$tmp/spark-submit" SLANT_JAR="$tmp/slant-cluster.jar" SLANT_CONFIG="$tmp/nightly.yaml" \
  MODELS_DIR="$tmp/models" SLANT_LOG_DIR="$tmp/logs" FAKE_ARGS="$tmp/args"
unset SPARK_HOME SLANT_MASTER SLANT_DEPLOY_MODE SLANT_EXECUTOR_MEMORY SLANT_EXECUTOR_CORES SLANT_NUM_EXECUTORS \
  SLANT_TOTAL_EXECUTOR_CORES SLANT_SUBMIT_ARGS SLANT_LOCK_FILE SLANT_LOOKBACK_DAYS SLANT_MODELS FAKE_SLEEP FAKE_EXIT

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; }
# expect CODE NAME -- ARGS...: runs the script and checks its exit code
expect() {
  local want="$1" name="$2"; shift 3
  rm -f "$tmp/args"
  "$script" "$@" > "$tmp/out" 2> "$tmp/err"
  local got=$?
  if [[ $got -eq $want ]]; then ok "$name (exit $got)"; else fail "$name: exit $got, expected $want; stderr: $(head -c 400 "$tmp/err")"; fi
}
# has_args "A B" ...: the fake received these arguments in this order, adjacent
has_args() { local all; all=" $(tr '\n' ' ' < "$tmp/args" 2>/dev/null) "; [[ "$all" == *" $1 "* ]]; }
check_args() { if has_args "$1"; then ok "$2"; else fail "$2: '$1' not in: $(tr '\n' ' ' < "$tmp/args" 2>/dev/null)"; fi; }

# usage and option errors
expect 0 "--help" -- --help
grep -q "Exit codes" "$tmp/out" && ok "--help prints the header" || fail "--help prints the header"
expect 2 "unknown option" -- --bogus
expect 2 "bad date" -- --date 2024-13-01
expect 2 "impossible day" -- --date 2024-02-30
expect 2 "date and range" -- --date 2024-06-18 --from 2024-06-01 --to 2024-06-02
expect 2 "--from without --to" -- --from 2024-06-01
expect 2 "--to before --from" -- --from 2024-06-05 --to 2024-06-01
expect 2 "--date without value" -- --date
expect 2 "--lookback not a number" -- --date 2024-06-18 --lookback two
[[ ! -e "$tmp/args" ]] && ok "no spark-submit on usage errors" || fail "no spark-submit on usage errors"

# the command line
expect 0 "default date" --
check_args "--date $(date -u -d yesterday +%F)" "default date is yesterday (UTC)"
expect 0 "one day" -- --date 2024-06-18
check_args "--master yarn --deploy-mode client" "default master and deploy mode"
check_args "--class slant.cli.SlantCli" "main class"
check_args "--executor-memory 6g --executor-cores 2" "default executor sizing"
check_args "--jars $tmp/models/stanford-corenlp-4.5.10-models-german.jar,$tmp/models/stanford-corenlp-4.5.10-models.jar $tmp/slant-cluster.jar run --config $tmp/nightly.yaml --date 2024-06-18" "models jars, cluster jar, run, config and date"
SLANT_MASTER=spark://h:7077 SLANT_EXECUTOR_MEMORY=7g SLANT_TOTAL_EXECUTOR_CORES=8 SLANT_SUBMIT_ARGS="--conf spark.x=y" \
  expect 0 "settings from the environment" -- --date 2024-06-18 --output /tmp/o --input /tmp/i
check_args "--master spark://h:7077" "SLANT_MASTER"
check_args "--executor-memory 7g" "SLANT_EXECUTOR_MEMORY"
check_args "--total-executor-cores 8" "SLANT_TOTAL_EXECUTOR_CORES"
check_args "--conf spark.x=y --jars" "SLANT_SUBMIT_ARGS"
check_args "--date 2024-06-18 --input /tmp/i --output /tmp/o" "--input/--output passed on"
expect 0 "backfill" -- --from 2024-06-01 --to 2024-06-30
check_args "--from 2024-06-01 --to 2024-06-30" "backfill range"
expect 0 "lookback" -- --date 2024-03-01 --lookback 2
check_args "--from 2024-02-28 --to 2024-03-01 --lookback 0" "lookback over a month end (leap year), config's lookback off"
expect 0 "no lookback option" -- --date 2024-06-18
has_args "--lookback" && fail "without --lookback the config's run.lookback_days decides" \
  || ok "without --lookback the config's run.lookback_days decides"
expect 0 "dry run" -- --dry-run --date 2024-06-18
[[ ! -e "$tmp/args" ]] && grep -q "run --config" "$tmp/out" && ok "dry run prints, runs nothing" || fail "dry run prints, runs nothing"

# missing pieces are configuration errors
SLANT_JAR="$tmp/nope.jar" expect 2 "missing jar" -- --date 2024-06-18
MODELS_DIR="$tmp/nowhere" expect 2 "missing models" -- --date 2024-06-18
SLANT_CONFIG="$tmp/nope.yaml" expect 2 "missing config" -- --date 2024-06-18
(unset SPARK_SUBMIT; "$script" --date 2024-06-18 >/dev/null 2>&1); [[ $? -eq 2 ]] && ok "no SPARK_HOME" || fail "no SPARK_HOME"

# exit codes of the job, and the log
FAKE_EXIT=1 expect 4 "job failure" -- --date 2024-06-18
grep -q "last lines of" "$tmp/err" && ok "failure shows the log tail" || fail "failure shows the log tail"
FAKE_EXIT=2 expect 2 "Slant configuration error" -- --date 2024-06-19
log="$(ls "$tmp"/logs/slant-nightly-2024-06-19-*.log 2>/dev/null | head -1)"
[[ -n "$log" ]] && grep -q "fake spark-submit: running" "$log" && grep -q "exit 2" "$log" \
  && ok "dated log with the job's output and exit" || fail "dated log with the job's output and exit"
grep -q "2024-06-19 exit=2" "$tmp/logs/slant-nightly.last" && ok "last-run status file" || fail "last-run status file"

# the lock: a second run while the first holds it exits 3; --wait-lock waits
rm -f "$tmp/args"
FAKE_SLEEP=4 "$script" --date 2024-06-20 > /dev/null 2>&1 &
first=$!; bg+=("$first")
for _ in $(seq 1 50); do [[ -e "$tmp/args" ]] && break; sleep 0.1; done
expect 3 "second run while the first holds the lock" -- --date 2024-06-21
cp "$tmp/err" "$tmp/lock-err"
grep -q "another run holds" "$tmp/lock-err" && grep -q "2024-06-20" "$tmp/lock-err" && ok "lock message names the holder" || fail "lock message names the holder: $(cat "$tmp/lock-err")"
expect 0 "--wait-lock waits for the first run" -- --date 2024-06-21 --wait-lock 30
wait "$first"; [[ $? -eq 0 ]] && ok "the first run finished" || fail "the first run finished"
expect 0 "lock released after a run" -- --date 2024-06-22

# SIGTERM stops spark-submit and exits 5
FAKE_SLEEP=30.0417 "$script" --date 2024-06-23 > /dev/null 2>&1 &
victim=$!; bg+=("$victim")
for _ in $(seq 1 50); do [[ -e "$tmp/args" ]] && grep -q 2024-06-23 "$tmp/args" && break; sleep 0.1; done
sleep 0.3
kill -TERM "$victim"; wait "$victim"; code=$?
[[ $code -eq 5 ]] && ok "SIGTERM exits 5" || fail "SIGTERM exits 5 (got $code)"
# the fake's processes may take a moment to go on a loaded machine: wait up to 10 s
for _ in $(seq 1 100); do pgrep -f "$tmp/spark-submit|sleep 30.0417" >/dev/null || break; sleep 0.1; done
pgrep -af "$tmp/spark-submit|sleep 30.0417" && fail "spark-submit stopped" || ok "spark-submit stopped"
expect 0 "lock free after an interrupted run" -- --date 2024-06-24

echo "submit-nightly: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
