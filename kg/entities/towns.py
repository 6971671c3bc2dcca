"""Places the text names by saying what they are: a name right after a word for a town (乡野小镇查尔丹,
海南东部城市万宁), a name the text says a town is called (名叫皮卡尤恩（Picayune）的小镇), a
transliterated name right after a state or a country (怀俄明州夏延), and an empire or a kingdom
named by a country (马里帝国); the taggers read the first three as persons, or not at all. Also a
country's armed force, which counts as the country (俄军), and a city and a street the tagger read as
one place (纽约市|公园大道)."""

from __future__ import annotations

import re

import rjieba

from kg.entities import lexicon as lx
from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer
from kg.entities.place_abbreviations import ABBREVIATIONS
from kg.entities.spans import (
    GAZETTEER,
    MODEL,
    ORG,
    PATTERN,
    PERSON,
    PLACE,
    TAGGER,
    Span,
    Tokens,
    is_translit,
    suffix_fits,
)
from kg.text import HAN_CLASS

TOWN_WORDS = ("小镇", "城镇", "小城", "城市", "村庄", "县城", "港城", "乡镇", "村子", "古城", "山城", "边城", "小村")
# What may follow a town's name in its sentence without continuing the name: 万宁|一家宾馆, 查尔丹|。
_AFTER_A_TOWN = frozenset(("的", "一家", "一座", "一个", "一所", "附近", "郊外", "郊区", "市中心", "以", "外", "上空",
                           "当地", "和", "与", "及", "时"))
_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns"))
# 名为九章群礁的环礁: a place called so, a town or a landform
_LANDFORM_WORDS = ("环礁", "岛礁", "岛屿", "小岛", "群岛", "礁石", "山峰", "河流", "湖泊")
_CALLED = re.compile(f"(?:名叫|名为|叫做)([{HAN_CLASS}]{{2,5}})(?:[（(][A-Za-z .'-]+[)）])?"
                     f"的(?:{'|'.join(TOWN_WORDS + _LANDFORM_WORDS)})")
_REALMS = ("帝国", "王国", "王朝")
_CHINA = "wikidata:Q148"


# 美军, 俄军, 以军: an armed force named by its country counts as the country (the seeds gold's
# convention), as 中国军队 does; not 美军方 or 美军舰, another word. After a deed (抗击|俄军) or a time
# (六个月后|俄军, 目前|德军) or 有 (还有德军士兵) too.
_FORCES = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[被在与和对向从让由遭将把的及但而并是了击抗败后时有前]))"
                     "([美俄日韩朝英法德以乌印越菲泰台])军(?![事队方舰机备费官区火工校团人])")


