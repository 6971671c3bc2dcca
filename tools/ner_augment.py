"""Augmented training sentences for kg's tagger (tools/train_ner.py --augment): copies of MSRA's
sentences with every name replaced by another of its type. Measured and not shipped (README,
"Tagger variants tried and not shipped")."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import msra as ev  # noqa: E402

from kg.entities import lexicon  # noqa: E402
from kg.text import HAN  # noqa: E402

CHINA = "wikidata:Q148"
BIG_CITY = 1_000_000  # smaller towns' names read like transliterated persons' (a first try taught the
# tagger 拉什迪 and 萨勒曼 were places: held-out places fell from F1 0.899 to 0.842)


def well_known_names() -> dict[str, list[str]]:
    """The gazetteer's names for augmentation: every organization and person; of places, countries,
    continents, seas, China's regions, foreign regions named with their suffix (巴米扬省) and cities
    of a million people or more."""
    from kg.entities.gazetteer import load

    kinds = {"Place": "LOC", "Organization": "ORG", "Person": "PER"}
    out: dict[str, set[str]] = {"LOC": set(), "ORG": set(), "PER": set()}
    gaz = load()
    for surface, key in gaz.surfaces.items():
        e = gaz.entities[key]
        if len(surface) < 2 or (e.kind.value == "Place" and e.type == "City" and e.population < BIG_CITY):
            continue
        if e.type == "AdministrativeArea" and e.within != CHINA and not surface.endswith(tuple("省州县市区邦")):
            continue  # 恩坎普, 卡尼略: a foreign region's bare name reads like a person's too
        out[kinds[e.kind.value]].add(surface)
    return {k: sorted(v) for k, v in out.items()}


def _blend(a: str, b: str) -> str:
    return a[: (len(a) + 1) // 2] + b[len(b) // 2:]


def augmented(train: list[tuple[str, list[str]]], fraction: float, seed: int = 0, gazetteer: bool = True,
              undotted: int = 0, types: frozenset[str] = frozenset({"PER", "LOC", "ORG"}),
              ) -> list[tuple[str, list[str]]]:
    """Copies of training sentences with every name replaced by another of its type: half from the
    corpus's own names, half from kg's gazetteer (today's organizations; countries, regions and big
    cities) and transliterated full names joined by a dot, so the tagger learns names from their
    context and meets today's. The dev split is never touched. Deterministic for a seed."""
    rng = random.Random(seed)
    pool: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}
    for s, tags in train:
        for a, b, t in ev.spans_from_tags(tags):
            pool[t].append(s[a:b])
    corpus = {t: sorted(set(v)) for t, v in pool.items()}
    translit = [n for n in corpus["PER"] if len(n) >= 2 and all(c in lexicon.TRANSLIT for c in n)]
    extra = {k: [n for n in v if HAN.search(n)] for k, v in well_known_names().items()} if gazetteer else {
        "LOC": [], "ORG": [], "PER": []}
    extra["PER"] += [f"{rng.choice(translit)}·{rng.choice(translit)}" for _ in range(5000)]
    # New undotted transliterations (the head of one name, the tail of another: 帕特+森), so a bare
    # foreign surname is a person by its context as often as a transliterated city is a place.
    extra["PER"] += [_blend(rng.choice(translit), rng.choice(translit)) for _ in range(undotted)]
    out = []
    for s, tags in train:
        spans = ev.spans_from_tags(tags)
        if not spans or rng.random() >= fraction:
            continue
        chars: list[str] = []
        new: list[str] = []
        at = 0
        for a, b, t in spans:
            chars.append(s[at:a])
            new += tags[at:a]
            if t not in types:  # this type's names stay as they were
                chars.append(s[a:b])
                new += tags[a:b]
                at = b
                continue
            name = rng.choice(corpus[t] if rng.random() < 0.5 or not extra[t] else extra[t])
            chars.append(name)
            new += ev.bmes(len(name), t)
            at = b
        chars.append(s[at:])
        new += tags[at:]
        out.append(("".join(chars), new))
    return out
