#!/usr/bin/env bash
# submit-nightly.sh: run one Slant night (or a backfill) on a cluster with spark-submit, never two at once.
#
#   jobs/submit-nightly.sh                          # yesterday (UTC) and, by run.lookback_days in jobs/nightly.yaml,
#                                                   # the 2 days before it (late articles)
#   jobs/submit-nightly.sh --date 2024-06-18        # one publication day
#   jobs/submit-nightly.sh --from 2024-06-01 --to 2024-06-30   # a backfill: one job over the range
#   jobs/submit-nightly.sh --date 2024-06-18 --lookback 14     # 2024-06-04 … 2024-06-18 (overrides run.lookback_days)
#   jobs/submit-nightly.sh --dry-run --date 2024-06-18         # print the spark-submit command, run nothing
#
# Options: --date D | --from D --to D, --lookback N (also run the N days before, instead of the config's
#   run.lookback_days; default $SLANT_LOOKBACK_DAYS or the config's),
#   --config FILE, --input PATH, --output DIR (override the config's input.path / output.path),
#   --wait-lock SECONDS (wait for a running job instead of exiting 3; default 0), --dry-run, -h/--help.
#   Dates are publication days in the config's run.time_zone; the default day is yesterday in UTC.
#
# Environment (defaults in brackets):
#   SPARK_HOME             Spark installation; spark-submit is $SPARK_HOME/bin/spark-submit   [required]
#   SPARK_SUBMIT           the spark-submit to run                    [$SPARK_HOME/bin/spark-submit]
#   SLANT_HOME             the Slant checkout                         [this script's ../]
#   SLANT_JAR              the cluster jar                            [$SLANT_HOME/target/slant-0.1.0-cluster.jar]
#   SLANT_CONFIG           the job configuration                      [$SLANT_HOME/jobs/nightly.yaml]
#   SLANT_MASTER           --master                                   [yarn]
#   SLANT_DEPLOY_MODE      --deploy-mode (client: the driver's exit code and log come back here)  [client]
#   SLANT_DRIVER_MEMORY    --driver-memory                            [2g]
#   SLANT_EXECUTOR_MEMORY  --executor-memory (German ≈ 0.8 GB + English ≈ 0.5 GB + Lingua ≈ 0.3 GB + ≈ 2 GB per running task)  [6g]
#   SLANT_EXECUTOR_CORES   --executor-cores (tasks per executor)      [2]
#   SLANT_NUM_EXECUTORS    --num-executors (YARN/Kubernetes; empty: the cluster's default or dynamic allocation)  []
#   SLANT_TOTAL_EXECUTOR_CORES  --total-executor-cores (standalone; empty: the cluster's default)  []
#   MODELS_DIR             folder holding the CoreNLP models jars     [~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10]
#   SLANT_MODELS           models jars in MODELS_DIR, comma-separated, passed with --jars
#                          [stanford-corenlp-4.5.10-models-german.jar,stanford-corenlp-4.5.10-models.jar]
#   SLANT_SUBMIT_ARGS      extra spark-submit arguments, word-split (e.g. "--queue news --conf spark.x=y")  []
#   SLANT_LOG_DIR          log folder: one log per run, slant-nightly-<dates>-<UTC start>.log  [$SLANT_HOME/logs]
#   SLANT_LOCK_FILE        the lock (flock) held for the whole run    [$SLANT_LOG_DIR/slant-nightly.lock]
#   SLANT_LOOKBACK_DAYS    default for --lookback                     [unset: run.lookback_days of the config]
#
# Exit codes:
#   0  the run finished and its counts balanced (read = accepted + rejected)
#   1  unexpected error in this script
#   2  usage or configuration error: bad options or dates, SPARK_HOME / jar / config / models missing, or Slant
#      itself reported a configuration error (see the log); nothing was written
#   3  another run holds the lock (SLANT_LOCK_FILE); nothing was started
#   4  the Spark job failed (spark-submit exited non-zero): rerun the same dates; see the log
#   5  interrupted (SIGINT/SIGTERM): spark-submit was stopped; rerun the same dates
# The lock is per machine (flock): run the scheduler on one host only. spark-submit inherits the lock, so a driver
# left running after this script is killed still keeps the next run out.
set -uo pipefail

