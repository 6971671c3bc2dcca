"""A body's name and the country before it or in it: 美国联邦调查局 is one more name of the
gazetteer's 联邦调查局, and 日本上智大学 of a 上智大学 no list holds (readers and gold files write
either)."""

from __future__ import annotations

import rjieba

from kg.entities import lexicon as lx
from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer
from kg.entities.senses import Part
from kg.model import Entity, EntityKind

_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz"})


def place_prefixed(part: Part, gaz: Gazetteer) -> None:
    """美国联邦调查局: a country, then an organization the gazetteer knows. The whole is one more name
    of the organization (readers and gold files write it either way); and 日本上智大学, a body no list
    holds whose name begins with its country: the rest is one more name of it."""
    for s in part.chosen:
        if s.kind is EntityKind.ORGANIZATION and not s.key and (rest := _after_a_country(s.name, gaz)):
            s.aliases = (*s.aliases, *rest)
        if s.kind is not EntityKind.ORGANIZATION or not s.key:
            continue
        for n in (2, 3, 4, 5):
            place = gaz.named(part.folded[max(0, s.start - n):s.start]) if s.start >= n else None
            if place is not None and place.kind is EntityKind.PLACE and place.type == "Country":
                s.aliases = (*s.aliases, part.folded[s.start - n:s.end])
                break


def _after_a_country(name: str, gaz: Gazetteer) -> tuple[str, ...]:
    """上智大学 of 日本上智大学: the name after the country it opens with, where that is a body's name
    (three characters and more, ending as a body's name does); and after a town the country is
    followed by, too (新南威尔士大学 of 澳大利亚悉尼新南威尔士大学)."""
    for n in (2, 3, 4, 5):
        place = gaz.named(name[:n])
        rest = name[n:]
        if place is not None and place.type == "Country" and _a_body_s(rest):
            town = next((rest[k:] for k in (2, 3, 4) if _a_town(gaz.named(rest[:k])) and _a_body_s(rest[k:])
                         and _opens_with_a_name(rest[k:])), "")
            return (rest, town) if town else (rest,)
    return ()


def _a_body_s(rest: str) -> bool:
    # not 外交部 of 中国外交部, 共产党 of 越南共产党: a head many countries' bodies share
    return len(rest) >= 3 and org_ending(rest) and rest not in lx.ORG_HEADS


def _a_town(place: Entity | None) -> bool:
    return place is not None and place.kind is EntityKind.PLACE and place.type in ("City", "AdministrativeArea")


def _opens_with_a_name(rest: str) -> bool:
    """新南威尔士|大学: a proper noun first, not a word of the dictionary (中国北京|师范大学, 上海|交通大学,
    武汉|病毒研究所: what a town's university or institute does, no name of its own)."""
    return not rjieba.has_word(rest) and rjieba.tag(rest)[0][1] in _NAME_TAGS
