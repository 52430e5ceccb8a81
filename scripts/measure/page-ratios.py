#!/usr/bin/env python3
"""Each page's extraction time over its own floor (jsoup's parse of the same bytes), ranked.

    scripts/measure/page-ratios.py OUT_DIR [--runs N] [--top K] [PAGES...]

Runs `newsdrop bench --cpu --runs N` (default 9) over the pages (default ../shared/benchmarks' AEB and
meta-dev pages), writes OUT_DIR/ratios.tsv (page, floor ms, extraction ms, ratio; highest ratio first),
prints the K (default 30) pages of highest ratio and the K nearest the median ratio, and makes
OUT_DIR/top and OUT_DIR/median, folders of symlinks to those pages (named by page id), ready for
scripts/measure/profile.sh OUT_DIR/prof 5 OUT_DIR/top or bench-builds ... -- OUT_DIR/top.
A page's own median of N timings is taken for both figures; pages whose floor is under 0.05 ms are
listed but not ranked (their ratio is mostly the timer).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUFFIXES = (".html", ".html.gz", ".htm")
LINE = re.compile(r"^(\S.*?)\s+parse\s+([\d.]+) ms \(p95\s+[\d.]+\)\s+extract\s+([\d.]+) ms")


def pages_of(args):
    """Every page under the arguments, in the order `newsdrop bench` reads them (folders walked, sorted)."""
    out = []
    for a in args:
        if os.path.isdir(a):
            found = []
            for d, _, files in os.walk(a):
                found += [os.path.join(d, f) for f in files if f.endswith(SUFFIXES)]
            out += sorted(found, key=lambda p: p.encode())
        else:
            out.append(a)
    return [os.path.abspath(p) for p in out]


def page_id(path):
    """The page's id as newsdrop names it: the folder of a source.* file, else the file name up to its first dot."""
    name = os.path.basename(path)
    if name.startswith("source."):
        return os.path.basename(os.path.dirname(path))
    return name.split(".")[0]


def link_all(folder, rows):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.unlink(os.path.join(folder, f))
    for path, *_ in rows:
        ext = ".html.gz" if path.endswith(".gz") else os.path.splitext(path)[1]
        os.symlink(path, os.path.join(folder, page_id(path) + ext))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("pages", nargs="*")
    a = ap.parse_args()
    bench = os.path.join(os.path.dirname(ROOT), "shared", "benchmarks")
    files = pages_of(a.pages or [os.path.join(bench, "aeb", "html"), os.path.join(bench, "meta-dev")])
    os.makedirs(a.out, exist_ok=True)
    run = subprocess.run([os.path.join(ROOT, "newsdrop"), "bench", "--cpu", "--runs", str(a.runs)] + files,
                         capture_output=True, text=True, check=True)
    timed = [LINE.match(l) for l in run.stdout.splitlines()]
    timed = [m for m in timed if m]
    if len(timed) != len(files):
        sys.exit(f"bench printed {len(timed)} page lines for {len(files)} pages")
    rows = []
    for path, m in zip(files, timed):
        if os.path.basename(path) != m.group(1).strip():
            sys.exit(f"bench's order differs at {path}: {m.group(1)}")
        floor, extract = float(m.group(2)), float(m.group(3))
        rows.append((path, floor, extract, extract / floor if floor >= 0.05 else float("nan")))
    ranked = sorted((r for r in rows if r[3] == r[3]), key=lambda r: -r[3])
    with open(os.path.join(a.out, "ratios.tsv"), "w") as f:
        f.write("page\tfloor_ms\textract_ms\tratio\n")
        for r in ranked + [r for r in rows if r[3] != r[3]]:
            f.write(f"{r[0]}\t{r[1]:.2f}\t{r[2]:.2f}\t{r[3]:.2f}\n")
    med = statistics.median(r[3] for r in ranked)
    print(f"{len(ranked)} pages ranked; median ratio {med:.2f}, median floor "
          f"{statistics.median(r[1] for r in rows):.2f} ms, median extraction {statistics.median(r[2] for r in rows):.2f} ms")
    near = sorted(ranked, key=lambda r: abs(r[3] - med))[:a.top]
    for title, part in (("highest ratio", ranked[:a.top]), ("nearest the median", near)):
        print(f"\n{title}:")
        for path, floor, extract, ratio in part:
            print(f"  {ratio:6.2f}  {floor:7.2f} {extract:7.2f} ms  {page_id(path)}")
    link_all(os.path.join(a.out, "top"), ranked[:a.top])
    link_all(os.path.join(a.out, "median"), near)


if __name__ == "__main__":
    main()
