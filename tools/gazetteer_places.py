"""What tools/build_gazetteer.py and tools/gazetteer_china.py share: a place as the builder
collects it, its Chinese names (simplified, the preferred one first), and jieba's view of a name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import opencc
import rjieba
from babel import Locale
from pypinyin import lazy_pinyin

HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff·]+$")
T2S = opencc.OpenCC("t2s")
_ST = (Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt").read_text(encoding="utf-8")
SIMPLIFIED_ONLY = {line.split("\t")[0] for line in _ST.splitlines()
                   if "\t" in line and line.split("\t")[0] not in line.split("\t")[1].split(" ")}
COMMON_WORD_TAGS = {"n", "v", "a", "ad", "an", "b", "d", "vn", "m", "nz", "i", "l", "t", "s", "f", "q", "r", "p",
                    "c", "u", "y", "e", "o", "z", "vd", "vi", "g", "ag", "vg", "ng", "tg", "dg", "zg", "mq"}


@dataclass
class Place:
    key: str
    type: str
    name_zh: str
    name_en: str
    source: str
    geonames: str = ""
    wikidata: str = ""
    lat: str = ""
    lon: str = ""
    within: str = ""
    population: int = 0
    capital: bool = False
    home: bool = False  # in a country that writes Chinese: such a place wins a name over one abroad
    names: list[str] = field(default_factory=list)  # Chinese surfaces, the canonical one first
    weak: set[str] = field(default_factory=set)  # surfaces that must not win a tie (see rules)
    mainland: set[str] = field(default_factory=set)  # names the source wrote in simplified characters
    vouched: set[str] = field(default_factory=set)  # names a curated localization gives it (CLDR's)


def simplified(name: str) -> str:
    return T2S.convert(name)


def add_name(p: Place, name: str | None) -> None:
    if name and HAN.match(name) and (s := simplified(name)) not in p.names:
        p.names.append(s)
        if any(c in SIMPLIFIED_ONLY for c in name):
            p.mainland.add(s)
        if p.type != "Country":  # a country's first name is CLDR's (朝鲜, not Taiwan's 北韩)
            p.names.sort(key=lambda n: _preference(p, n))
        p.name_zh = p.names[0]


def _preference(p: Place, name: str) -> tuple:
    """Which name leads: one that reads as the English name (成都 for Chengdu, not its nickname
    天府), then one in the common simplified set (平壤, not the Japanese 平壌), then one the source
    wrote in simplified characters (迈阿密, not 迈亚美 from Taiwan's 邁亞美), then the shortest. CLDR's
    name, where it gives one, leads before all (安克雷奇, the mainland's, not 安克拉治)."""
    reads_as = "".join(lazy_pinyin(name)) == re.sub(r"[^a-z]", "", p.name_en.lower())
    try:
        name.encode("gb2312")
        common = True
    except UnicodeEncodeError:
        common = False
    return (name not in p.vouched, not reads_as, not common, name not in p.mainland, len(name), name)


def _one_word_tagged(name: str, tags: Iterable[str]) -> bool:
    """jieba reads the name as one word of its dictionary, tagged with one of `tags`."""
    tagged = rjieba.tag(name)
    return len(tagged) == 1 and tagged[0][1] in tags


def is_common_word(name: str) -> bool:
    return _one_word_tagged(name, COMMON_WORD_TAGS)


def is_place_word(name: str) -> bool:
    return _one_word_tagged(name, ("ns",))


def is_proper_noun(name: str) -> bool:
    """基隆: one word of jieba's dictionary, tagged as a place's or another proper name."""
    return _one_word_tagged(name, ("ns", "nz"))


def is_name_word(name: str) -> bool:
    """乔治, 尤金, 梅赛德斯: jieba takes these for the names of people or things, not of a town abroad."""
    return _one_word_tagged(name, ("nr", "nrt", "nrfg", "nz"))


def cldr_city_names(cities: Iterable[dict], zh: Locale) -> dict[int, str]:
    """CLDR's Chinese names of the cities that name time zones (开罗, 基辅, 底特律, 金边), by GeoNames ID:
    a curated localization, so these are the cities' names even where the word dictionary reads them
    as words or as people's names. Each goes to the most populous city of the zone's continent whose
    names include the zone's English one (Europe/Kiev is Kyiv, whose names include Kiev)."""
    by_name: dict[tuple[str, str], list[dict]] = {}
    for c in cities:
        region = c["timezone"].partition("/")[0]
        for en in {c["name"], *c["alternatenames"]}:
            by_name.setdefault((region, en), []).append(c)
    out: dict[int, str] = {}
    for zone, names in sorted(zh.time_zones.items()):
        region, _, place = zone.rpartition("/")
        en = place.replace("_", " ")
        # by another of its names only a city of some size (Europe/Kiev; America/Kentucky/Monticello
        # is no 17,000-people Godfrey that GeoNames also calls Monticello)
        fits = [c for c in by_name.get((region.partition("/")[0], en), [])
                if c["timezone"] == zone or ("/" not in region and (c["name"] == en or c["population"] >= 100_000))]
        if names.get("city") and fits:
            best = max(fits, key=lambda c: (c["population"], -c["geonameid"]))
            out[best["geonameid"]] = simplified(names["city"])
    return out


REGIONS = Path(__file__).resolve().parents[1] / "kg" / "data" / "regions.tsv"


def yield_to_regions(chosen: dict[str, str], places: Iterable[Place]) -> None:
    """A city whose name kg/data/regions.tsv gives a wider place (加沙, the Gaza Strip) keeps its
    name with a town suffix (加沙城, Gaza City) as its own: at run time the region takes the short
    name, and would take the city's other names with it."""
    with REGIONS.open(encoding="utf-8") as f:
        region_names = {n for line in f if not line.startswith(("#", "kind\t"))
                        for n in (line.split("\t")[2], *line.split("\t")[4].split("|")) if n}
    by_key = {p.key: p for p in places}
    for name in sorted(region_names):
        key = chosen.get(name)
        longer = next((name + s for s in ("城", "市") if key and chosen.get(name + s) == key), None)
        if longer and by_key[key].type == "City":
            del chosen[name]
            by_key[key].name_zh = longer
