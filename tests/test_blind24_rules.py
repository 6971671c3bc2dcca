"""Rules of session 41, from bench/blind24's misses once it was read and from the errors helpers found
in fresh items (bench/dev15, no gold): each with a guard beside it, what the rule must leave alone. The
sentences are the kinds of text the errors came from, most of them written anew."""

from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.entities.extract import Extractor
from kg.model import EventKind
from kg.pipeline import extractor_for
from tests.test_blind20_rules import _kinds  # the (kind, start, attendees) of a DW article's events
from tests.test_blind21_rules import test_names_and_the_words_around_them as _names_found  # wanted, not unwanted


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


# (text, the (name, kind)s found, the (name, kind)s not found)
_NAMES = [
    # a court case named by its parties names no one (guard: a party the gazetteer knows)
    ("具有里程碑意义的罗伊诉韦德案被推翻。", set(), {("罗伊", "Person"), ("罗伊诉", "Person"), ("韦德", "Person")}),
    ("布朗诉教育委员会案的判决影响深远。", set(), {("布朗诉教育委员会", "Organization")}),
    ("特朗普诉美国案中，最高法院裁定总统享有豁免权。", {("特朗普", "Person")}, set()),
    # Hispanic and Latino are no mention of Spain or Latin America (guard: Spain itself)
    ("黑人和西班牙裔选民是民主党的支柱。", set(), {("西班牙", "Place")}),
    ("当亚裔与非裔、拉美裔等其他少数族裔同时进入候选名单时。", set(), {("拉美", "Place")}),
    ("他从西班牙回到了美国。", {("西班牙", "Place")}, set()),
    # the red and swing states of US elections are no places
    ("她抨击红州的堕胎禁令，并前往摇摆州拉票。", set(), {("红州", "Place"), ("摇摆州", "Place")}),
    # a title of peerage or a royal house named for a place is no mention of it (guard: a country's duke,
    # and a royal title after a person)
    ("查尔斯王子与康沃尔公爵夫人卡米拉出席了运动会。", {("卡米拉", "Person")},
     {("康沃尔", "Place"), ("康沃尔", "Person")}),
    ("作为威尔士亲王，他成为了温莎王朝的一家之父。", set(), {("威尔士", "Place"), ("温莎", "Place")}),
    ("他是英国公爵。", {("英国", "Place")}, set()),
    ("他的父亲菲利普亲王去世后。", {("菲利普", "Person")}, set()),
    # a body's name in quotation marks before 组织 or its chair (guard: the writer's words before 组织)
    ("她在与“与黑人女性共赢”组织的电话会议上表示。", {("与黑人女性共赢", "Organization")}, set()),
    ("“艾米丽名单”的主席杰西卡·麦克勒说。", {("艾米丽名单", "Organization"), ("杰西卡·麦克勒", "Person")}, set()),
    # a Chinese surname after a Western given name, then a verb or a bracket (guard: a longer last name)
    ("发言人史蒂文·张试图削减开支。", {("史蒂文·张", "Person")}, {("史蒂文·张试图", "Person")}),
    ("韦斯利·张（音）和他的家人便是其中之一。", {("韦斯利·张", "Person")}, {("韦斯利", "Person")}),
    ("玛丽·安德森表示反对。", {("玛丽·安德森", "Person")}, set()),
    # "or" joins two names, no one body (guard: a body the gazetteer knows)
    ("这更能让哈里斯或民主党获胜。", {("哈里斯", "Person"), ("民主党", "Organization")},
     {("哈里斯或民主党", "Organization")}),
    # a firm's name that opens with a body the gazetteer knows, though the tokenizer glued 据 to it
    ("据益普索·莫里调查公司，他仅获得11%的支持。", {("益普索·莫里调查公司", "Organization")},
     {("普索·莫里", "Person")}),
    # a gallery alone is no place
    ("1984年，他对国家美术馆的扩建计划进行了嘲讽。", set(), {("美术馆", "Place")}),
    # a wife named after "and" (guard: "and his wife" with no name)
    ("查尔斯与威廉王子及妻子凯特出席了仪式。", {("凯特", "Person")}, set()),
    ("他和妻子一起去了商店。", set(), {("妻子一", "Person")}),
    # a word for someone's work glued before a name (员工|金成), or before a surname and 先生
    ("合肥一名28岁的员工金成（音）说，他投入了43万元。", {("金成", "Person")}, {("员工金成", "Person")}),
    ("稻农庄先生的稻田现在布满尘土。", set(), {("稻农庄", "Person")}),
]

