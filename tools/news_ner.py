"""In-domain training sentences for kg's tagger: the read gold sets projected onto their articles.

MSRA is 1998 newspaper text. The gold sets kg was developed on (the seeds, the corpus items, the
held-out ten, bench/dev3 and bench/dev4; never the blind sets) are today's NYT, BBC and DW news,
labelled by readers with kg's conventions (a government named by its country is the country). Each
gold name (and alias, and a dotted name's last part, as news refers back to 约瑟夫·拜登 as 拜登) is
found in the article's text as the extractor reads it (kg.text.mention_parts, folded), longest match
first, and tagged in BMES; every other character is O. The sentences come out in a fixed order.

    python tools/news_ner.py corpus heldout dev4     # prints counts and a few tagged sentences

Used by tools/train_ner.py --news.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from kg.api import read  # noqa: E402
from kg.entities.fold import fold  # noqa: E402
from kg.text import has_han, mention_parts, sentences  # noqa: E402

# name: (gold file, article folder)
SETS = {
    "seeds": ("tests/data/seeds.gold.json", "seeds"),
    "corpus": ("tests/data/corpus_gold.json", "tests/data/corpus"),
    "heldout": ("tests/data/heldout/gold.json", "tests/data/heldout"),
    "dev3": ("bench/dev3/gold.json", "bench/dev3"),
    "dev4": ("bench/dev4/gold.json", "bench/dev4"),
}
TYPES = {"persons": "PER", "places": "LOC", "organizations": "ORG"}
# A body's name whose last character begins a title is the title's, not the body's (俄罗斯外交部长:
# 俄罗斯 is the place, 外交部长 the title).
TITLES = frozenset({"部长", "局长", "院长", "厅长", "署长", "会长", "行长", "校长", "社长", "所长", "处长", "委员"})
NOT_TITLE_AFTER = frozenset("期达篇久远")  # 世界银行长期, 联邦调查局长达: 长 is "long", no title


def names(entry: dict, typ: str) -> list[str]:
    out = [entry["name"], *entry.get("aliases", [])]
    if typ == "PER":
        out += [n.rsplit("·", 1)[1] for n in list(out) if "·" in n]
    return [f for n in out if len(f := fold(n).strip()) >= 2 and has_han(f)]


def tag(text: str, lexicon: dict[str, str]) -> list[str]:
    """BMES tags: at each position the longest lexicon name that starts there, left to right."""
    longest = max(map(len, lexicon), default=0)
    tags = ["O"] * len(text)
    i = 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 1, -1):
            typ = lexicon.get(text[i:i + n])
            titled = text[i + n - 1:i + n + 1] in TITLES and text[i + n + 1:i + n + 2] not in NOT_TITLE_AFTER
            if typ and not titled:
                tags[i:i + n] = [f"B-{typ}", *[f"M-{typ}"] * (n - 2), f"E-{typ}"]
                i += n
                break
        else:
            i += 1
    return tags


def sentences_of(set_name: str) -> list[tuple[str, list[str]]]:
    gold_file, folder = SETS[set_name]
    gold = json.loads((ROOT / gold_file).read_text(encoding="utf-8"))["articles"]
    out = []
    for key in sorted(gold):
        lexicon: dict[str, str] = {}
        for field, typ in TYPES.items():
            for entry in gold[key].get(field, []):
                for n in names(entry, typ):
                    lexicon.setdefault(n, typ)  # a name listed twice keeps its first type
        (article,) = read([ROOT / folder / key])
        for _, part in mention_parts(article):
            text = fold(part)
            for a, b in sentences(text):
                s = text[a:b].strip()
                if has_han(s):
                    out.append((s, tag(s, lexicon)))
    return out


def news_sentences(set_names: list[str]) -> list[tuple[str, list[str]]]:
    return [x for s in set_names for x in sentences_of(s)]


if __name__ == "__main__":
    sents = news_sentences(sys.argv[1:] or list(SETS))
    n_names = sum(t.startswith(("B-", "S-")) for _, tags in sents for t in tags)
    print(f"{len(sents)} sentences, {sum(len(s) for s, _ in sents):,} characters, {n_names} names")
    for s, tags in sents[:5] + sents[-5:]:
        print("".join(c if t == "O" else f"[{c}" if t.startswith("B") else f"{c}]" if t.startswith("E") else c
                      for c, t in zip(s, tags, strict=True)))
