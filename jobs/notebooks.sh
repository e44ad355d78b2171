#!/usr/bin/env bash
# notebooks.sh: execute the analyst notebooks (notebooks/*.ipynb) headless against a Slant output root.
#   jobs/notebooks.sh                      # tables in out/ (runs the sample pipeline first if out/articles is missing)
#   SLANT_TABLES=/data/slant jobs/notebooks.sh
# Creates .venv-notebooks/ from notebooks/requirements.txt when missing, writes the executed notebooks to
# out/notebooks/ (NOTEBOOKS_OUT overrides) and their figures to out/notebooks/figures/ (SLANT_FIGURES overrides).
# Fails when a cell errors or when an executed notebook has no image/png output.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

venv="$root/.venv-notebooks"
req="$root/notebooks/requirements.txt"
# absolute paths: the notebooks run with notebooks/ as their working directory
tables="$(realpath -m "${SLANT_TABLES:-$root/out}")"
nb_out="$(realpath -m "${NOTEBOOKS_OUT:-$root/out/notebooks}")"
export SLANT_TABLES="$tables"
export SLANT_FIGURES="$(realpath -m "${SLANT_FIGURES:-$nb_out/figures}")"

if [[ ! -x "$venv/bin/python" ]]; then
  echo "notebooks: creating $venv" >&2
  python3 -m venv "$venv"
fi
# Reinstall only when requirements.txt changed since the last successful install.
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$req" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "notebooks: installing $req" >&2
  "$venv/bin/pip" install --retries 0 -q -r "$req"
  echo "$want" > "$stamp"
fi

if [[ ! -d "$tables/articles" ]]; then
  echo "notebooks: no tables under $tables, running the sample pipeline (jobs/local.yaml)…" >&2
  jobs/slant run --config jobs/local.yaml --output "$tables"
fi

mkdir -p "$nb_out" "$SLANT_FIGURES"
shopt -s nullglob
notebooks=("$root"/notebooks/[0-9]*.ipynb)
if (( ${#notebooks[@]} == 0 )); then
  echo "notebooks: no notebooks under notebooks/" >&2
  exit 1
fi
failed=()
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  echo "notebooks: executing $name" >&2
  if ! "$venv/bin/jupyter" nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
      --ExecutePreprocessor.kernel_name=python3 --output-dir "$nb_out" "$nb" >"$nb_out/${name%.ipynb}.log" 2>&1; then
    echo "notebooks: FAILED $name (see $nb_out/${name%.ipynb}.log)" >&2
    tail -n 30 "$nb_out/${name%.ipynb}.log" >&2
    failed+=("$name")
  fi
done

# Every executed notebook must have rendered at least one figure.
"$venv/bin/python" - "$nb_out" "${notebooks[@]}" <<'PY' || failed+=("figure check")
import json, sys
from pathlib import Path
out, bad = Path(sys.argv[1]), []
for src in sys.argv[2:]:
    p = out / Path(src).name
    if not p.exists():
        bad.append(f"{p.name}: not executed")
        continue
    nb = json.loads(p.read_text())
    pngs = sum("image/png" in o.get("data", {}) for c in nb["cells"] if c["cell_type"] == "code"
               for o in c.get("outputs", []))
    notes = sum(line.startswith("NOTE:") for c in nb["cells"] if c["cell_type"] == "code"
                for o in c.get("outputs", []) if o.get("output_type") == "stream"
                for line in "".join(o.get("text", "")).splitlines())
    print(f"notebooks: {p.name}: {pngs} figure(s), {notes} note(s)", file=sys.stderr)
    if pngs == 0:
        bad.append(f"{p.name}: no image/png output")
for b in bad:
    print(f"notebooks: FAILED {b}", file=sys.stderr)
sys.exit(1 if bad else 0)
PY

if (( ${#failed[@]} )); then
  echo "notebooks: ${#failed[@]} failure(s): ${failed[*]}" >&2
  exit 1
fi
echo "notebooks: all ${#notebooks[@]} notebooks executed; output in $nb_out, figures in $SLANT_FIGURES" >&2
