"""Names the rules made of words around a right one, or of a word cut in two (session 18; README,
"Session 18"). Each row has the case its rule was written for and, where the rule could overreach,
the case that must still hold."""

from __future__ import annotations

import pytest

import kg


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity.kind.value) for m in kg.mentions(text)}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a body's name without its country is its short form, unless that is a bare word for a kind of
    # body: 政府 alone is not 韩国政府, however often the article says 政府
    ("韩国政府也发表声明。拜登政府表示反对，政府官员说。", {("韩国政府", "Organization")},
     {("政府", "Organization")}),
    ("韩国统一部也发表声明。统一部官员说。", {("韩国统一部", "Organization"), ("统一部", "Organization")}, set()),
    # a title right before another title is not followed by a name: 顾问 is the title of 班农
    ("主张对华强硬的美国总统顾问班农提出了纳斯达克应该禁止中方企业。", {("班农", "Person")},
     {("顾问班", "Person")}),
    ("俄罗斯总统新闻秘书佩斯科夫表示。", {("佩斯科夫", "Person")}, set()),
    # the word tagger's person stands only where the trained tagger saw a person (it saw a place)
    ("拜登称之为“尼安德特人式的思维”。", {("拜登", "Person")}, {("尼安德", "Person")}),
    # a span that ends inside a name the gazetteer knows is cut wrong (切断华|为)
    ("美国通过“实体清单”切断华为购买美国芯片等关键组件。", {("华为", "Organization")}, {("切断华", "Person")}),
    ("力求严控华为获取任何美国技术的渠道。", {("华为", "Organization")}, {("严控华", "Person")}),
])
def test_names(text: str, wanted: set[tuple[str, str]], unwanted: set[tuple[str, str]]) -> None:
    found = _found(text)
    assert wanted <= found, f"missing {wanted - found} in {found}"
    assert not unwanted & found, f"unwanted {unwanted & found}"
