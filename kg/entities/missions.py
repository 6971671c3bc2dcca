"""A country's embassy or consulate by its short names: 菲律宾驻澳门总领事馆, 菲律宾驻澳领馆, 菲律宾总领事馆 and
菲律宾领馆 are one consulate where the article names no other of that country's (kg.entities.extract joins
them to the fullest name's entity, as it joins a person's short form)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import PLACE, Span
from kg.model import EntityKind

if TYPE_CHECKING:  # kg.entities.senses imports the candidates, which import this module
    from kg.entities.senses import Part

_MISSION = re.compile(r"(?P<country>[\u4e00-\u9fff]{1,6}?)(?:驻(?P<where>[\u4e00-\u9fff]{1,8}?))?"
                      r"(?P<kind>总领事馆|领事馆|总领馆|领馆|大使馆|使馆)")


def sent_missions(spans: list[Span], folded: str) -> list[Span]:
    """以色列驻华大使馆, 以色列驻北京大使馆: where the tagger read only the host and the mission (华大使馆),
    the sending country, 驻 and the rest are the mission's name (a longer candidate, which wins later)."""
    countries = {s.end: s for s in spans if s.kind is PLACE and s.type == "Country"}
    return [Span(c.start, s.end, EntityKind.ORGANIZATION, folded[c.start:s.end], s.rank,
                 type=EntityKind.ORGANIZATION.value)
            for s in spans if s.kind is EntityKind.ORGANIZATION and folded[s.start - 1:s.start] == "驻"
            and _MISSION.fullmatch(s.name) and (c := countries.get(s.start - 1)) is not None]


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
