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
    # a verb and a noun are no place; a surname before a share is no one; nor is the opening of a longer
    # common word (guards: a temple whose name opens with a verb's characters; a town the dictionary
    # tags an adjective, as MSRA's dev split writes it)
    ("包括移除子宫、子宫颈、输卵管。", set(), {("移除子宫", "Place")}),
    ("联合国教科文组织在平遥实地评估考察。", {("平遥", "Place")}, set()),
    ("出席老友安倍在东京增上寺的私人葬礼。", {("增上寺", "Place")}, set()),
    ("约九成的组屋住户拥有自己的居所。", set(), {("约九成", "Person")}),
    ("习近平身穿灰色中山装出席。", {("习近平", "Person")}, {("中山", "Person")}),
    # two countries' short forms that name no place are the two countries (guard: a company's name)
    ("香港《国安法》涵盖范围远比美英等国家的国安法律体系小。", {("美", "Place"), ("英", "Place")}, {("美英", "Place")}),
    ("然后它在2月解散了国内球队江苏苏宁。", set(), {("苏", "Place"), ("宁", "Place")}),
    ("广东佛山大学萧君和教授首倡“中华学”。", {("中华", "Place")}, {("中", "Place"), ("华", "Place")}),
    # a state's university is a body (guards: America's universities; a state's students)
    ("53岁的犹他大学视觉神经科学教授布莱恩·威廉·琼斯说。", {("犹他大学", "Organization")}, set()),
    ("他是美国大学的教授。", {("美国", "Place")}, {("美国大学", "Organization")}),
    ("很多犹他大学生反对。", set(), {("犹他大学", "Organization")}),
    # firms of a trade are no body (guard: a firm of a trade that names itself)
    ("风险资本投资放缓。创业公司开始从他们的账户中提取更多资金。", set(), {("创业公司", "Organization")}),
    ("太阳能公司表示，扣留产品导致美国太阳能安装普遍延误。", set(), {("太阳能公司", "Organization")}),
    ("中国太阳能公司正在扩张。", {("中国", "Place")},
     {("中国太阳能公司", "Organization"), ("太阳能公司", "Organization")}),
    ("隆基绿能公司周一宣布裁员。", {("隆基绿能公司", "Organization")}, set()),
    # a university's students' union is a body of its own
    ("香港浸会大学学生会署理会长方仲贤去年买10枝镭射笔。", {("香港浸会大学学生会", "Organization")},
     {("香港浸会大学", "Organization")}),
]


