#!/usr/bin/env bash
# Where extraction spends its time: JFR samples (1 ms) taken while `newsdrop bench` times the pages.
#   scripts/measure/profile.sh OUT_DIR [RUNS [PAGES...]]
# RUNS is bench's timed runs per page (default 3); PAGES default to ../shared/benchmarks' AEB and
# meta-dev pages. OUT_DIR gets extraction.jfr, samples.txt (its stacks) and shares.txt (every
# method's inclusive and own share of the samples taken inside ArticleExtractor.extract).
# Split one method's share by what it calls with
#   scripts/measure/profile-shares.py OUT_DIR/samples.txt --callees 'Class.method'
set -euo pipefail
# the first argument is the output folder: none, or an option such as --help, prints the lines above
case "${1:-}" in ""|-*) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0" >&2; exit 2 ;; esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
runs="${2:-3}"
shift $(( $# < 2 ? $# : 2 ))
if [ $# -eq 0 ]; then
  bench="$(cd "$root/../shared/benchmarks" && pwd)"
  set -- "$bench/aeb/html" "$bench/meta-dev"
fi
"$root/newsdrop" --help >/dev/null   # builds the command line first, so that only the bench is recorded
. "$root/scripts/java-home.sh"
JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=filename=$out/extraction.jfr,settings=profile,jdk.ExecutionSample#period=1ms" \
  "$root/newsdrop" bench --cpu --runs "$runs" "$@" 2>/dev/null | tail -n 3
"$JAVA_HOME/bin/jfr" print --stack-depth 2048 --events jdk.ExecutionSample "$out/extraction.jfr" > "$out/samples.txt"
python3 "$root/scripts/measure/profile-shares.py" "$out/samples.txt" > "$out/shares.txt"
head -n 40 "$out/shares.txt"
