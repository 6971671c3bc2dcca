"""Rules of session 43, from bench/blind26's misses once it was read and from the errors helpers found
in fresh items (bench/dev17, no gold): each with a guard beside it, what the rule must leave alone. The
sentences are the kinds of text the errors came from, most of them written anew."""

from __future__ import annotations

from datetime import date

import pytest

from kg.entities.extract import Extractor
from kg.model import EventKind, Paragraph
from kg.pipeline import extractor_for
from kg.reading import footer
from tests.test_blind16_rules import _found  # a text's (name, kind)s
from tests.test_blind20_rules import _kinds  # the (kind, start, attendees) of a DW article's events


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


# (text, the (name, kind)s found, the (name, kind)s not found)
_NAMES = [
    # an age written with a space before 岁 makes a person of the name after it
    ("“26 岁的布伦达独自一人可以掌控自己生活的方方面面。", {("布伦达", "Person")}, {("布伦达", "Place")}),
    # an adjective, or a verb and a noun, is no place; a surname before a share is no one; nor is the
    # opening of a longer common word (guards: a temple whose name opens with a verb's characters)
    ("对许多司机来说，不耐烦和粗鲁是严酷现实的反映。", set(), {("粗鲁", "Place")}),
    ("包括移除子宫、子宫颈、输卵管。", set(), {("移除子宫", "Place")}),
    ("出席老友安倍在东京增上寺的私人葬礼。", {("增上寺", "Place")}, set()),
    ("约九成的组屋住户拥有自己的居所。", set(), {("约九成", "Person")}),
    ("习近平身穿灰色中山装出席。", {("习近平", "Person")}, {("中山", "Person")}),
    # two countries' short forms that name no place are the two countries (guard: a company's name)
    ("香港《国安法》涵盖范围远比美英等国家的国安法律体系小。", {("美", "Place"), ("英", "Place")}, {("美英", "Place")}),
    ("然后它在2月解散了国内球队江苏苏宁。", set(), {("苏", "Place"), ("宁", "Place")}),
    # a state's university is a body (guards: America's universities; a state's students)
    ("53岁的犹他大学视觉神经科学教授布莱恩·威廉·琼斯说。", {("犹他大学", "Organization")}, set()),
    ("他是美国大学的教授。", {("美国", "Place")}, {("美国大学", "Organization")}),
    ("很多犹他大学生反对。", set(), {("犹他大学", "Organization")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _NAMES)
def test_names_and_the_words_around_them(text: str, wanted: set, unwanted: set) -> None:
    found = _found(text)
    assert wanted <= found, found
    assert not unwanted & found, found


# (paragraph, publication date, the start dates of the events found)
_DATED = [
    # a part of the day named with its day
    ("昨晚，警方逮捕了两名男子。", date(2020, 12, 10), [date(2020, 12, 9)]),
    ("今晨，警方在旺角逮捕了两名男子。", date(2020, 12, 10), [date(2020, 12, 10)]),
    # refusing is a deed; declining to comment is none
    ("法官在12月3日拒绝其保释申请。", date(2020, 12, 10), [date(2020, 12, 3)]),
    ("白宫周一拒绝置评。", date(2020, 12, 10), []),
    # 撤 is a deed of one character
    ("制造商于2018年将该装置从美国市场撤下。", date(2023, 5, 1), [date(2018, 1, 1)]),
    # a quoted name stays inside its clause
    ("中国当局近日还举办一连串的庆祝活动，包括周一（6月28日）在国家体育场“鸟巢”举行了大规模文艺晚会。",
     date(2021, 7, 1), [date(2021, 6, 28)]),
    # a likeness that describes a noun leaves the clause a report (guard: one that says how things are)
    ("2017年，他开始创作。同年7月，审查机构删除了暗示小熊维尼与习近平有相似之处的帖子。", date(2021, 11, 20),
     [date(2017, 1, 1), date(2017, 7, 1)]),
    ("2012年，这样的言论在中国是不可想象的。", date(2021, 11, 20), []),
    # some decades ago is no ten years ago; fifteen days of detention are no 15th
    ("王毅特别提到，几十年前东盟及亚非国家合办的万隆会议，是典范。", date(2021, 12, 10), []),
    ("警方调查后则认为，周女士的上司并没有强奸她，仅存在“不构成犯罪”的猥亵行为，因此对她的上司处以15日行政拘留。",
     date(2021, 7, 1), []),
]


@pytest.mark.parametrize(("text", "published", "starts"), _DATED)
def test_dated_happenings(x: Extractor, text: str, published: date, starts: list[date]) -> None:
    found = _kinds(x, text, published=published)
    assert sorted(d for _, d, _ in found) == sorted(starts), found


def test_a_refusal_after_and_is_a_noun() -> None:
    text = "2013年，他们的欺骗和否认造成了此时此地仍然存在的状况。"
    found = _kinds(extractor_for(()), text, published=date(2021, 1, 1))
    assert all(k is not EventKind.OCCURRENCE or d.year != 2013 for k, d, _ in found), found


def test_long_credit_lines_and_accented_names_are_footer_lines() -> None:
    credits = Paragraph("Katrin Bennhold自柏林、Steven Lee Myers自首尔报道。Melissa Eddy和Christopher F. Schuetze"
                        "自柏林、Andrew Higgins和Anton Troianovski自莫斯科、Damien Cave自澳大利亚悉尼、Hannah Beach"
                        "和Richard C. Paddock自曼谷、Sun Narin自柬埔寨金边、Amy Chang Chien自台湾台北"
                        "对本文有报道贡献。")
    assert footer.classify(credits, (), trailing=True) is footer.LineKind.NOTE
    bio = Paragraph("Ernesto Londoño是《纽约时报》巴西分社社长，常驻里约热内卢。"
                    "在2014年加入时报之前，他供职于《华盛顿邮报》。")
    assert footer.classify(bio, (), trailing=True) is footer.LineKind.BIO
    # guard: a long body paragraph that mentions a contribution in passing stays in the body
    body = Paragraph("他说，这项研究得到了多方支持。" * 9 + "王先生对本文有研究贡献。")
    assert footer.classify(body, (), trailing=True) is None
