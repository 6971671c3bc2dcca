"""A country's embassy or consulate by its short names: 菲律宾驻澳门总领事馆, 菲律宾驻澳领馆, 菲律宾总领事馆 and
菲律宾领馆 are one consulate where the article names no other of that country's (kg.entities.extract joins
them to the fullest name's entity, as it joins a person's short form)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.entities.gazetteer import Gazetteer
from kg.entities.senses import Part
from kg.entities.spans import PLACE, Span
from kg.model import EntityKind

_MISSION = re.compile(r"(?P<country>[\u4e00-\u9fff]{1,6}?)(?:驻(?P<where>[\u4e00-\u9fff]{1,8}?))?"
                      r"(?P<kind>总领事馆|领事馆|总领馆|领馆|大使馆|使馆)")


def mission_short_names(doc: Sequence[Part], aliases: dict[str, str], key_of: Callable[[Span], str],
                        gaz: Gazetteer) -> None:
    """Surface → the fullest name's key, for each country's consulate and embassy the article names in
    several ways, where the places they sit in agree (驻澳 and 驻澳门; not 驻纽约 and 驻旧金山)."""
    groups: dict[tuple[str, bool], list[tuple[Span, str]]] = {}
    for part in doc:
        for s in part.chosen:
            m = _MISSION.fullmatch(s.name) if s.kind is EntityKind.ORGANIZATION else None
            country = gaz.named(m.group("country")) if m else None
            if country is not None and country.kind is PLACE:
                groups.setdefault((country.key, "领" in m.group("kind")), []).append((s, m.group("where") or ""))
    for named in groups.values():
        places = {w for _, w in named if w}
        if len({s.name for s, _ in named}) < 2 or any(not (a.startswith(b) or b.startswith(a))
                                                      for a in places for b in places):
            continue
        full = max((s for s, _ in named), key=lambda s: (len(s.name), s.name))
        for s, _ in named:
            if s.name != full.name:
                aliases.setdefault(s.name, key_of(full))
