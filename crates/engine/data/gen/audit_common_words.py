#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Review aid (not part of the build): lists the names in the generated
gazetteer tables that are also frequent ordinary words in de/en/fr/es, so
that a person can add them to STOPWORDS in hand_tables.py.

Needs (outside the repository): the Debian word lists wngerman, wfrench,
wspanish, wamerican (apt-get install ...) and PyPI wordfreq installed with
`pip install --target /tmp/gaz/wf wordfreq`.

    python3 crates/engine/data/gen/audit_common_words.py [--min-zipf 3.0]

A name is listed when its folded form is a lower-case dictionary word of
one of the four languages and its wordfreq Zipf frequency in that language
is at least --min-zipf. Place names themselves are frequent too, so the
list needs reviewing by hand.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from gen_gazetteer import fold  # noqa: E402

DICTS = {"en": "/usr/share/dict/american-english", "de": "/usr/share/dict/ngerman",
         "fr": "/usr/share/dict/french", "es": "/usr/share/dict/spanish"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-zipf", type=float, default=3.0)
    ap.add_argument("--wordfreq", default="/tmp/gaz/wf")
    args = ap.parse_args()
    sys.path.insert(0, args.wordfreq)
    from wordfreq import zipf_frequency

    words = {}
    for lang, p in DICTS.items():
        s = set()
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w == w.lower():
                    s.add(fold(w))
        words[lang] = s
    data = os.path.normpath(os.path.join(HERE, ".."))
    seen = {}
    for fname, name_cols in (("countries.tsv", (1, 6)), ("regions.tsv", (1, 5)), ("cities.tsv", (1, 7))):
        with open(os.path.join(data, fname), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                names = [cols[name_cols[0]]] + [n for n in cols[name_cols[1]].split("|") if n]
                for n in names:
                    k = fold(n)
                    if " " in k:
                        continue
                    seen.setdefault(k, (fname, cols[0], cols[1], n))
    out = []
    for k, (fname, ident, main, n) in seen.items():
        hits = []
        for lang in ("de", "en", "fr", "es"):
            if k in words[lang]:
                z = zipf_frequency(k, lang)
                if z >= args.min_zipf:
                    hits.append(f"{lang}:{z:.1f}")
        if hits:
            out.append((max(float(h.split(":")[1]) for h in hits), k, n, main, fname, ident, hits))
    out.sort(reverse=True)
    for z, k, n, main, fname, ident, hits in out:
        print(f"{k:<16} {n:<18} -> {main:<24} {fname}:{ident} {' '.join(hits)}")


if __name__ == "__main__":
    main()