# from bench/dev17's error lists (no gold)
_DEV17_NAMES = [
    # a word of saying, or the chamber's renewal, is no part of the body after it
    ("英国《星期日泰晤士报》12月5日发表社论，指立法会选举是骗局。", {("立法会", "Organization")},
     {("指立法会", "Organization")}),
    ("香港将于12月19日举行换届立法会选举。", {("立法会", "Organization")}, {("换届立法会", "Organization")}),
    # a telescope named for someone is no mention of them (guard: the astronomer)
    ("实际上是哈勃望远镜继任者的詹姆斯·韦伯太空望远镜(James Webb Space Telescope)的发射已推迟了好几年。", set(),
     {("哈勃", "Person"), ("詹姆斯·韦伯", "Person")}),
    ("哈勃说，宇宙在膨胀。", {("哈勃", "Person")}, set()),
    # two known names joined by a hyphen are the two
    ("11月22日，中国-东盟建立对话关系30周年纪念峰会上。", {("中国", "Place"), ("东盟", "Organization")},
     {("中国-东盟", "Organization")}),
    # Louisiana as Hong Kong and Taiwan write it
    ("美国路易斯安娜州飓风过后，100万居民没有电力供应。", {("路易斯安娜州", "Place")}, {("安娜州", "Place")}),
    # an armed force named by its country, after 有 or a time, is the country (guard: 德军方 is another word)
    ("另外还有德军士兵、伞兵、特种部队人员以及两架直升机飞离喀布尔。", {("德", "Place")}, {("德军", "Organization")}),
    ("目前德军撤离阿富汗人员的飞机在喀布尔和塔什干之间飞行。", {("德", "Place")}, {("德军", "Organization")}),
    # a count of states, a word of degree before an adjective, a verb before 到: no names (guards: the
    # town and the company named as such)
    ("他将对多达六州的选举结果提出异议。", set(), {("六州", "Place")}),
    ("马克龙更广义的观点足够清晰。", {("马克龙", "Person")}, {("广义", "Place")}),
    ("他在广义市出生。", {("广义市", "Place")}, set()),
    ("美国的景象也令人不安地联想到近来其国内民主所受到的攻击。", set(), {("联想", "Organization")}),
    ("联想周一发布了新电脑。", {("联想", "Organization")}, set()),
    # an adverb after a Latin name is no part of it
    ("21岁的Javon甫从香港中文大学毕业，在中学任职教学助理。", {("Javon", "Person")}, {("Javon甫", "Person")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _NAMES + _DEV17_NAMES)
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
    # a date and where, or a date and 经过…, open the sentence for the clause after them
    ("周三在北京，国家电视台播放了据称是一架中国战斗机在台湾附近的画面。", date(2022, 8, 5), [date(2022, 8, 3)]),
    ("10月25日，经过10天的停泊，一台巨型起重机将集装箱从船上吊起。", date(2021, 11, 1), [date(2021, 10, 25)]),
    # some decades ago is no ten years ago; fifteen days of detention are no 15th
    ("王毅特别提到，几十年前东盟及亚非国家合办的万隆会议，是典范。", date(2021, 12, 10), []),
    ("警方调查后则认为，周女士的上司并没有强奸她，仅存在“不构成犯罪”的猥亵行为，因此对她的上司处以15日行政拘留。",
     date(2021, 7, 1), []),
]


@pytest.mark.parametrize(("text", "published", "starts"), _DATED)
def test_dated_happenings(x: Extractor, text: str, published: date, starts: list[date]) -> None:
    found = _kinds(x, text, published=published)
    assert sorted(d for _, d, _ in found) == sorted(starts), found


def test_games_and_quakes_a_date_names_are_happenings(x: Extractor) -> None:
    text = ("在2008年北京夏季奥运会之后，这方面有任何进步的证据不多，"
            "而俄罗斯在主办2014年冬奥会和2018年世界杯之后，也同样如此。")
    found = _kinds(x, text, published=date(2021, 12, 15))
    assert sorted(d.year for k, d, _ in found if k is EventKind.OCCURRENCE) == [2008, 2014, 2018], found
    # guard: an election a date names is left to the trigger words, which read the hedge
    text = "民主派阵营希望能继续2019年区议会选举中大幅度击败建制派候选人的势头。"
    found = _kinds(x, text, published=date(2021, 12, 15))
    assert not found, found


def test_a_short_form_in_a_bracket_after_a_body_is_that_body(x: Extractor) -> None:
    found = x.extract([("p1", "剩下40席是由1488人组成的选举委员会（选委会）内部选出。"),
                       ("p2", "选委会原本主要职能是提名。")])
    keys = {m.text: m.key for m in found.mentions}
    assert keys["选委会"] == keys["选举委员会"], keys
    # guard: a bracket that holds another name, not the body's characters in order
    found = x.extract([("p1", "选举委员会（香港）周一开会。")])
    assert {m.text for m in found.mentions} >= {"选举委员会", "香港"}
    assert len({m.key for m in found.mentions}) == 2


def test_a_date_before_a_noun_and_its_verb_dates_the_noun(x: Extractor) -> None:
    text = "12月8日，陈皓桓等8人因为今年7月1日的游行被以非法集结等罪名逮捕。"
    found = _kinds(x, text, published=date(2020, 12, 15))
    assert (EventKind.ARREST, date(2020, 12, 8)) in {(k, d) for k, d, _ in found}, found
    # guard: a date before 的 and a noun where the trigger is
    found = _kinds(x, "他在去年的选举中当选议员。", published=date(2020, 12, 15))
    assert [(k, d) for k, d, _ in found] == [(EventKind.ELECTION, date(2019, 1, 1))], found


def test_without_approval_whether_and_can_report_nothing(x: Extractor) -> None:
    text = "12月2日，黄之锋因去年包围警察总部触犯未经批准集结，认罪后被判13.5个月。"
    found = _kinds(x, text, published=date(2020, 12, 15))
    assert all(k is not EventKind.LEGISLATION for k, _, _ in found), found
    for text in ("协定能否在明年得到欧洲议会通过并非铁板钉钉的事情。", "国会议员周一可以提出反对。"):
        assert not _kinds(x, text, published=date(2021, 1, 4)), text
    # guard: what one may say of a day's deed
    found = _kinds(x, "可以说，国会议员周一提出了反对。", published=date(2021, 1, 6))
    assert [d for _, d, _ in found] == [date(2021, 1, 4)], found


def test_a_day_s_deed_and_another_kind_within_a_week_are_two(x: Extractor) -> None:
    found = _kinds(x, "周一，民众再次聚集在戈塔巴雅·拉贾帕克萨总统位于科伦坡的官邸。", "预计他将于本周辞职。",
                   published=date(2022, 7, 12))
    assert {k for k, _, _ in found} == {EventKind.OCCURRENCE, EventKind.RESIGNATION}, found


def test_this_weekend_told_as_past_is_the_weekend_before(x: Extractor) -> None:
    found = _kinds(x, "这个周末，数以千计的人冲进总统戈塔巴雅·拉贾帕克萨的官邸和办公室。", published=date(2022, 7, 12))
    assert [d for _, d, _ in found] == [date(2022, 7, 9)], found
    # guard: one to come
    found = _kinds(x, "这个周末，两国领导人将在北京会晤。", published=date(2022, 7, 12))
    assert [d for _, d, _ in found] == [date(2022, 7, 16)], found


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
