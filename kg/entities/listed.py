"""Bodies named in a list after one the layers found (宁德时代、隆基绿能与通威股份): a name joined to an
organization by 、, 和, 与 or 及, made of nouns and names only and ending as a body's name does, is an
organization too, though neither the tagger nor the gazetteer found it there. Likewise a name between
two persons in a list joined by 、 (陈竺、白玛赤林、丁仲礼) is a person's."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Protocol

from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import MODEL, ORG, PERSON, Span, Tokens, a_kind_of_body
from kg.text import HAN_CLASS

_JOINERS = ("以及", "、", "和", "与", "及")
# rjieba tags of the words such a name is made of: nouns, names, abbreviations, Latin words
_NAME_WORD_TAGS = frozenset(["n", "nz", "nt", "j", "nr", "nrt", "ns", "eng", "x", "vn"])
_LONGEST = 8
# a person's name in a list: Han characters, with one dot at most (白玛赤林, 艾力更·依明巴海)
_LISTED_NAME = re.compile(f"[{HAN_CLASS}]{{2,5}}(?:·[{HAN_CLASS}]{{2,5}})?")
# tags of a word that opens a name of its own (通威|股份, 晶科|能源), not a common noun (记者|协会)
_NAME_TAGS = frozenset(["nz", "nt", "j", "nr", "nrt", "ns", "eng", "x"])


class _Part(Protocol):
    folded: str
    tok: Tokens

    @property
    def chosen(self) -> list[Span]: ...

    def free(self, start: int, end: int) -> bool: ...

    def take(self, span: Span) -> None: ...

    def give_way(self, spans: list[Span]) -> None: ...


def listed_names(part: _Part, gaz: Gazetteer) -> None:
    """Take, in one part, the bodies and the persons lists name beside those the layers found."""
    listed_bodies(part, gaz)
    listed_persons(part, gaz)


def listed_bodies(part: _Part, gaz: Gazetteer) -> None:
    """Take, after each organization, the bodies listed after it (see the module's doc)."""
    folded, tok = part.folded, part.tok
    for s in sorted((s for s in part.chosen if s.kind is ORG), key=lambda s: s.start):
        at = s.end
        while (joiner := next((j for j in _JOINERS if folded.startswith(j, at)), None)) is not None:
            start = at + len(joiner)
            i = tok.at_start.get(start)
            if i is None:
                break
            first, end = i, start
            while i < len(tok) and tok.tags[i] in _NAME_WORD_TAGS and tok.words[i] not in _JOINERS \
                    and tok.ends[i] - start <= _LONGEST:
                end = tok.ends[i]
                i += 1
            name = folded[start:end]
            if len(name) < 2 or not org_ending(name) or not part.free(start, end) \
                    or tok.tags[first] not in _NAME_TAGS or a_kind_of_body(name, gaz):
                break  # 白宫新闻办公室和记者协会, 渣打银行和中资银行: a common noun opens a kind of body (or a
                # short form of one named before), or an owner and a kind of body
            part.take(Span(start, end, ORG, name, MODEL, type=ORG.value))
            at = end


def listed_persons(part: _Part, gaz: Gazetteer) -> None:
    """Take the names between two persons in a list joined by 、 (郝明金、艾力更·依明巴海、吉炳轩): each a
    name no list knows, of Han characters (and one dot), where nothing but the tagger's guesses of
    places and persons stands."""
    folded = part.folded
    persons = sorted((s for s in part.chosen if s.kind is PERSON), key=lambda s: s.start)
    for a, b in pairwise(persons):
        between = folded[a.end:b.start]
        if not between.startswith("、") or not between.endswith("、") or len(between) > 30:
            continue
        at = a.end + 1
        for item in between[1:-1].split("、"):
            start, end = at, at + len(item)
            at = end + 1
            if not _LISTED_NAME.fullmatch(item) or gaz.named(item) is not None:
                continue
            inside = [s for s in part.chosen if start <= s.start and s.end <= end]
            if any(s.key or s.rank != MODEL for s in inside) or (not part.free(start, end) and not inside):
                continue
            part.give_way(inside)
            if part.free(start, end):
                part.take(Span(start, end, PERSON, item, MODEL, type=PERSON.value))
