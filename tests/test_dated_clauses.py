"""Dated clauses that report without a verb of doing (kg.events.happenings: where the clause names
who acts), and a caption's photo date as the date of the scene it shows. Sentences in the style of
the read sets; the expected values were written from the text, not from the extractor's output."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EventKind
from tests.test_events import article, events, x  # noqa: F401  (x is a fixture)


@pytest.mark.parametrize(("text", "published", "day"), [
    # 通过 is no verb of doing
    ("2014年，印度下院通过刑法修正案，拓宽了性骚扰的定义。", date(2020, 10, 7), date(2014, 1, 1)),
    ("俄罗斯总统普京周四在越南河内。", date(2024, 6, 24), date(2024, 6, 20)),  # a caption: where someone was
    ("2014年，印度通过刑法修正案。", date(2020, 10, 7), date(2014, 1, 1)),  # a country that opens the clause
])
def test_a_dated_clause_that_names_who_acts_reports_without_a_verb_of_doing(x, text, published, day) -> None:  # noqa: F811
    (e,) = events(x, article(text, published=published))
    assert e.kind is EventKind.OCCURRENCE and e.when.start == day


@pytest.mark.parametrize("text", [
    "在周三的参议院情报委员会听证会上，参议员问了一个问题。",  # a setting
    "上周，一处藏族人家里的前中国领导人画像。",  # names no person or body that acts; a country as a qualifier
])
def test_a_dated_clause_without_a_verb_of_doing_that_names_no_one_or_sets_a_scene_is_none(x, text) -> None:  # noqa: F811
    assert [e for e in events(x, article(text, published=date(2023, 3, 10))) if e.kind is EventKind.OCCURRENCE] == []


@pytest.mark.parametrize(("text", "day"), [
    ("工人在北京一个封控小区外安装金属屏障，摄于11月。", date(2022, 11, 1)),
    ("成都的双子塔打出了电影《哪吒2》中的角色，摄于上周六。", date(2025, 2, 8)),
])
def test_a_captions_photo_date_dates_the_scene_before_it(x, text, day) -> None:  # noqa: F811
    (e,) = events(x, article(text, published=date(2025, 2, 12) if "哪吒" in text else date(2022, 12, 2)))
    assert e.kind is EventKind.OCCURRENCE and e.when.start == day and "摄" not in e.name


def test_a_date_after_zhizhi_says_until_when_things_stood(x) -> None:  # noqa: F811
    text = ("直至去年9月还是美国劳工部首席经济学家的贝特西·史蒂文森(Betsey Stevenson)说，"
            "“美国公司曾经觉得自己有责任支持美国工人。”")
    assert [e for e in events(x, article(text, published=date(2012, 1, 22))) if e.kind is EventKind.OCCURRENCE] == []