usage() { sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "submit-nightly: $*" >&2; exit 2; }

root="${SLANT_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
config="${SLANT_CONFIG:-$root/jobs/nightly.yaml}"
date_arg="" from="" to="" input="" output="" dry_run=0 wait_lock=0
lookback="${SLANT_LOOKBACK_DAYS:-}"

need_value() { [[ $# -ge 2 && -n "$2" && "$2" != --* ]] || die "$1 needs a value (try --help)"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --date) need_value "$@"; date_arg="$2"; shift 2 ;;
    --from) need_value "$@"; from="$2"; shift 2 ;;
    --to) need_value "$@"; to="$2"; shift 2 ;;
    --lookback) need_value "$@"; lookback="$2"; shift 2 ;;
    --config) need_value "$@"; config="$2"; shift 2 ;;
    --input) need_value "$@"; input="$2"; shift 2 ;;
    --output) need_value "$@"; output="$2"; shift 2 ;;
    --wait-lock) need_value "$@"; wait_lock="$2"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
done

# A valid calendar day YYYY-MM-DD (GNU date normalises 2024-02-30 to March, so compare the round trip).
valid_day() { [[ "$1" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && [[ "$(date -u -d "$1" +%F 2>/dev/null)" == "$1" ]]; }
[[ -z "$lookback" || "$lookback" =~ ^[0-9]+$ ]] || die "--lookback must be a number of days, got '$lookback'"
[[ "$wait_lock" =~ ^[0-9]+$ ]] || die "--wait-lock must be a number of seconds, got '$wait_lock'"
if [[ -n "$date_arg" && ( -n "$from" || -n "$to" ) ]]; then die "give either --date or --from/--to, not both"; fi
if [[ -n "$from" || -n "$to" ]]; then
  [[ -n "$from" && -n "$to" ]] || die "--from and --to go together"
  valid_day "$from" || die "--from must be a day YYYY-MM-DD, got '$from'"
  valid_day "$to" || die "--to must be a day YYYY-MM-DD, got '$to'"
  [[ ! "$to" < "$from" ]] || die "--to ($to) is before --from ($from)"
else
  [[ -n "$date_arg" ]] || date_arg="$(date -u -d yesterday +%F)"
  valid_day "$date_arg" || die "--date must be a day YYYY-MM-DD, got '$date_arg'"
fi
# An explicit lookback widens the dates here (so the log name shows them) and turns the config's off (--lookback 0).
if [[ -n "$lookback" && "$lookback" -gt 0 ]]; then
  if [[ -n "$date_arg" ]]; then to="$date_arg"; from="$date_arg"; date_arg=""; fi
  from="$(date -u -d "$from - $lookback days" +%F)"
fi
if [[ -n "$date_arg" ]]; then dates=(--date "$date_arg"); label="$date_arg"; else dates=(--from "$from" --to "$to"); label="${from}_${to}"; fi

# What spark-submit needs.
if [[ -z "${SPARK_SUBMIT:-}" ]]; then
  [[ -n "${SPARK_HOME:-}" ]] || die "set SPARK_HOME (or SPARK_SUBMIT)"
  SPARK_SUBMIT="$SPARK_HOME/bin/spark-submit"
fi
[[ -x "$SPARK_SUBMIT" ]] || die "spark-submit not found or not executable: $SPARK_SUBMIT"
jar="${SLANT_JAR:-$root/target/slant-0.1.0-cluster.jar}"
[[ -f "$jar" ]] || die "cluster jar not found: $jar (build it with: mvn -B -DskipTests package)"
[[ -f "$config" ]] || die "config not found: $config"
models_dir="${MODELS_DIR:-$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10}"
IFS=',' read -r -a model_names <<< "${SLANT_MODELS:-stanford-corenlp-4.5.10-models-german.jar,stanford-corenlp-4.5.10-models.jar}"
jars=""
for m in "${model_names[@]}"; do
  [[ -f "$models_dir/$m" ]] || die "models jar not found: $models_dir/$m (set MODELS_DIR / SLANT_MODELS)"
  jars="${jars:+$jars,}$models_dir/$m"
done

cmd=("$SPARK_SUBMIT" --master "${SLANT_MASTER:-yarn}" --deploy-mode "${SLANT_DEPLOY_MODE:-client}"
  --name "slant-nightly-$label" --class slant.cli.SlantCli
  --driver-memory "${SLANT_DRIVER_MEMORY:-2g}"
  --executor-memory "${SLANT_EXECUTOR_MEMORY:-6g}" --executor-cores "${SLANT_EXECUTOR_CORES:-2}")
[[ -n "${SLANT_NUM_EXECUTORS:-}" ]] && cmd+=(--num-executors "$SLANT_NUM_EXECUTORS")
[[ -n "${SLANT_TOTAL_EXECUTOR_CORES:-}" ]] && cmd+=(--total-executor-cores "$SLANT_TOTAL_EXECUTOR_CORES")
# shellcheck disable=SC2206
[[ -n "${SLANT_SUBMIT_ARGS:-}" ]] && cmd+=(${SLANT_SUBMIT_ARGS})
cmd+=(--jars "$jars" "$jar" run --config "$config" "${dates[@]}")
[[ -n "$lookback" ]] && cmd+=(--lookback 0)
[[ -n "$input" ]] && cmd+=(--input "$input")
[[ -n "$output" ]] && cmd+=(--output "$output")

if [[ $dry_run -eq 1 ]]; then
  printf '%q ' "${cmd[@]}"; echo
  exit 0
fi

log_dir="${SLANT_LOG_DIR:-$root/logs}"
mkdir -p "$log_dir" 2>/dev/null && [[ -w "$log_dir" ]] || die "log folder not writable: $log_dir"
lock="${SLANT_LOCK_FILE:-$log_dir/slant-nightly.lock}"
exec 9>>"$lock" || die "cannot open the lock file $lock"
if ! flock -w "$wait_lock" 9; then
  echo "submit-nightly: another run holds $lock ($(cat "$lock.owner" 2>/dev/null || echo unknown)); not starting $label" >&2
  exit 3
fi
started="$(date -u +%Y%m%dT%H%M%SZ)"
log="$log_dir/slant-nightly-$label-$started.log"
echo "pid $$ on $(hostname) since $started: $label, log $log" > "$lock.owner"

say() { echo "$(date -u +%FT%TZ) submit-nightly: $*" >> "$log"; }
say "dates $label, config $config${input:+, input $input}${output:+, output $output}"
say "command: $(printf '%q ' "${cmd[@]}")"

child=""
on_signal() {
  say "interrupted by SIG$1; stopping spark-submit (pid ${child:-none})"
  if [[ -n "$child" ]]; then
    kill -TERM -- "-$child" 2>/dev/null || kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  say "exit 5 (interrupted): rerun the same dates"
  echo "submit-nightly: interrupted; rerun $label (log $log)" >&2
  exit 5
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM

# Its own process group (setsid), so an interruption stops spark-submit and everything it started.
setsid "${cmd[@]}" >> "$log" 2>&1 &
child=$!
status=0
wait "$child" || status=$?
child=""

case $status in
  0) code=0; what="ok" ;;
  2) code=2; what="Slant reported a configuration error" ;;
  *) code=4; what="the Spark job failed (spark-submit exit $status)" ;;
esac
say "exit $code: $what"
echo "$started $label exit=$code log=$log" > "$log_dir/slant-nightly.last"
if [[ $code -ne 0 ]]; then
  echo "submit-nightly: $label: $what; last lines of $log:" >&2
  tail -n 20 "$log" >&2
fi
exit $code