# From the errors in fresh items (bench/dev15)
_DEV15_NAMES = [
    # a name in Latin letters inside a longer Latin name is no mention (guard: the name alone)
    ("朝鲜问题分析家奥卡罗尔（Chad O'Carroll）在推特称。", {("奥卡罗尔", "Person")}, {("Chad", "Place")}),
    ("他去了Hong Kong。", {("Hong Kong", "Place")}, set()),
    # a name with 的 in it is none, though a title stands before it
    ("港口城市经济委员会的萨利亚（Saliya Wickramasuriya）表示。", {("萨利亚", "Person")}, {("会的萨利亚", "Person")}),
    # a double surname hyphened in both scripts is one person, no two towns
    ("经济问题专家埃文斯-普里查德（Julian Evans-Pritchard）分析称。", {("埃文斯-普里查德", "Person")},
     {("埃文斯", "Place"), ("普里查德", "Place")}),
    # a ship named for a province is no mention of it (guard: a fleet)
    ("报告提及「山东舰」和「辽宁舰」的战力。", set(), {("山东", "Place"), ("辽宁", "Place")}),
    # a human-rights monitor is no Human Rights Watch (guard: the body itself)
    ("我见到了少数仍在车臣活动的人权观察员之一。", {("车臣", "Place")}, {("人权观察", "Organization")}),
    ("人权观察研究员王亚秋说。", {("人权观察", "Organization")}, set()),
    # coal plants of a kind are no place (guard: a plant's name)
    ("中国出资的燃煤电厂遍布全球，总共约有40吉瓦的新燃煤电厂项目。", set(),
     {("燃煤电厂", "Place"), ("新燃煤电厂", "Place")}),
    ("秦山核电站发生事故。", {("秦山核电站", "Place")}, set()),
    # bodies of a kind, described (guard: names that end with such heads)
    ("国际药厂与中国药商签约，外国药厂和台湾药厂也在竞争。", set(),
     {("国际药厂", "Organization"), ("外国药厂", "Organization"), ("台湾药厂", "Organization")}),
    ("中国顶尖大学的学生和德国私人电视台的记者。", set(),
     {("中国顶尖大学", "Organization"), ("德国私人电视台", "Organization")}),
    ("悉尼科技大学和香港大学的研究显示。", {("悉尼科技大学", "Organization"), ("香港大学", "Organization")}, set()),
    ("他经营着一家小型清洁公司。", set(), {("小型清洁公司", "Organization"), ("清洁公司", "Organization")}),
    ("美国地方法院法官裁定。", {("美国", "Place")}, {("美国地方法院", "Organization")}),
    ("奈良地方法院本周开始审理此案。", {("奈良地方法院", "Organization")}, {("奈良", "Place")}),
    # a city's own health bodies, not the national ones (guard: the American CDC by its country)
    ("北京市疾控中心副主任庞星火说。深圳市卫健委官员称。", {("北京市疾控中心", "Organization"),
                                            ("深圳市卫健委", "Organization")}, {("疾控中心", "Organization")}),
    ("美国疾控中心表示。", {("美国疾控中心", "Organization")}, set()),
    # a province and a town run together are two places, no body
    ("中风险地区包括天津、浙江金华等一些区域。", {("浙江", "Place"), ("金华", "Place")},
     {("浙江金华", "Organization")}),
    # a reservoir and a science park named by their town (guard: a country's prisons, described)
    ("新竹的宝山水库水位下降严重，宝山第二水库和新竹科学园区也缺水。",
     {("宝山水库", "Place"), ("宝山第二水库", "Place"), ("新竹科学园区", "Place")}, {("宝山", "Place")}),
    ("美国监狱人满为患。", {("美国", "Place")}, {("美国监狱", "Place")}),
    # a list of examples ends where a verb runs into it (guard: the list of companies)
    ("网络游戏企业包括腾讯丶网易游戏及盛趣游戏回应表示，将严格遵守丶积极落实。", {("盛趣游戏", "Organization")},
     {("盛趣游戏回应表示", "Organization"), ("将严格遵守", "Organization"), ("积极落实", "Organization")}),
    ("那些公司包括雷神公司, 通用动力，英国航太和奥什科什。",
     {("通用动力", "Organization"), ("奥什科什", "Organization")}, set()),
    # a general whose name a firm also has, glossed by his Western name after a space and his title
    ("美国中央司令部司令麦肯锡将军 (Frank McKenzie) 说。", {("麦肯锡", "Person")}, {("麦肯锡", "Organization")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _NAMES + _DEV15_NAMES)
def test_names_and_the_words_around_them(text: str, wanted: set, unwanted: set) -> None:
    _names_found(text, wanted, unwanted)


def _entity(text: str, surface: str):
    return next(m.entity for m in kg.mentions(text) if m.text == surface)


def test_an_address_joins_the_full_name_named_last_in_a_paragraph_of_its_own(x: Extractor) -> None:
    found = x.extract([("p1", "“问题在于我们如何用水，”年轻农民郭玉翎说。"),
                       ("p2", "台湾水利署发言人郭耀程表示，大家都要贡献一份力。"),
                       ("p3", "“每个人都必须考虑如何节约用水，”郭先生说。")])
    keys = {m.text: m.key for m in found.mentions}
    assert keys["郭先生"] == keys["郭耀程"] != keys["郭玉翎"], keys
    # guard (tests/test_blind14_rules): two full names in one sentence leave the address alone


def test_a_name_glossed_after_a_space_by_a_known_western_name_is_that_person() -> None:
    text = "白宫新闻秘书莎琪 (Jen Psaki)说，拜登只是提出了他的有力评估。"
    assert _entity(text, "莎琪").key == _entity(text, "Jen Psaki").key


def test_a_monarch_s_name_without_the_number_is_the_monarch_not_a_town() -> None:
    text = "英国女王伊丽莎白二世去世。伊丽莎白25岁登上王位，在位时间比大多英国人的寿命还要长。"
    assert _entity(text, "伊丽莎白").key == _entity(text, "伊丽莎白二世").key
    assert _entity(text, "伊丽莎白").kind.value == "Person"


@pytest.mark.parametrize(("text", "published"), [
    # a figure's fall is a statistic, not a measure
    ("从1991年到1996年，认为查尔斯能成为一位好国王的民众比例从82%下降至41%。", date(2022, 9, 9)),
    # a population's count and a forecast peak are figures, not births or visits
    ("2021年中国出生人口1062万人，人口出生率进一步降至7.52‰。", date(2022, 1, 18)),
    ("中国每年净增人口在2000年跌入1000万人区间。", date(2022, 1, 18)),
    ("该报告指出，中国人口会在10年后到达最高峰水平，即2029年，之后出现负增长。", date(2022, 1, 18)),
    # 一月后 is "a month later", no January
    ("按照惯例，冬季残奥会将于冬奥会结束一月后开始。", date(2022, 1, 18)),
])
def test_figures_and_lengths_of_time_are_no_happenings(x: Extractor, text: str, published: date) -> None:
    assert _kinds(x, text, published=published) == []


def test_guards_a_measure_to_a_figure_and_january_stay_happenings(x: Extractor) -> None:
    found = _kinds(x, "美联储周三宣布将利率降至5%。", published=date(2023, 3, 24))
    assert [(k, d) for k, d, _ in found] == [(EventKind.POLICY_MEASURE, date(2023, 3, 22))], found
    found = _kinds(x, "一月初，他访问了北京。", published=date(2022, 3, 1))
    assert [(k, d.month) for k, d, _ in found] == [(EventKind.VISIT, 1)], found


@pytest.mark.parametrize(("text", "published"), [
    # the days a rule names, in a list or a run, are no days that passed
    ("明定网游企业只能在周五丶周末及法定节假日的晚上8时至9时向未成年人提供1小时的服务。", date(2021, 8, 31)),
    ("这家商店周一至周五照常营业。", date(2021, 8, 31)),
    # a share is a figure; a question reports nothing
    ("该文章称，2020年中国超一半儿童青少年近视。", date(2022, 1, 18)),
    ("2020年中国出生人口为多少？", date(2022, 1, 18)),
])
def test_days_of_a_rule_shares_and_questions_date_no_happening(x: Extractor, text: str, published: date) -> None:
    assert _kinds(x, text, published=published) == []


def test_guard_a_weekday_alone_still_dates_what_happened(x: Extractor) -> None:
    found = _kinds(x, "周五，他访问了北京，商店周一至周五照常营业。", published=date(2021, 8, 31))
    assert [(k, d) for k, d, _ in found] == [(EventKind.VISIT, date(2021, 8, 27))], found


def test_a_year_that_以来_follows_dates_no_trigger_after_it(x: Extractor) -> None:
    found = _kinds(x, "这是两国1972年断交以来首次有部长访问台湾。", published=date(2022, 7, 13))
    assert not any(d.year == 1972 for _, d, _ in found), found
    # guard: 自…以来 around a happening of its own still dates it
    found = _kinds(x, "自1991年苏联解体以来，他首次访朝。", published=date(2022, 7, 13))
    assert (EventKind.DISSOLUTION, date(1991, 12, 1)) in [(k, d) for k, d, _ in found], found


def test_an_adverb_opens_no_subject_the_sentence_before_names_it(x: Extractor) -> None:
    found = _kinds(x, "2020年安倍辞去首相后，涉台言论越来直接。2021年底，直接呼吁美国放弃对台模糊战略。",
                   published=date(2022, 7, 13))
    statements = [a for k, _, a in found if k is EventKind.STATEMENT]
    assert statements and any("安倍" in key for key in statements[0]), found


def test_a_month_that_opens_a_report_of_a_plan_is_past_and_one_before_a_will_is_to_come(x: Extractor) -> None:
    found = _kinds(x, "4月，韩国宣布计划停止资助此类项目。", published=date(2021, 9, 23))
    assert found and all(d.year == 2021 and d.month == 4 for _, d, _ in found), found
    found = _kinds(x, "11月，拜登将访问日本。", published=date(2021, 9, 23))
    assert [(k, d) for k, d, _ in found] == [(EventKind.VISIT, date(2021, 11, 1))], found
    # guard: 将 before an object is 把, no future (他将手机扔向她)
    found = _kinds(x, "3月，他将手机扔向她。", published=date(2021, 9, 23))
    assert found and all(d == date(2021, 3, 1) for _, d, _ in found), found


def test_a_weekend_the_text_does_not_name_is_no_day() -> None:
    from kg.events.dates import find_dates

    def dates(text: str) -> list[tuple[str, date | None]]:
        return [(d.text, d.when.start if d.when else None) for d in find_dates(text, date(2021, 9, 17))]

    assert dates("该片于9月一个周末在香港首映。") == [("9月", date(2021, 9, 1))]
    assert dates("上周末他去了北京。") == [("上周末", date(2021, 9, 11))]  # guard: last weekend is a day


def test_remarks_one_makes_are_the_statement_not_a_meeting(x: Extractor) -> None:
    found = _kinds(x, "布林肯30日在谈话中表示，美国将从多哈处理外交事务。", published=date(2021, 8, 31))
    assert [(k, d) for k, d, _ in found] == [(EventKind.STATEMENT, date(2021, 8, 30))], found
    # guard: talks held are a meeting
    found = _kinds(x, "布林肯30日与王毅举行谈话。", published=date(2021, 8, 31))
    assert [k for k, _, _ in found] == [EventKind.MEETING], found


def test_a_legislature_passing_a_draft_constitution_is_legislation(x: Extractor) -> None:
    found = _kinds(x, "国家杜马（议会下院）3月11日通过了宪法草案。", published=date(2020, 6, 25))
    assert [(k, d) for k, d, _ in found] == [(EventKind.LEGISLATION, date(2020, 3, 11))], found


def test_a_return_to_the_white_house_is_taking_office(x: Extractor) -> None:
    found = _kinds(x, "国家主席习近平周四同美国总统特朗普通电话，这是特朗普今年1月重返白宫以来两人首次正式通话。",
                   published=date(2025, 6, 6))
    assert sorted((k.value, d) for k, d, _ in found) == [("Appointment", date(2025, 1, 1)),
                                                         ("PhoneCall", date(2025, 6, 5))], found
