#!/usr/bin/env python3
"""Scores probe batches: pages written for the project with every expected value set down before the first run.

    scripts/measure/probe-check.py BATCH_DIR PRED_DIR            # one batch: each failure, then its summary line
    scripts/measure/probe-check.py --changes BEFORE.txt AFTER.txt  # two runs of probes.sh: each batch field that moved

A batch is a folder holding pages/<id>.html and truth.json, which maps each id to what is expected of its record:
url (handed to the extractor), title, authors (a list), day ("YYYY-MM-DD", or null for no date), must (passages the
text must hold), not (passages it must not hold), and optionally status, credit and language. Only the fields given
are checked. Texts are compared with runs of blanks collapsed and NFKC-normalised; authors as multisets, case-folded
and without blanks (Chinese, Japanese and Korean names match with or without the blank between them); the day is the
first ten characters of publishedAt, the publisher's local day.
"""
import json
import os
import re
import sys
import unicodedata


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip()


def name_key(s):
    return re.sub(r"\s+", "", norm(s)).casefold()


def check(batch, pred):
    """(totals by field as [passed, asked], failure lines) of one batch's predictions."""
    with open(os.path.join(batch, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    totals, failures = {}, []

    def score(page, field, ok, detail):
        t = totals.setdefault(field, [0, 0])
        t[0] += 1 if ok else 0
        t[1] += 1
        if not ok:
            failures.append(f"FAIL\t{page}\t{field}\t{detail}")

    for page, want in sorted(truth.items()):
        path = os.path.join(pred, page + ".json")
        rec = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                rec = json.load(f)
        text = norm(rec.get("text"))
        if "title" in want:
            score(page, "title", norm(rec.get("title")) == norm(want["title"]), f"got {rec.get('title')!r} want {want['title']!r}")
        if "authors" in want:
            got = sorted(name_key(a) for a in rec.get("authors") or [])
            score(page, "authors", got == sorted(name_key(a) for a in want["authors"]),
                  f"got {rec.get('authors')} want {want['authors']}")
        if "day" in want:
            day = (rec.get("publishedAt") or "")[:10] or None
            score(page, "day", day == want["day"], f"got {rec.get('publishedAt')} want {want['day']}")
        for field in ("status", "credit"):
            if field in want:
                score(page, field, (rec.get(field) or None) == (want[field] or None), f"got {rec.get(field)!r} want {want[field]!r}")
        if "language" in want:
            score(page, "language", (rec.get("language") or "").lower().startswith((want["language"] or "").lower()),
                  f"got {rec.get('language')!r} want {want['language']!r}")
        for passage in want.get("must", []):
            score(page, "must", norm(passage) in text, f"missing {passage[:70]!r}")
        for passage in want.get("not", []):
            score(page, "not", norm(passage) not in text, f"kept {passage[:70]!r}")
    return totals, failures


def summary(name, totals):
    return name + "\t" + "  ".join(f"{k} {p}/{t}" for k, (p, t) in sorted(totals.items()))


def load_summaries(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, _, rest = line.rstrip("\n").partition("\t")
            for field, passed, asked in re.findall(r"(\w+) (\d+)/(\d+)", rest):
                out[(name, field)] = (int(passed), int(asked))
    return out


def changes(before_path, after_path):
    before, after = load_summaries(before_path), load_summaries(after_path)
    totals = {}
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key, (0, 0)), after.get(key, (0, 0))
        t = totals.setdefault(key[1], [0, 0, 0])
        t[0] += was[0]
        t[1] += now[0]
        t[2] += now[1]
        if was != now:
            lower = "   LOWER" if now[0] < was[0] and now[1] == was[1] else ""
            print(f"{key[0]}\t{key[1]}\t{was[0]}/{was[1]} -> {now[0]}/{now[1]}{lower}")
    for field, (was, now, asked) in sorted(totals.items()):
        print(f"TOTAL {field}: {was} -> {now} of {asked}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--changes":
        changes(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3:
        totals, failures = check(sys.argv[1], sys.argv[2])
        print("\n".join(failures + [summary(os.path.basename(os.path.normpath(sys.argv[1])), totals)]))
    else:
        sys.exit(__doc__)
