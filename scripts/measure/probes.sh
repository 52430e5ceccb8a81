#!/usr/bin/env bash
# Runs this tree's extraction engine on every probe batch (probes/<round>/<batch>/, see probes/README.md) and prints one
# summary line a batch; each batch's records stay in OUT_DIR/<round>-<batch>/ for reading.
#   scripts/measure/probes.sh OUT_DIR [PROBES_DIR] > run.txt
#   NEWSDROP=/other/tree/newsdrop scripts/measure/probes.sh OUT_DIR > older.txt   # another tree's engine on these probes
#   scripts/measure/probe-check.py --changes before.txt after.txt
#   scripts/measure/probe-check.py probes/ROUND/BATCH OUT_DIR/ROUND-BATCH      # one batch's failures
set -euo pipefail
# the first argument is the output folder: none, or an option such as --help, prints the lines above
case "${1:-}" in ""|-*) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0" >&2; exit 2 ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
probes="$(cd "${2:-$root/probes}" && pwd)"
newsdrop="${NEWSDROP:-$root/newsdrop}"
for truth in "$probes"/*/*/truth.json; do
  batch="$(dirname "$truth")"
  name="$(basename "$(dirname "$batch")")-$(basename "$batch")"
  rm -rf "${out:?}/$name"
  "$newsdrop" predict --out "$out/$name" --urls "$truth" "$batch/pages" >/dev/null
  python3 "$root/scripts/measure/probe-check.py" "$batch" "$out/$name" | tail -n 1 | sed "s/^[^\t]*/$name/"
done
