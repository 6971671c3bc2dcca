"""CLUENER2020 as training sentences for kg's tagger: today's Chinese news (Sina news, from the
THUCTC collection), labelled with ten fine-grained types, mapped to MSRA's three.

MSRA is 1998 newspaper text: few foreign companies, few transliterated names of today. CLUENER's
10,748 training sentences are later news (finance, sports, entertainment, games, society), the
domain kg reads. Its types map so:

    name -> PER; company, government, organization -> ORG; address, scene -> LOC;
    position, book, game, movie -> O (not names kg extracts).

The file is not in this repository and not fetched by kg: CLUENER's publishers give it as a
download (https://www.cluebenchmarks.com/introduce.html); the copy measured here is the
`train.json` in github.com/hemingkx/CLUENER2020 (commit 4bfd0b5, BERT-CRF/data/clue/train.json,
SHA-256 b7e9f080…). Like MSRA, it states no licence.

    python tools/cluener.py PATH/train.json       # prints counts and a few tagged sentences

Used by tools/train_ner.py --cluener.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import rjieba  # noqa: E402
from msra import bmes, file_provenance, spans_from_tags, summary  # noqa: E402  (the BMES format and file helpers, in tools/)

from kg.entities.fold import fold  # noqa: E402

# The training file the shipped model was trained on (tools/train_ner.py warns on another).
TRAIN_SHA256 = "b7e9f0802e86943c8af76f8375ae5ed00f15703484092e81579f241db4d0664a"
TYPES = {"name": "PER", "company": "ORG", "government": "ORG", "organization": "ORG",
         "address": "LOC", "scene": "LOC"}


def sentences(path: Path) -> list[tuple[str, list[str]]]:
    """(folded text, BMES tags) per line of a CLUENER json-lines file, in file order. A span that
    overlaps one already tagged is left out (the file has a few)."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = fold(item["text"])
        if len(text) != len(item["text"]):
            raise ValueError(f"{path}: folding changed a sentence's length")
        tags = ["O"] * len(text)
        # label: {type: {name: [[first, last], ...]}}, offsets inclusive
        spans = sorted((a, b + 1, TYPES[typ]) for typ, names in item.get("label", {}).items()
                       if typ in TYPES for occurrences in names.values() for a, b in occurrences)
        for a, b, t in spans:
            if any(x != "O" for x in tags[a:b]):
                continue
            tags[a:b] = bmes(b - a, t)
        out.append((text, tags))
    return out


def _common_word(name: str) -> bool:
    """政府, 警方, 美军: one dictionary word, a common noun or an abbreviation (not 李成, 切尔西)."""
    tags = rjieba.tag(name)
    return len(tags) == 1 and tags[0][1] in ("n", "j")


def harmonized(sents: list[tuple[str, list[str]]], msra: list[tuple[str, list[str]]], places: set[str],
               ) -> list[tuple[str, list[str]]]:
    """CLUENER's spans brought to MSRA's conventions, which kg's tagger is trained on:
    - a common word (by rjieba's dictionary) MSRA's text has three times or more and never tags
      (政府, 警方, 美军) is no name;
    - an address or scene is tagged place by place, as MSRA tags 北京市 and 海淀区 apart: a name
      kg's gazetteer or MSRA knows as a place stays whole, else it is cut into such names, else a
      name of up to three characters stays; a sentence with a longer one that cannot be cut
      (安克雷奇市西戴蒙德大道) is left out, since neither tag would be right for it."""
    msra_text = "\n".join(s for s, _ in msra)
    tagged: dict[str, int] = {}
    msra_places: set[str] = set()
    for s, tags in msra:
        for a, b, t in spans_from_tags(tags):
            tagged[s[a:b]] = tagged.get(s[a:b], 0) + 1
            if t == "LOC":
                msra_places.add(s[a:b])
    known = places | msra_places
    longest = max(map(len, known))
    plain = {n for n in {s[a:b] for s, tags in sents for a, b, _ in spans_from_tags(tags)}
             if n not in tagged and _common_word(n) and msra_text.count(n) >= 3}
    out = []
    for s, tags in sents:
        new, keep = ["O"] * len(s), True
        for a, b, t in spans_from_tags(tags):
            name = s[a:b]
            if name in plain:
                continue
            if t != "LOC" or name in known or b - a <= 3:
                new[a:b] = bmes(b - a, t)
                continue
            parts, i = [], a
            while i < b:
                n = next((n for n in range(min(longest, b - i), 1, -1) if s[i:i + n] in known), 0)
                if not n:
                    break
                parts.append((i, i + n))
                i += n
            if i < b:
                keep = False
                break
            for x, y in parts:
                new[x:y] = bmes(y - x, "LOC")
        if keep:
            out.append((s, new))
    return out


def provenance(path: Path) -> dict[str, str]:
    return file_provenance(path, "CLUENER2020 (github.com/hemingkx/CLUENER2020, BERT-CRF/data/clue/)")


if __name__ == "__main__":
    print(summary(sentences(Path(sys.argv[1]))))
