#!/usr/bin/env bash
# Scores this tree's extraction engine on the benchmark pages beside the repository
# (../shared/benchmarks: meta-dev's three sets and AEB), keeping every record for comparison.
#   scripts/measure/dev-sets.sh OUT_DIR [BENCHMARKS_DIR]
# OUT_DIR/meta and OUT_DIR/aeb hold one record per page; OUT_DIR/scores.tsv holds every page's
# metadata scores (score_meta.py --details), for scripts/measure/score-changes.py.
set -euo pipefail
# the first argument is the output folder: none, or an option such as --help, prints the lines above
case "${1:-}" in ""|-*) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0" >&2; exit 2 ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
bench="$(cd "${2:-$root/../shared/benchmarks}" && pwd)"
rm -rf "$out/meta" "$out/aeb"
mkdir -p "$out/meta" "$out/aeb"
"$root/newsdrop" predict --out "$out/meta" "$bench/meta-dev/aed" "$bench/meta-dev/postlight" "$bench/meta-dev/fundus" >/dev/null
"$root/newsdrop" predict --out "$out/aeb" --urls "$bench/aeb/ground-truth.json" "$bench/aeb/html" >/dev/null
cd "$bench/meta-dev"
python3 score_meta.py --split dev --sets-root . --pred "$out/meta" --by-set --details "$out/scores.tsv" | tee "$out/meta.txt"
echo "== published day with --skip-suspect (all, aed, fundus, postlight)"
python3 score_meta.py --split dev --sets-root . --pred "$out/meta" --by-set --skip-suspect | grep '^published' | tee "$out/meta-skip-suspect.txt"
echo "== AEB body text"
"$root/newsdrop" score --gt "$bench/aeb/ground-truth.json" "$out/aeb" | tee "$out/aeb.txt"
