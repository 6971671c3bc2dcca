"""Persons and places read off bench/blind12's misses once it was read (session 29): places joined by
hyphens in a heading are no hyphenated name, a two-character name is not lent the first character of
the verb after it, a venue named after a city is one place, a company's site (工厂, 门店) is no body, and
亚洲太平洋地区 is the Asia-Pacific."""

from __future__ import annotations

import pytest

import kg
from tests.conftest import check_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity.kind.value) for m in kg.mentions(text)]


def test_places_joined_by_hyphens_are_places() -> None:
    assert _found("俄罗斯-蒙古-中国") == [("俄罗斯", "Place"), ("蒙古", "Place"), ("中国", "Place")]
    # a hyphenated name stays one person
    assert ("罗布·居里-伍德", "Person") in _found("罗布·居里-伍德说，他不知情。")


def test_a_two_character_name_lends_no_character_to_the_verb_after_it() -> None:
    assert ("杜和逃", "Person") not in _found("20岁时，杜和逃离贫困的中国南方。")
    # guards: a word that follows names ends a three-character one (陈时中|称), and a double surname's
    # name keeps its three characters
    assert ("陈时中", "Person") in _found("陈时中称，疫情趋缓。")
    assert ("欧阳龙", "Person") in _found("欧阳龙表示，他不会参选。")


def test_a_venue_named_after_a_city_is_one_place() -> None:
    found = _found("周日，马斯克在麦迪逊广场花园举行的集会上发言。")
    assert ("麦迪逊广场花园", "Place") in found and ("广场花园", "Place") not in found, found


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a company's site is no body: the company (特斯拉), or the town it stands in (菲尼克斯, 埃克格鲁夫)
    ("特斯拉工厂的工人周二罢工。", {("特斯拉", "Organization")}, {("特斯拉工厂", "Organization")}),
    ("2022年12月，正在建设中的台积电菲尼克斯新工厂。", {("台积电", "Organization"), ("菲尼克斯", "Place")},
     {("菲尼克斯新工厂", "Organization"), ("菲尼克斯", "Person")}),
    ("他在埃克格鲁夫工厂工作。", {("埃克格鲁夫", "Place")}, {("埃克格鲁夫工厂", "Organization")}),
    ("宝马上海研发中心的员工说。", {("宝马", "Organization"), ("上海", "Place")},
     {("宝马上海研发中心", "Organization")}),
    ("江南造船厂周二宣布。", {("江南造船厂", "Organization")}, set()),  # guard: a works named 厂 is a body
])
def test_a_company_s_site_is_no_body(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_asia_pacific_written_in_full_is_the_region() -> None:
    assert _found("美国在亚洲太平洋地区的影响力") == [("美国", "Place"), ("亚洲太平洋地区", "Place")]


def test_a_hyphen_spaced_or_not_joins_one_name() -> None:
    """特拉奇克- 斯塔夫斯卡 and 特拉奇克-斯塔夫斯卡 in one article are one person (kg.entities.fold.normalize_name;
    bench/blind5)."""
    text = "一起床，特拉奇克- 斯塔夫斯卡（Wanda Traczyk-Stawska）说。95岁的特拉奇克-斯塔夫斯卡陪我走到门口。"
    people = {m.entity.key for m in kg.mentions(text) if m.entity.kind.value == "Person"}
    assert len(people) == 1, people


def test_an_em_dash_joins_a_hyphenated_given_name() -> None:
    """比利—鲍勃·松顿 (Billy Bob Thornton; bench/dev3), as 让-保罗·萨特; a double dash is punctuation."""
    assert _found("比利—鲍勃·松顿饰演了这个角色。") == [("比利—鲍勃·松顿", "Person")]
    assert _found("他说——约翰·史密斯也在场。") == [("约翰·史密斯", "Person")]


def test_tiananmen_is_the_square_and_no_town() -> None:
    """天安门 and 天安门广场 in one article are one place, the square (bench/blind12, dev3: the gold sets
    name them so); 天安门镇压 is the crackdown at Tiananmen, no town 天安门镇 (镇压 is a word)."""
    places = {m.text: m.entity.key for m in kg.mentions("天安门广场上挤满了人。天安门前的警察说。")
              if m.entity.kind.value == "Place"}
    assert places["天安门"] == places["天安门广场"], places
    found = _found("纪念1989年北京天安门镇压事件受害者。")
    assert ("天安门", "Place") in found and not any(t.startswith("天安门镇") for t, _ in found), found
