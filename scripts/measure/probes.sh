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
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# One engine run over all batches (a JVM a batch cost minutes): each page is linked into one folder as
# <round>-<batch>__<id>, beside one ground truth that gives every page its URL under that name. A page whose
# extraction throws gets a FAILED record; predict's lines, which name it, go to stderr.
python3 - "$probes" "$stage" <<'PY'
import glob, json, os, sys
probes, stage = sys.argv[1], sys.argv[2]
os.mkdir(os.path.join(stage, "pages"))
urls = {}
for truth in sorted(glob.glob(os.path.join(probes, "*", "*", "truth.json"))):
    batch = os.path.dirname(truth)
    name = os.path.basename(os.path.dirname(batch)) + "-" + os.path.basename(batch)
    with open(truth, encoding="utf-8") as f:
        for page, fields in json.load(f).items():
            urls[name + "__" + page] = {"url": fields.get("url")}
    for page in os.listdir(os.path.join(batch, "pages")):
        os.symlink(os.path.join(batch, "pages", page), os.path.join(stage, "pages", name + "__" + page))
with open(os.path.join(stage, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(urls, f)
PY
"$newsdrop" predict --out "$stage/records" --urls "$stage/truth.json" "$stage/pages" >&2

for truth in "$probes"/*/*/truth.json; do
  batch="$(dirname "$truth")"
  name="$(basename "$(dirname "$batch")")-$(basename "$batch")"
  rm -rf "${out:?}/$name"
  mkdir -p "$out/$name"
  for record in "$stage/records/$name"__*.json; do
    [ -e "$record" ] || continue
    file="${record##*/}"
    mv "$record" "$out/$name/${file#"$name"__}"
  done
  python3 "$root/scripts/measure/probe-check.py" "$batch" "$out/$name" | tail -n 1 | sed "s/^[^\t]*/$name/"
done
