"""Buildings and grounds are places: airports, stations, piers, parks, theatres, temples, hotels,
bridges, stadiums, museums, bases, squares (lexicon.FACILITIES). The trained tagger learnt from MSRA,
which tags many of them as organizations (靖国神社, 钓鱼台国宾馆, 皇家阿尔伯特音乐厅), and reads
only the name before the head of others (安德森|空军基地, 里根|总统图书馆). kg.entities.candidates
uses this; a name the gazetteer knows (白宫, 五角大楼: organizations) keeps the gazetteer's kind."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from kg.entities import lexicon as lx
from kg.entities.edges import tokens_within
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import GAZETTEER, MODEL, Span, Tokens
from kg.model import EntityKind
from kg.text import HAN_CLASS

_HEADS = tuple(sorted(lx.FACILITIES, key=len, reverse=True))
# Heads of landforms and waters named after the place they lie in or by (not 岛 or 河 alone: 台湾岛 is Taiwan)
_LANDFORMS = {"山脉": "Landform", "半岛": "Landform", "高原": "Landform", "盆地": "Landform", "平原": "Landform",
              "沙漠": "Landform", "雨林": "Landform", "山谷": "Landform", "河谷": "Landform", "三角洲": "Landform",
              "群岛": "Landform", "湖": "BodyOfWater", "海峡": "BodyOfWater", "海湾": "BodyOfWater"}
_LANDFORM_STARTS = frozenset(h[0] for h in _LANDFORMS)
_PORTS = ("港口", "港")
_STATIONS = ("高铁站", "火车站", "东站", "西站", "南站", "北站")  # a city's own: 郑州高铁站, 北京南站
# named by their town or district (浦东新区看守所, 秦城监狱, 宝山水库, 新竹科学园区)
_JAILS = ("看守所", "监狱", "水库", "科学园区", "工业园区")
_AIRPORT = re.compile(f"(?P<name>[{HAN_CLASS}]{{2,4}}?)(?:国际)?机场")
# What the words between a city and 机场 may be to name the airport: nouns, proper nouns or place words
# (首都, 希思罗, 河内|内排); not a verb, a number, a time or a function word (北京赶到机场, 纽约两座机场,
# 上海周一关闭机场, 台北的松山机场).
_AIRPORT_NAME_TAGS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "j", "s"})
_AFTER_NAME = re.compile("(?:" + "|".join(lx.FACILITY_MODIFIERS) + ")?(?:" + "|".join(_HEADS) + ")")


def facility_type(name: str) -> str | None:
    """The schema.org class of a facility by its head ("Place" when none is finer), or None when the name is
    no facility's: its head must follow a name of two characters or more (not 该机场, 这座公园)."""
    head = next((h for h in _HEADS if name.endswith(h)), None)
    if head is None or len(name) - len(head) < 2 or name.endswith(lx.NOT_FACILITIES):
        return None
    return lx.FACILITIES[head] or EntityKind.PLACE.value


