#!/usr/bin/env python3
"""Every page and metadata field whose score moved between two runs of dev-sets.sh, gains then losses.

    scripts/measure/score-changes.py BEFORE_DIR AFTER_DIR
"""
import csv
import os
import sys


def scores(run):
    with open(os.path.join(run, "scores.tsv"), encoding="utf-8") as f:
        return {(r["page"], r["field"]): r for r in csv.DictReader(f, delimiter="\t") if r["field"] != "url"}


def main(before_dir, after_dir):
    before, after = scores(before_dir), scores(after_dir)
    moved = {"GAIN": [], "LOSS": []}
    for key in sorted(before.keys() | after.keys()):
        was = float(before[key]["score"]) if key in before else 0.0
        now = float(after[key]["score"]) if key in after else 0.0
        if was != now:
            row = after.get(key) or before[key]
            moved["GAIN" if now > was else "LOSS"].append(
                f"{key[0]}\t{key[1]}\t{was} -> {now}\ttruth {row['truth'][:100]}"
                f"\twas {before.get(key, {}).get('pred', '')[:100]}\tnow {after.get(key, {}).get('pred', '')[:100]}")
    for kind in ("GAIN", "LOSS"):
        for line in moved[kind]:
            print(kind, line, sep="\t")
    print(f"{len(moved['GAIN'])} gains, {len(moved['LOSS'])} losses")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
