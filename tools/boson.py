"""BosonNLP's NER set as training sentences for kg's tagger: 2,000 items of Chinese news and web text
(2012–2014), labelled with six types, mapped to MSRA's three.

MSRA is 1998 newspaper text; the companies and brands of today's news (苹果, 三星, 新浪乐居) are
rare in it. Boson's types map so:

    person_name -> PER; location -> LOC; org_name, company_name -> ORG;
    product_name, time -> O (not names kg extracts).

The file is not in this repository and not fetched by kg. BosonNLP published it as
BosonNLP_NER_6C (bosonnlp.com/resources, a download that no longer answers); the copy measured here
is `open_ner_data/boson/boson.txt` in github.com/GuocaiL/nlp_corpus (commit f924a9e, SHA-256
083996823c77…), the same 2,000 items converted to JSON lines with character offsets. BosonNLP states
no licence for it.

    python tools/boson.py PATH/boson.txt       # prints counts and a few tagged sentences

Used by tools/train_ner.py --boson.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from msra import bmes, file_provenance, summary  # noqa: E402  (the BMES format and file helpers, in tools/)

from kg.entities.fold import fold  # noqa: E402

TRAIN_SHA256 = "083996823c776e5280714562a20ff76f054bf563b5f48f7c5f8abe1541c5d594"
TYPES = {"person_name": "PER", "location": "LOC", "org_name": "ORG", "company_name": "ORG"}
# Items run to several sentences; MSRA's are one each, and kg's tagger reads one at a time.
_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?\n]?")


def sentences(path: Path) -> list[tuple[str, list[str]]]:
    """(folded text, BMES tags) per sentence of a Boson JSON-lines file, in file order. A span's
    blank edges are no part of it; a span that overlaps one already tagged, or that a sentence
    break cuts, is left out."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = fold(item["text"])
        if len(text) != len(item["text"]):
            raise ValueError(f"{path}: folding changed an item's length")
        tags = ["O"] * len(text)
        spans = []
        for e in item["entity_list"]:
            if e["entity_type"] not in TYPES:
                continue
            a, b = e["entity_index"]["begin"], e["entity_index"]["end"]
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b, TYPES[e["entity_type"]]))
        for a, b, t in sorted(spans):
            if any(x != "O" for x in tags[a:b]):
                continue
            tags[a:b] = bmes(b - a, t)
        for m in _SENTENCE.finditer(text):
            a, b = m.span()
            if b <= a or not text[a:b].strip():
                continue
            part = tags[a:b]
            if part[0][:1] in "ME" or (b < len(tags) and tags[b][:1] in "ME"):
                continue  # a name the break cuts (rare): neither half is right
            sentence, part = text[a:b], list(part)
            while sentence and sentence[-1] == "\n":
                sentence, part = sentence[:-1], part[:-1]
            if sentence.strip():
                out.append((sentence, part))
    return out


def provenance(path: Path) -> dict[str, str]:
    return file_provenance(path, "BosonNLP_NER_6C as JSON lines (github.com/GuocaiL/nlp_corpus, open_ner_data/boson/)")


if __name__ == "__main__":
    print(summary(sentences(Path(sys.argv[1]))))