def described_towns(spans: list[Span], folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """The spans, with the person spans (no known one's) these places are retyped, and a place
    added where no span has the name; and the country of each armed force it names (俄军)."""
    if "军" in folded:
        spans = _forces(spans, folded, gaz)
    places = {(s.start, s.end) for s in _towns(spans, folded, tok, gaz)}
    if not places:
        return spans
    out = []
    for s in spans:
        if s.kind is PERSON and not s.key and (s.start, s.end) in places:
            s = Span(s.start, s.end, PLACE, s.name, s.rank, type="Place")
        out.append(s)
    covered = {(s.start, s.end) for s in out}
    out += [Span(a, b, PLACE, folded[a:b], PATTERN, type="Place") for a, b in sorted(places - covered)]
    return out


def _forces(spans: list[Span], folded: str, gaz: Gazetteer) -> list[Span]:
    found = [(m.start(), country) for m in _FORCES.finditer(folded)
             if (country := gaz.named(ABBREVIATIONS[m.group(1)])) is not None]
    if not found:
        return spans
    words = {(a, a + 2) for a, _ in found}
    return [s for s in spans if s.key or (s.start, s.end) not in words] + [
        Span(a, a + 1, PLACE, c.name, PATTERN, key=c.key, type=c.type) for a, c in found]


def _towns(spans: list[Span], folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    # A leader may follow his country's name (美国拜登政府); a state's or a province's, a town
    # (China's towns are the gazetteer's, and a Chinese name after a province is a person's: 四川省李明)
    regions = {s.end: s.type == "AdministrativeArea" and _foreign(s, gaz) for s in _regions(spans)}
    out = []
    for i, (w, tag) in enumerate(zip(tok.words, tok.tags, strict=True)):
        start, end = tok.starts[i], tok.ends[i]
        after_town = folded.endswith(TOWN_WORDS, 0, start) and tag in _NAME_TAGS  # not 城市|抢盐
        after_region = start in regions and (regions[start] or is_translit(w)) and tag in _NAME_TAGS \
            and (is_translit(w) or not rjieba.has_word(w))  # 加州|长大, 苏格兰|威士忌: words of the dictionary
        if (after_town or after_region) and _a_town_name(w, gaz) and _ends_there(folded, tok, i):
            out.append(Span(start, end, PLACE, w, PATTERN, type="Place"))
    for s in spans:  # 小镇|马卡里夫: a name the tokenizer cut apart, which the tagger read whole
        if s.kind is PERSON and not s.key and folded.endswith(TOWN_WORDS, 0, s.start) and "·" not in s.name \
                and (s.end == len(folded) or not "\u4e00" <= folded[s.end] <= "\u9fff"):
            out.append(Span(s.start, s.end, PLACE, s.name, PATTERN, type="Place"))
    for m in _CALLED.finditer(folded):
        if _a_town_name(m.group(1), gaz):
            out.append(Span(m.start(1), m.end(1), PLACE, m.group(1), PATTERN, type="Place"))
    for s in spans:
        if s.rank == GAZETTEER and s.type == "Country" and folded.startswith(_REALMS, s.end) \
                and not folded.startswith("帝国主义", s.end) and gaz.named(name := folded[s.start:s.end + 2]) is None:
            out.append(Span(s.start, s.end + 2, PLACE, name, PATTERN, type="Place"))
    return out


def _regions(spans: list[Span]) -> list[Span]:
    """The countries and the states or provinces the gazetteer found in the text."""
    return [s for s in spans if s.rank == GAZETTEER and s.type in ("Country", "AdministrativeArea")]


def towns_after_regions(spans: list[Span], folded: str) -> list[Span]:
    """A name the taggers read as a person's, right after a country or a state the gazetteer knows,
    is a place in it (阿拉斯加安克雷奇, 瑞士伯恩): on MSRA's dev split a country or a region is followed
    by a place 100 times, by a person once (日本明仁天皇: a title after the name keeps it a person's).
    Not a dotted name, one the gazetteer knows, or a leader before his government (美国拜登政府)."""
    regions = {s.end for s in _regions(spans)}
    out = []
    for s in spans:
        if s.kind is PERSON and s.start in regions and not s.key and "·" not in s.name \
                and s.rank in (MODEL, TAGGER) and not folded.startswith(_TITLES_AFTER, s.end) \
                and not folded.startswith(lx.SAYS, s.end):  # 中国张伟表示: places do not speak
            s = Span(s.start, s.end, PLACE, s.name, s.rank, type="Place")
        out.append(s)
    return out


_TITLES_AFTER = tuple(sorted({*lx.TITLES, *lx.GOVERNMENT_WORDS, *lx.TITLES_AFTER_A_NAME, *lx.TITLES_AFTER_NAME},
                              key=len, reverse=True))




def _foreign(s: Span, gaz: Gazetteer) -> bool:
    e = gaz.entities.get(s.key)
    return e is not None and e.within != _CHINA


def _a_town_name(name: str, gaz: Gazetteer) -> bool:
    known = gaz.named(name)
    return 2 <= len(name) <= 5 and all("\u4e00" <= c <= "\u9fff" for c in name) and name not in lx.NOT_NAMES \
        and name not in lx.TITLES and (known is None or known.kind is PLACE)


def _ends_there(folded: str, tok: Tokens, i: int) -> bool:
    """Nothing after the name continues it: the text ends, a sign, or a word that follows a town
    (not 麦卡锡|时代: an era)."""
    end = tok.ends[i]
    return end == len(folded) or not "\u4e00" <= folded[end] <= "\u9fff" or (
        i + 1 < len(tok) and tok.words[i + 1] in _AFTER_A_TOWN)


_STREETS = ("大道", "大街", "街", "路")


def city_then_street(name: str, start: int, gaz: Gazetteer, rank: int) -> list[Span]:
    """A known town or region, then a street's name of two characters or more before its head: two
    places, which the tagger read as one (纽约市公园大道); not a street named after a town (北京路)."""
    if not name.endswith(_STREETS):
        return []
    head = next(h for h in _STREETS if name.endswith(h))
    for k in range(len(name) - len(head) - 2, 1, -1):
        known = gaz.named(name[:k])
        if known is not None and known.kind is PLACE and known.type in ("City", "AdministrativeArea", "Country"):
            return [Span(start, start + k, PLACE, known.name, rank, key=known.key, type=known.type),
                    Span(start + k, start + len(name), PLACE, name[k:], rank, type=PLACE.value)]
    return []


_KINDS_OF_PLACE = ("公路", "铁路", "监狱", "边境", "农村", "乡村", "街头", "城市", "港口")


def a_place_then_a_kind(name: str, start: int, gaz: Gazetteer, rank: int) -> Span | None:
    """俄罗斯公路, 新疆监狱, 日照市港口: a country, a region or a town the gazetteer knows, then a kind of
    place, read as one place: the known one, which the text names."""
    kind = next((k for k in _KINDS_OF_PLACE if name.endswith(k)), "")
    known = gaz.named(name[:-len(kind)]) if kind and len(name) - len(kind) >= 2 else None
    if known is None or known.kind is not PLACE or known.type not in ("Country", "AdministrativeArea", "City"):
        return None
    return Span(start, start + len(name) - len(kind), PLACE, known.name, rank, key=known.key, type=known.type)


def a_country_then_its_place(name: str, gaz: Gazetteer) -> bool:
    """巴基斯坦奎达市: a country, then a place the gazetteer knows (by its name, or its name less a
    suffix), read as one place."""
    for k in (2, 3, 4):
        country, rest = gaz.named(name[:k]), name[k:]
        if country is not None and country.type == "Country" and len(rest) >= 2 and any(
                (known := gaz.named(r)) is not None and known.kind is PLACE and known.type != "Country"
                for r in (rest, rest[:-1] if rest[-1] in lx.PLACE_SUFFIXES else "")):
            return True
    return False


def two_known_places(name: str, gaz: Gazetteer) -> bool:
    """浙江金华: a province and a town the gazetteer knows, run together (no body's name)."""
    return any((a := gaz.named(name[:k])) is not None and a.kind is PLACE
               and (b := gaz.named(name[k:])) is not None and b.kind is PLACE for k in range(2, len(name) - 1))


def known_names_run_together(name: str, gaz: Gazetteer) -> bool:
    """The tagger's body is names the gazetteer knows, run together (or a kind of place and one)."""
    return two_known_places(name, gaz) or _a_place_then_a_known_body(name, gaz) \
        or _a_kind_of_place_then_its_name(name, gaz) or _a_town_s_centre(name, gaz)


def _a_town_s_centre(name: str, gaz: Gazetteer) -> bool:
    """首尔市中心: a town the gazetteer knows, and its centre (or its outskirts)."""
    centre = next((c for c in ("市中心", "市区", "郊区") if name.endswith(c)), "")
    return bool(centre) and (town := gaz.named(name[:-len(centre)])) is not None and town.kind is PLACE


def _a_kind_of_place_then_its_name(name: str, gaz: Gazetteer) -> bool:
    """省份潘杰希尔省, 城市喀布尔: a word for a kind of place, then a place the gazetteer knows, which
    the tagger read as one body: the place, which the gazetteer proposes on its own."""
    head = next((w for w in (*TOWN_WORDS, *_PLACE_KINDS) if name.startswith(w)), "")
    known = gaz.named(name[len(head):]) if head else None
    return known is not None and known.kind is PLACE


_PLACE_KINDS = ("省份", "首都", "地区", "国家", "州")


def _a_place_then_a_known_body(name: str, gaz: Gazetteer) -> bool:
    """加州美国国家航空航天局: a place, then a body the gazetteer knows, run together where the whole is
    no name it knows (the body's centre in California): the two, which it proposes on their own."""
    return gaz.named(name) is None and any(
        (a := gaz.named(name[:k])) is not None and a.kind is PLACE and len(name) - k >= 3
        and (b := gaz.named(name[k:])) is not None and b.kind is ORG for k in range(2, len(name) - 2))


def a_place_in_a_country(name: str, gaz: Gazetteer) -> str:
    """法国尼斯: a country, then a transliterated name no list holds, with no body's ending: a place
    in that country, which the tagger read with it as one body."""
    for k in (2, 3, 4):
        country, rest = gaz.named(name[:k]), name[k:]
        if country is not None and country.type == "Country" and 2 <= len(rest) <= 5 and is_translit(rest) \
                and not org_ending(rest) and gaz.named(rest) is None:
            return rest
    return ""


def suffixed_place(folded: str, name: str, start: int, end: int, gaz: Gazetteer) -> Span | None:
    """布拉戈维申斯克市 is the city the gazetteer knows as 布拉戈维申斯克 (as spans.place_suffixes reads it);
    巴恩斯特布尔县 is not the town 巴恩斯特布尔 but a county the gazetteer does not know. No suffix whose
    character begins the next word (天安门镇|压: 镇压 is a word)."""
    suffix = name[-1]
    stem = gaz.named(name[:-1]) if suffix in lx.PLACE_SUFFIXES and len(name) >= 3 else None
    if stem is None or stem.kind is not PLACE or rjieba.has_word(folded[end - 1:end + 1]):
        return None
    if not suffix_fits(stem, suffix):
        return Span(start, end, PLACE, name, MODEL, type=lx.PLACE_SUFFIXES[suffix])
    return Span(start, end, PLACE, stem.name, MODEL, key=stem.key, type=stem.type)
