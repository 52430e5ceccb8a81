#!/usr/bin/env python3
"""Writes the windows-1256 variants of seed-article.html: one declaring its charset, one not."""
from pathlib import Path

here = Path(__file__).resolve().parent
page = (here / 'seed-article.html').read_text(encoding='utf-8')
declared = page.replace('<meta charset="UTF-8">', '<meta charset="windows-1256">')
undeclared = page.replace('<meta charset="UTF-8">\n', '')
assert declared != page and undeclared != page
(here / 'seed-article-windows-1256.html').write_bytes(declared.encode('cp1256'))
(here / 'seed-article-windows-1256-undeclared.html').write_bytes(undeclared.encode('cp1256'))
