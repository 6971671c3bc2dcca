"""Court cases named by their parties (罗伊诉韦德案, 布朗诉教育委员会案): the parties' names are the
case's name, no mention of a person or a body, unless the gazetteer knows the party (特朗普诉美国案
names Trump)."""

from __future__ import annotations

import re

from kg.entities.spans import ORG, PERSON, Span

# 诉 between two parties, and the 案 that closes the case's name within a few characters, with no
# break between them. Not 起诉, 上诉, 申诉, 控诉, 投诉, 告诉, 胜诉, 败诉, 公诉, 倾诉: verbs of suing.
_CASE = re.compile(r"(?<![起上申控投告胜败公倾])诉([\u4e00-\u9fff·]{1,20}?)案")


def case_ranges(folded: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Each case's name, from the start of the name that ends at its 诉 (or runs over it: the tagger's
    罗伊诉, 布朗诉教育委员会) to its 案."""
    out = []
    for m in _CASE.finditer(folded):
        left = [s.start for s in spans if s.start < m.start() <= s.end <= m.end() and s.kind in (PERSON, ORG)]
        if left:
            out.append((min(left), m.end()))
    return out


def without_case_parties(spans: list[Span], folded: str) -> list[Span]:
    """The spans, less the persons and bodies no gazetteer knows that lie inside a case's name."""
    cases = case_ranges(folded, spans)
    return [s for s in spans if s.key or s.kind not in (PERSON, ORG)
            or not any(a <= s.start and s.end <= b for a, b in cases)]
