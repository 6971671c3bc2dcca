"""Linking by context: a name shared by several places goes to the one whose country the article
names most (奥克兰 in a New Zealand story is Auckland, elsewhere Oakland, as the gazetteer says)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer, entity_key
from kg.entities.spans import PLACE, Span
from kg.model import Entity


def countries_named(gaz: Gazetteer, spans: Iterable[Span]) -> Counter[str]:
    """How often the article names each country, and each place's country (a city counts for it; not
    a name that namesakes share, whose default would vote for itself: 奥克兰 is no vote for Oakland's
    country)."""
    counts: Counter[str] = Counter()
    for s in spans:
        e = gaz.entities.get(s.key)
        if e is None or e.kind is not PLACE or s.name in gaz.namesakes or e.name in gaz.namesakes:
            continue
        counts[e.key if e.type == "Country" else e.within] += 1
    counts.pop("", None)
    return counts


def relink(gaz: Gazetteer, span: Span, surface: str, counts: Counter[str]) -> None:
    """Give the span the namesake the context supports over the gazetteer's default: the place whose
    country the article names most; on a tie, or with no country named, the default stays (for a name
    the gazetteer leaves unlinked, a place by name alone)."""
    others = gaz.namesakes.get(surface)
    if others is None and surface[-1:] in lx.PLACE_SUFFIXES:  # 伯明翰市 is 伯明翰
        others = gaz.namesakes.get(surface[:-1])
    if not others or span.kind is not PLACE:
        return
    default = gaz.entities.get(span.key)

    def support(key: str) -> int:
        e = gaz.entities[key]
        return counts[e.within] if e.within else 0

    ranked = sorted(others, key=support, reverse=True)
    if len(ranked) > 1 and support(ranked[0]) == support(ranked[1]):
        return  # two countries named as often: the context does not choose (巴塞罗那 with 西班牙 and 委内瑞拉)
    best = ranked[0]
    if support(best) > (support(default.key) if default is not None else 0):
        e = gaz.entities[best]
        span.key, span.name, span.type = e.key, e.name, e.type


def country_of(key: str, entities: Mapping[str, Entity]) -> str:
    """The country a place lies in (itself for a country), by the `within` chain these entities give (a
    district, its city, its country); "" when they do not reach one."""
    for _ in range(4):
        e = entities.get(key)
        if e is None:
            return ""
        if e.type == "Country":
            return e.key
        key = e.within
    return ""


def placed_elsewhere(gaz: Gazetteer, chosen: list[Span]) -> None:
    """A town right after a region of another country (佛罗里达州|那不勒斯, 弗吉尼亚州|列治文) is its namesake
    there, which the gazetteer does not know: a place of that name, unlinked, whose identity is the
    region's and its own (弗吉尼亚州列治文), not the gazetteer's town's."""
    regions = {s.end: s for s in chosen if s.kind is PLACE and s.key and s.type in _REGIONS}
    for s in chosen:
        region = regions.get(s.start)
        e = gaz.entities.get(s.key) if region is not None else None
        if e is None or e.kind is not PLACE or e.type not in ("City", "Place"):
            continue
        here, there = country_of(region.key, gaz.entities), country_of(e.key, gaz.entities)
        if here and there and here != there:  # its own node, named for the region it is in (no namesake's key)
            s.key, s.type = entity_key(PLACE, region.name + s.name), "City"


_REGIONS = ("AdministrativeArea", "State")


def stems_of_suffixed(gaz: Gazetteer, doc: Iterable[tuple[str, list[Span]]]) -> None:
    """A place the article writes with its suffix (霞浦县) is the place its bare name means there, where
    the gazetteer's sense of the bare name is a small town of another country (霞浦 is the county in
    Fujian, not 霞浦市 in Japan; 华盛顿 beside 华盛顿州 stays the capital); so is the bare name before 洲, a
    slip for 州 (乔治亚洲 beside 乔治亚州: the state, not the country). doc: (folded, chosen) per part."""
    parts = list(doc)
    suffixed = {folded[s.start:s.end - 1]: s for folded, spans in parts for s in spans
                if s.kind is PLACE and s.length >= 3 and folded[s.end - 1] in lx.PLACE_SUFFIXES}
    for folded, spans in parts:
        for s in spans:
            full = suffixed.get(folded[s.start:s.end]) if s.kind is PLACE else None
            bare = gaz.entities.get(s.key) if full is not None else None
            if bare is not None and full.entity_key() != s.entity_key() \
                    and (0 < bare.population < lx.SMALL_TOWN_BELOW or folded[s.end:s.end + 1] == "洲") \
                    and country_of(bare.key, gaz.entities) != country_of(full.key, gaz.entities):
                s.key, s.name, s.type = full.key, full.name, full.type