def facilities(spans: list[Span], folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """The candidates, with the tagger's facilities as places, and for a person or place followed by
    a facility's head (里根总统图书馆, 安德森空军基地), that facility too: the longer candidate wins later."""
    out = []
    for s in spans:
        type_ = facility_type(s.name) if s.rank == MODEL and not s.key and s.kind is not EntityKind.PERSON else None
        if type_ is not None and _a_country_s(s.name, gaz):
            continue  # 英国剧院, 美国基地: a country's theatres or bases, described, no name
        if type_ is not None and folded[s.start:s.end] == s.name:
            out.append(Span(s.start, s.end, EntityKind.PLACE, s.name, s.rank, type=type_, aliases=s.aliases))
            continue
        out.append(s)
        if s.rank not in (MODEL, GAZETTEER):
            continue
        if folded[s.end:s.end + 1] in _LANDFORM_STARTS and (s.kind is EntityKind.PLACE or (
                s.rank == GAZETTEER and s.kind is EntityKind.ORGANIZATION)) \
                and (land := _named_by(s, _LANDFORMS, folded, tok, gaz)) is not None:
            # 高加索山脉, 日内瓦湖: a region's or a town's name and a landform's head name the landform (and
            # 亚马逊雨林 is no company's)
            out.append(Span(s.start, land.end, EntityKind.PLACE, land.name, MODEL, type=_LANDFORMS[land.head]))
            continue
        if s.kind is EntityKind.ORGANIZATION and s.name.endswith(lx.SCHOOLS) and folded.startswith("学生会", s.end):
            # 香港浸会大学学生会署理会长: the students' union, a body of its own
            out.append(Span(s.start, s.end + 3, EntityKind.ORGANIZATION, folded[s.start:s.end + 3], MODEL,
                            type=EntityKind.ORGANIZATION.value))
            continue
        if s.kind is EntityKind.ORGANIZATION:
            continue
        if s.type == "City" and (airport := _airport_named(s, folded, tok, gaz)):
            out.append(Span(s.start, s.start + len(airport), EntityKind.PLACE, airport, MODEL,
                            type=facility_type(airport) or "Airport"))
            continue  # 北京首都国际机场, 伦敦希思罗机场: a city's airport, named after the city
        if s.key and s.type != "Country" and not folded.startswith("大学生", s.end) \
                and (school := _named_by(s, ("大学",), folded, tok, gaz)) is not None:
            # 犹他大学, 加州大学: a state's or a city's university is named by it (where 美国大学 is
            # America's universities); a body, which the longer candidate makes
            out.append(Span(s.start, school.end, EntityKind.ORGANIZATION, school.name, MODEL,
                            type=EntityKind.ORGANIZATION.value))
            continue
        if s.type == "City" and (port := _named_by(s, _PORTS, folded, tok, gaz)) is not None:
            out.append(Span(s.start, port.end, EntityKind.PLACE, port.name, MODEL, type="Place"))
            continue  # 贝鲁特港口, 洛杉矶港: a city's port is named by it (where 上海码头 is described)
        if s.type == "City" and (station := _named_by(s, _STATIONS, folded, tok, gaz)) is not None:
            out.append(Span(s.start, station.end, EntityKind.PLACE, station.name, MODEL, type="TrainStation"))
            continue  # 郑州高铁站, 北京南站: so is its station
        m = _AFTER_NAME.match(folded, s.end)
        if m is None or m.end() not in tok.at_end or gaz.named(folded[s.start:m.end()]) is not None:
            continue  # 里根总统图书馆, but not 机场 inside 机场建设
        named_jail = m.group(0).endswith(_JAILS)
        named = folded.startswith(lx.FACILITY_MODIFIERS, s.end) or named_jail
        if s.kind is EntityKind.PLACE and s.key and (not named or (s.type == "Country" and named_jail)):
            continue  # 美国基地, 上海码头, 美国监狱: described (but 安德森空军基地, 浦东新区看守所)
        name = folded[s.start:m.end()]
        out.append(Span(s.start, m.end(), EntityKind.PLACE, name, MODEL,
                        type=facility_type(name) or EntityKind.PLACE.value))
    return out


def _airport_named(s: Span, folded: str, tok: Tokens, gaz: Gazetteer) -> str:
    """The airport a city's name, name words and 机场 (or 国际机场) make, where the gazetteer knows none
    by it; "" where the words are no such name."""
    m = _AIRPORT.match(folded, s.end)
    if m is None or gaz.named(folded[s.start:m.end()]) is not None:
        return ""
    # the words from the city to 机场 tile the name (so one ends where it does), and those after the
    # city's are names or nouns (the tokenizer may hold the whole as one: 伦敦希思罗机场, 首都国际机场)
    words = tokens_within(tok, s.start, m.end())
    if not words or tok.starts[words[0]] != s.start or sum(tok.ends[i] - tok.starts[i] for i in words) \
            != m.end() - s.start or any(tok.tags[i] not in _AIRPORT_NAME_TAGS for i in words if tok.starts[i] >= s.end):
        return ""
    return folded[s.start:m.end()]


class _Named(NamedTuple):
    head: str
    name: str  # the name and the head
    end: int


def _named_by(s: Span, heads: Iterable[str], folded: str, tok: Tokens, gaz: Gazetteer) -> _Named | None:
    """The first of `heads` right after the span, ending a word, with the name it makes with the span,
    where the gazetteer knows no such name (高加索山脉, 贝鲁特港口); else None."""
    head = next((h for h in heads if folded.startswith(h, s.end)), None)
    if head is None or s.end + len(head) not in tok.at_end:
        return None
    name = folded[s.start:s.end + len(head)]
    return _Named(head, name, s.end + len(head)) if gaz.named(name) is None else None


def _a_country_s(name: str, gaz: Gazetteer) -> bool:
    """The name is a country's and a facility's head: a description (英国剧院), where a city's can be
    a name (悉尼歌剧院, 上海博物馆)."""
    head = next(h for h in _HEADS if name.endswith(h))
    country = gaz.named(name[:-len(head)])
    return country is not None and country.type == "Country"
