"""Companies whose short name is a common word (苹果, 大众, 现代) are named so only in an article that shows
it means the company (session 29, kg.entities.brands; from the read sets, where 苹果 was missed four
times)."""

from __future__ import annotations

import pytest

import kg


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity.name) for m in kg.mentions(text) if m.entity.kind.value == "Organization"]


@pytest.mark.parametrize(("text", "count"), [
    # what a company has after the short name, in one sentence; the article's other mention follows it
    ("四分之三是苹果手机。华为一直在蚕食苹果多年来在中国市场的份额。", 2),
    ("库克在一家苹果专卖店与仰慕者合影。", 1),
    ("科技巨头苹果周二发布新品。", 1),  # what describes a company, before it
    ("比如微软，苹果，英特尔等企业。", 1),  # listed beside companies the gazetteer knows
    ("苹果公司周二发布财报。苹果表示，销量增长。", 1),  # the full name, then the short one
])
def test_the_short_name_is_the_company_where_the_article_means_it(text: str, count: int) -> None:
    assert _found(text).count(("苹果", "苹果公司")) == count, _found(text)


@pytest.mark.parametrize("text", [
    "他在苹果树下吃苹果。",  # a fruit
    "超市里的苹果价格上涨。",
    "作为一家现代公司，它仍然忠于创始人的愿景。",  # modern, though 公司 follows
    "现代社会的大众文化。",
])
def test_no_company_where_nothing_says_so(text: str) -> None:
    assert _found(text) == [], _found(text)


def test_volkswagen_named_in_full_is_also_its_short_name() -> None:
    found = _found("大众汽车在中国销量下滑，大众表示将裁员。")
    assert ("大众", "大众汽车") in found, found
