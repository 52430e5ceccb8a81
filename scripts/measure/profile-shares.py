#!/usr/bin/env python3
"""Shares of extraction time per method, from the stacks of a JFR recording (`jfr print --events
jdk.ExecutionSample`), counting only samples taken inside ArticleExtractor.extract.

    scripts/measure/profile-shares.py SAMPLES.txt [--top N] [--all]
        each extraction-engine method's inclusive share (the method or what it calls) and own share;
        --all lists library methods (jsoup, the JDK) too
    scripts/measure/profile-shares.py SAMPLES.txt --callees 'Class.method'
        that method's inclusive share, split by the method it called (or its own lines)
"""
import argparse
import collections
import re

ROOT = "ArticleExtractor.extract"
FRAME = re.compile(r"^\s+([\w.$<>]+)\(.*?\)\s+line:\s*(\d+)", re.M)


def extraction_stacks(path):
    """Each sample inside the extraction, as its frames from the innermost out: (method, line)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = FRAME.findall(event)
        if any(name.endswith(ROOT) for name, _ in frames):
            yield frames


def shares(stacks, top, everything):
    inclusive, own, total = collections.Counter(), collections.Counter(), 0
    for frames in stacks:
        total += 1
        own[frames[0][0]] += 1
        for name in {name for name, _ in frames}:
            inclusive[name] += 1
    print(f"samples {total}")
    shown = 0
    for name, count in inclusive.most_common():
        if everything or ".newsdrop.extract" in name:
            print(f"{100 * count / total:6.2f}% incl {100 * own[name] / total:6.2f}% own  {name}")
            shown += 1
            if shown == top:
                break


def callees(stacks, method, top):
    split, total, inside = collections.Counter(), 0, 0
    for frames in stacks:
        total += 1
        at = [i for i, (name, _) in enumerate(frames) if name.endswith(method)]
        if not at:
            continue
        inside += 1
        i = max(at)   # the outermost call, so that recursion is counted once
        split[f"{frames[i - 1][0]} (from line {frames[i][1]})" if i > 0 else f"<own> line {frames[i][1]}"] += 1
    print(f"{method}: {100 * inside / max(total, 1):.2f}% of extraction")
    for name, count in split.most_common(top):
        print(f"{100 * count / total:6.2f}%  {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("samples")
    parser.add_argument("--top", type=int, default=80)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--callees", metavar="METHOD")
    args = parser.parse_args()
    stacks = list(extraction_stacks(args.samples))
    if args.callees:
        callees(stacks, args.callees, args.top)
    else:
        shares(stacks, args.top, args.all)


if __name__ == "__main__":
    main()
