"""Score entity extraction on single sentences: tests/data/sentences_gold.jsonl, or another file of
that format.

    python bench/eval_sentences.py        # precision, recall, F1 per type
    python bench/eval_sentences.py -v     # and every miss and false hit
    python bench/eval_sentences.py tests/data/probe_sentences.jsonl

sentences_gold.jsonl: 60 news sentences (50 simplified, 10 traditional) written and labelled by a
helper who saw neither the extractor's code nor its output, with traps (idioms, brands, works in 《》,
中方, 中国政府). probe_sentences.jsonl: 200 more, written the same way in session 24 around the kinds
of names issue 12 lists (organizations of every kind, places below the city, names in lists) and read
while developing that session, so its figures are a development score.
A found mention counts when its surface equals a gold surface of the same type (folded), once per
sentence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.entities.extract import Extractor  # noqa: E402
from kg.entities.fold import fold  # noqa: E402
from kg.entities.gazetteer import load  # noqa: E402
from kg.model import EntityKind  # noqa: E402

KINDS = {"persons": EntityKind.PERSON, "places": EntityKind.PLACE, "organizations": EntityKind.ORGANIZATION}


def main() -> None:
    verbose = "-v" in sys.argv
    x = Extractor(load())
    totals = {k: [0, 0, 0] for k in KINDS}  # true positives, false positives, misses
    notes = []
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "tests" / "data" / "sentences_gold.jsonl"
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        ex = x.extract([("p1", d["text"])])
        kind_of = {e.key: e.kind for e in ex.entities}
        for k, kind in KINDS.items():
            found = {fold(m.text) for m in ex.mentions if kind_of.get(m.key) is kind}
            gold = {fold(g) for g in d[k]}
            totals[k][0] += len(gold & found)
            totals[k][1] += len(found - gold)
            totals[k][2] += len(gold - found)
            notes += [(d["id"], k, "false hit", f) for f in sorted(found - gold)]
            notes += [(d["id"], k, "missed", f) for f in sorted(gold - found)]
    overall = [sum(t[i] for t in totals.values()) for i in range(3)]
    for name, (tp, fp, fn) in [*totals.items(), ("overall", overall)]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:14s} gold {tp + fn:3d}  found {tp + fp:3d}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    if verbose:
        for note in notes:
            print(*note)


if __name__ == "__main__":
    main()
