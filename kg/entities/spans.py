"""The shared pieces of candidate finding: spans, tokens with offsets, and small tests of words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer, entity_key
from kg.model import EntityKind, FactKind
from kg.text import HAN

PERSON, PLACE, ORG = EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION
HAN_RUN = HAN  # matches one Han character
MODIFIER_TAGS = frozenset(["a", "an", "b", "n", "vn", "nz", "j", "nt", "ns", "ng"])
TITLE_MODIFIER_TAGS = frozenset(["a", "an", "b", "n", "vn", "nz", "d"])
NAME_TAGS = frozenset(["nr", "nrfg", "nrt"])

# Ranks break ties between spans of equal length: the gazetteer knows best, the word tagger least.
GAZETTEER, MODEL, PATTERN, TITLED, COMPOUND, TAGGER = range(6)


@dataclass(slots=True)
class Span:
    start: int
    end: int
    kind: EntityKind
    name: str  # folded, as the entity's name (a suffixed place keeps its stem: 布拉戈维申斯克)
    rank: int
    key: str = ""  # the gazetteer's key when it knows the name
    type: str = ""
    facts: list[tuple[FactKind, object]] = field(default_factory=list)  # a Span, or (start, end) of text

    @property
    def length(self) -> int:
        return self.end - self.start

    def entity_key(self) -> str:
        return self.key or entity_key(self.kind, self.name)


class Tokens:
    """rjieba's tokens of a folded text, with character offsets."""

    def __init__(self, folded: str) -> None:
        tagged = rjieba.tag(folded)
        self.words = [w for w, _ in tagged]
        self.tags = [t for _, t in tagged]
        self.ends = list(accumulate(len(w) for w in self.words))
        self.starts = [e - len(w) for e, w in zip(self.ends, self.words, strict=True)]
        self.at_start = {s: i for i, s in enumerate(self.starts)}
        self.at_end = {e: i for i, e in enumerate(self.ends)}

    def __len__(self) -> int:
        return len(self.words)


def is_translit(word: str) -> bool:
    return bool(word) and all(c in lx.TRANSLIT for c in word)


def given_name_is_a_word(given: str) -> bool:
    """于本周 is no name: 本周 is a time word. Names look like verbs and nouns often, never like these."""
    if any(c in lx.NOT_IN_GIVEN_NAMES for c in given):
        return True
    tags = rjieba.tag(given)
    return len(tags) == 1 and tags[0][1] in ("t", "p", "d", "r", "m", "q", "f", "s", "c", "u", "uj", "ul")


# Initials inside a transliterated name (约瑟夫·R·拜登): left out of the name's key.
INITIAL = re.compile(r"(?<=·)[A-Za-z]{1,2}\.?·")


def org_location(span: Span, word: str, offset: int, gaz: Gazetteer) -> None:
    """An organization whose name starts with a place ("中国外交部") is located there."""
    for hit in gaz.find(word):
        e = gaz.entities[hit.key]
        if hit.start == 0 and e.kind is PLACE and hit.end < len(word):
            place = Span(offset, offset + hit.end, PLACE, e.name, GAZETTEER, key=e.key, type=e.type)
            span.facts.append((FactKind.LOCATION, place))
            span.type = "GovernmentOrganization" if word[hit.end:] in lx.ORG_HEADS and is_government(
                word[hit.end:]) else span.type
            return


def known_after_place(span: Span, gaz: Gazetteer) -> Span:
    """日本共同社 is 共同社, in Japan: a place before an organization the gazetteer knows."""
    for kind, place in span.facts:
        if kind is FactKind.LOCATION and isinstance(place, Span):
            rest = span.name[place.length:]
            known = gaz.named(rest)
            if known is not None and known.kind is ORG:
                return Span(place.end, span.end, ORG, known.name, GAZETTEER, key=known.key, type=known.type,
                            facts=[(FactKind.LOCATION, place)])
    return span


def is_government(head: str) -> bool:
    return head.endswith(("部", "院", "会议", "委员会", "局", "国会", "议会", "政府", "军", "海警", "警方", "馆"))
