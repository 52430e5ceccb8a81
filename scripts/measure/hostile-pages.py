#!/usr/bin/env python3
"""Writes the hostile-input matrix: pages built to make a careless extractor slow (quadratic walks,
deep recursion, huge lists), one file per attack.

    scripts/measure/hostile-pages.py OUT_DIR
    ./newsdrop bench --runs 1 OUT_DIR                  # each page's time: none should take seconds
    ./newsdrop extract --out RECORDS OUT_DIR/*.html    # each page's record: none may fail

The small hostile fixtures the tests run are in functions/src/test/resources/hostile; these pages are
too big to commit (13 MB for one) and are for comparing builds: the time of each page should grow
linearly with its size (run it with the sizes below halved or doubled to see).
"""
import json
import os
import random
import sys

HEAD = "<html><head><title>T</title></head><body>"
TAIL = "</body></html>"
PARAGRAPH = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 6 + "</p>"

# element nestings, as the opening tags of one level and the tag that closes it
NESTINGS = {"div": "<div>", "span": "<span>", "ul": "<ul><li>", "table": "<table><tr><td>", "a": "<a>",
            "blockquote": "<blockquote>", "section": "<section>", "b": "<b>"}


def json_ld(value):
    return '<script type="application/ld+json">' + json.dumps(value) + "</script>"


def pages():
    for name, opening in NESTINGS.items():
        for depth in (3000, 30000):
            yield f"deep-{name}-{depth}", HEAD + opening * depth + PARAGRAPH * 3 + TAIL
    for depth in (1000, 20000):
        yield (f"deep-byline-{depth}",
               HEAD + '<div class="byline">By ' * depth + "Jane Doe" + "</div>" * depth + PARAGRAPH * 5 + TAIL)
        yield f"deep-time-{depth}", HEAD + "<time>" * depth + "3 March 2024" + "</time>" * depth + PARAGRAPH * 5 + TAIL

    n = 20000
    nested_authors = ('{"@type":"NewsArticle","headline":"H",'
                      + "".join('"author":{"@type":"Person","name":"N%d",' % i for i in range(n))
                      + '"x":1' + "}" * (n + 1))
    yield ("jsonld-deep-20000", '<html><head><script type="application/ld+json">' + nested_authors
           + "</script></head><body>" + PARAGRAPH * 5 + TAIL)
    chain = [{"@id": f"#p{i}", "@type": "Person", "name": f"P{i}", "author": {"@id": f"#p{i + 1}"}} for i in range(n)]
    chain.append({"@type": "NewsArticle", "headline": "H", "author": {"@id": "#p0"}})
    yield "jsonld-chain-20000", "<html><head>" + json_ld({"@graph": chain}) + "</head><body>" + PARAGRAPH * 5 + TAIL
    cycle = [{"@id": "#a", "@type": "Person", "name": "A", "sameAs": {"@id": "#b"}},
             {"@id": "#b", "@type": "Person", "author": {"@id": "#a"}},
             {"@type": "NewsArticle", "headline": "H", "author": {"@id": "#a"}, "publisher": {"@id": "#b"}}]
    yield "jsonld-cycle", "<html><head>" + json_ld({"@graph": cycle}) + "</head><body>" + PARAGRAPH * 5 + TAIL
    many = {"@type": "NewsArticle", "headline": "H",
            "author": [{"@type": "Person", "name": f"Name{i} Surname"} for i in range(50000)]}
    yield "jsonld-50000-authors", "<html><head>" + json_ld(many) + "</head><body>" + PARAGRAPH * 5 + TAIL

    article = HEAD + "<h1>Title here</h1>"
    yield ("byline-50000-names",
           article + '<div class="byline">By ' + ", ".join(f"Name{i} Surname" for i in range(50000))
           + "</div>" + PARAGRAPH * 5 + TAIL)
    yield ("byline-50000-links",
           article + '<div class="byline">By '
           + " and ".join(f'<a rel="author" href="/author/n{i}">Name{i} Surname</a>' for i in range(50000))
           + "</div>" + PARAGRAPH * 5 + TAIL)
    yield ("title-50000-separators",
           "<html><head><title>" + " | ".join(f"Part{i}" for i in range(50000)) + "</title>"
           + '<meta property="og:title" content="' + " - ".join("x" * 50000) + '"></head><body><h1>'
           + " : ".join(["Seg"] * 50000) + "</h1>" + PARAGRAPH * 5 + TAIL)
    yield ("attributes-1m",
           HEAD + "<div " + " ".join(f'a{i}="v"' for i in range(1000000)) + ">" + PARAGRAPH * 5 + "</div>" + TAIL)
    yield ("classes-100k",
           HEAD + "".join(f'<div class="c{i} x{i}" id="i{i}"><p>w{i} text here.</p></div>' for i in range(100000)) + TAIL)
    yield ("dates-100k",
           HEAD + "<h1>Title</h1>"
           + "".join(f"<span>Published {1 + i % 28} March 20{10 + i % 15}</span>" for i in range(100000))
           + PARAGRAPH * 5 + TAIL)
    yield ("paragraphs-200k",
           HEAD + "<article>" + "".join(f"<p>Short line {i} with words.</p>" for i in range(200000)) + "</article>" + TAIL)
    rng = random.Random(1)
    blocks = [PARAGRAPH, '<div class="share"><a href="/x">Share</a></div>',
              "<ul>" + '<li><a href="/r">Related story here</a></li>' * 5 + "</ul>",
              '<script>var x="' + "a" * 2000 + '";</script>']
    yield "mixed-13mb", HEAD + "<h1>Big page</h1>" + "".join(rng.choice(blocks) for _ in range(20000)) + TAIL


def main(out):
    os.makedirs(out, exist_ok=True)
    count = 0
    for name, html in pages():
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        count += 1
    print(f"{count} pages in {out}")


if __name__ == "__main__":
    # an option is no directory: "--help" once wrote the whole matrix into a folder of that name
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    main(sys.argv[1])
