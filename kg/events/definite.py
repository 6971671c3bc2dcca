"""Definite descriptions: 该协会, 这家银行, 该市, 该国 name the body, the city or the country the
article named last with that head, and become mentions of the events alone (kg.events.extract)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from kg.events.triggers import DEFINITE_HEADS, DETERMINERS
from kg.model import Entity, EntityKind, Mention
from kg.text import sentences

# the head ends its word: not 该报道, 该报告, 该党员, 该大学生
_DEFINITE = re.compile("(?:" + "|".join(DETERMINERS) + ")(" + "|".join(sorted(DEFINITE_HEADS, key=len, reverse=True))
                       + ")(?![员长道价名案复导警生]|告(?!诉))")  # 该公司告诉投资者 (not 该报告)

# 该市, 该国: the city or the country last named (not 该国际, 该国会, 该国王, 该市长)
_PLACE_HEADS = {"市": "City", "国": "Country"}
_DEFINITE_PLACE = re.compile("(?:该|該)([市国])(?![际会王长])")


def definite_descriptions(parts: Sequence[tuple[str, str]], folded_parts: Sequence[str],
                          by_part: dict[str, list[Mention]], entities: dict[str, Entity]) -> None:
    """该协会, 这家银行: the organization last named before, in the article's order, whose name ends
    with the head (该市, 该国: the city, the country) becomes a mention of the events alone, as
    government_parties makes its bodies: who takes part is who the text means. Linear in the text:
    the last organization of each head is kept as the article goes, and overlaps and sentences are
    looked up by bisection."""
    latest: dict[str, str] = {}  # head -> the key of the organization last named with it
    for (part, _), folded in zip(parts, folded_parts, strict=True):
        mentions = by_part.get(part, [])
        starts = [m.start for m in mentions]
        orgs = [m for m in mentions if (e := entities.get(m.key)) is not None and (
            e.kind is EntityKind.ORGANIZATION or (e.kind is EntityKind.PLACE and e.type in _PLACE_HEADS.values()))]
        spans = sentences(folded)
        bounds = [a for a, _ in spans]
        added, j = [], 0
        found = sorted([*_DEFINITE.finditer(folded), *_DEFINITE_PLACE.finditer(folded)], key=lambda d: d.start())
        for d in found:
            while j < len(orgs) and orgs[j].end <= d.start():
                _named(latest, entities[orgs[j].key])
                j += 1
            key = latest.get(d.group(1))
            i = bisect_right(starts, d.start()) - 1  # the mention starting at or before it, and the next
            overlaps = (i >= 0 and mentions[i].end > d.start()) or (i + 1 < len(mentions)
                                                                    and mentions[i + 1].start < d.end())
            if key is not None and not overlaps:
                k = bisect_right(bounds, d.start()) - 1
                s_start, s_end = spans[k] if k >= 0 else (0, len(folded))
                added.append(Mention(part, d.start(), d.end(), d.group(0), key, s_start, s_end))
        for m in orgs[j:]:
            _named(latest, entities[m.key])
        if added:
            by_part[part] = sorted(mentions + added, key=lambda m: m.start)


def _named(latest: dict[str, str], e: Entity) -> None:
    if e.kind is EntityKind.PLACE:
        latest.update({head: e.key for head, kind in _PLACE_HEADS.items() if e.type == kind})
        return
    for head in DEFINITE_HEADS:
        if e.name.endswith(head):
            latest[head] = e.key
    if e.type == "Corporation" or e.name.endswith(_COMPANIES):
        latest["公司"] = e.key  # 佳兆业集团…该公司: a group, a bank or a firm the gazetteer knows is a company


_COMPANIES = ("集团", "控股", "银行")
