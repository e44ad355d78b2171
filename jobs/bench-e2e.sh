#!/usr/bin/env bash
# bench-e2e.sh: the main job end to end on a real corpus, in embedded local Spark (docs/performance.md).
#   jobs/bench-e2e.sh                     # all of ../shared/data/zeitgeist-de-news, then its first 1, 3, 6, 12 months
#   jobs/bench-e2e.sh --months 0          # the whole corpus only
#   jobs/bench-e2e.sh --months 1,2 path/to/corpus.jsonl
# Prints a table (wall time per phase, articles/s, Spark jobs/stages, peak resident size) and writes
# out/bench/e2e.json; the runs' inputs and tables go to out/bench/e2e/ (emptied first). Uses jobs/local.yaml
# unless --config is given. Runs through jobs/slant (same JVM flags). Builds the project first when needed (as jobs/slant does).
# Environment: SLANT_HEAP (default 4g, as jobs/slant).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
args=("$@")
if [[ " $* " != *" --config "* ]]; then
  args=(--config jobs/local.yaml "${args[@]}")
fi
echo "bench-e2e: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exec "$root/jobs/slant" bench-e2e "${args[@]}"
