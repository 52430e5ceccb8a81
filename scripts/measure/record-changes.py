#!/usr/bin/env python3
"""Every record that differs between two runs of dev-sets.sh, with the fields that moved: a change
meant to keep behaviour (a speed change, a refactoring) must print "0 of N records differ".

    scripts/measure/record-changes.py BEFORE_DIR AFTER_DIR
"""
import json
import os
import sys

LONG_FIELDS = {"articleBody", "text", "html"}  # named, not printed


def main(before_dir, after_dir):
    total = changed = 0
    for part in ("meta", "aeb"):
        for name in sorted(os.listdir(os.path.join(before_dir, part))):
            total += 1
            with open(os.path.join(before_dir, part, name), encoding="utf-8") as f:
                was = json.load(f)
            path = os.path.join(after_dir, part, name)
            if not os.path.exists(path):
                changed += 1
                print(part, name, "missing")
                continue
            with open(path, encoding="utf-8") as f:
                now = json.load(f)
            if was != now:
                changed += 1
                fields = sorted(k for k in was.keys() | now.keys() if was.get(k) != now.get(k))
                print(part, name, fields)
                for k in fields:
                    if k not in LONG_FIELDS:
                        print("   ", k, repr(was.get(k))[:150], "->", repr(now.get(k))[:150])
    print(f"{changed} of {total} records differ")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
