"""Rules of session 36, from bench/blind19's misses once it was read and from the errors helpers found
in fresh items (bench/dev8, no gold): each with a guard beside it, what the rule must leave alone. The
sentences are the kinds of text the errors came from, most of them written anew."""

from __future__ import annotations

from datetime import date

import pytest

from kg.entities.extract import Extractor
from kg.model import EventKind
from kg.pipeline import extractor_for
from tests.test_blind16_rules import _dw, _found  # a DW article of these paragraphs; a text's (name, kind)s
from tests.test_events import article, events


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


# (text, the (name, kind)s found, the (name, kind)s not found): from bench/blind19
_BLIND19_NAMES = [
    # a kin word before a name the bracket glosses as a person's, even a city's name (蔚山, Ulsan)
    ("她26岁的女儿乃欧米（Naomi Kosmehl）很乐意接种疫苗。", {("乃欧米", "Person")}, set()),
    ("她的法国伴侣蔚山（Jean Wissam Aoum）对疫苗也有疑虑。", {("蔚山", "Person")}, {("蔚山", "Place")}),
    # the translator's 音: a person's name, whatever stands before it (guard: a title after the name)
    ("为泰国市场供货的广州缝纫店老板恽从平（音）说。", {("恽从平", "Person")}, set()),
    ("对于和家人一起经营面点店的杜和（音）来说，生意很难。", {("杜和", "Person")}, set()),
    ("“我们不用躲躲藏藏，”赫莱温女士（音）说。", {("赫莱温", "Person")}, {("赫莱温女士", "Person")}),
    ("克钦独立组织发言人诺布上校（音）说。", {("诺布", "Person")}, {("诺布上校", "Person")}),
    # a month's number glued to a body's Latin name is no part of it
    ("根据法国民调机构 YouGov7月公布的调查。", {("YouGov", "Organization")}, {("YouGov7", "Organization")}),
    # a drug is no person
    ("它隐瞒了抗癫痫药物德巴金（Depakine）的副作用。", set(), {("德巴金", "Person")}),
    # a preposition the tokenizer glued to a known name's first character (guard: 对华 alone)
    ("包括对华为、中兴等中国科技企业采取切断供应链。", {("华为", "Organization"), ("中兴", "Organization")}, set()),
    ("亚洲民众更自觉遵守防疫规定（图为首尔街头）。", {("首尔", "Place")}, set()),
    ("对华为期三天的访问。", set(), {("华为", "Organization")}),
    # a town, then a person's name, before a title: the two (guard: the law firm)
    ("他拿出张展委托广州闻宇律师的委托书。", {("广州", "Place"), ("闻宇", "Person")},
     {("广州闻宇", "Organization")}),
    ("广州闻宇律师事务所表示。", {("广州闻宇律师事务所", "Organization")}, {("闻宇", "Person")}),
    # an age makes a person of what the tagger read as a place
    ("48岁的孟山是中国南昌市的一名城管。", {("孟山", "Person")}, {("孟山", "Place")}),
    # a detention centre named by its district is one place (guard: a country's prisons, described)
    ("他们将张展羁押在浦东新区看守所。", {("浦东新区看守所", "Place")}, set()),
    ("美国监狱人满为患。", {("美国", "Place")}, {("美国监狱", "Place")}),
    # an index named by a body is no mention of the body (guard: the body itself)
    ("标准普尔500指数上涨了1%。", set(), {("标普", "Organization")}),
    ("标普表示将下调评级。", {("标普", "Organization")}, set()),
    # a title for a web celebrity
    ("中国网红徐晓冬在一段视频中透露。", {("徐晓冬", "Person")}, {("中国网红", "Organization")}),
    # more names for what the gazetteer knows
    ("它协调着长江三角洲地区的出口。", {("长江三角洲", "Place")}, set()),
    ("贝恩咨询公司高级合伙人说。", {("贝恩咨询公司", "Organization")}, {("贝恩", "Person")}),
    ("法国知名医药企业萨诺菲（Sanofi）被控欺骗。", {("萨诺菲", "Organization")}, {("萨诺菲", "Person")}),
]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("特朗普总统在2月4日下令停止小额包裹免税入境。", EventKind.POLICY_MEASURE, date(2025, 2, 4)),
    ("去年夏天，南非也对服装进口征收了45%的关税。", EventKind.POLICY_MEASURE, date(2024, 1, 1)),
])
def test_orders_and_levies_are_measures(x: Extractor, text: str, kind: EventKind, day: date) -> None:
    found = events(x, _dw(text, published=date(2025, 2, 14)))
    assert any(e.kind is kind and e.when.start == day for e in found), found


def test_a_clause_of_what_was_faced_passes_the_date_on(x: Extractor) -> None:
    """2019年，为了应对疫情，政府关闭了边境: the date opens the sentence, a clause of purpose follows."""
    found = events(x, _dw("2019年，为了应对疫情，政府关闭了边境。", published=date(2023, 6, 1)))
    assert any(e.when.start.year == 2019 and "关闭" in e.name for e in found), found


# …and from bench/dev8
_DEV8_NAMES = [
    # a country, then the first character of the next word, is no name after a title (guard: a name)
    ("欧盟前轮值主席波兰基督教民主党人图斯克表示。", {("波兰", "Place"), ("图斯克", "Person")}, {("波兰基", "Person")}),
    ("总统巴西尔在会上说。", {("巴西尔", "Person")}, set()),
    # persons listed between persons (guard: a place between persons stays a place)
    ("包括陈竺、白玛赤林、丁仲礼、郝明金、艾力更·依明巴海、吉炳轩。",
     {("白玛赤林", "Person"), ("艾力更·依明巴海", "Person")}, {("巴海", "Place")}),
    ("他会见了王毅、北京、李克强。", {("北京", "Place")}, {("北京", "Person")}),
    # a rank after a body is no part of its name
    ("香港警务处国家安全处高级警司李桂华说。", {("李桂华", "Person")},
     {("香港警务处国家安全处高级警司", "Organization")}),
    # a royal title after a name keeps the name a person's, after a country too
    ("英国安德鲁王子接受调查。", {("安德鲁", "Person")}, {("安德鲁", "Place")}),
    # a base described by its country or town is no place of its own
    ("美国军事基地遍布全球。", {("美国", "Place")}, {("美国军事基地", "Place")}),
    ("图为重兵把守下的墨西哥城军事基地。", {("墨西哥城", "Place")}, {("墨西哥城军事基地", "Place")}),
    # a town and a team before a title are a body (guard for 广州|闻宇|律师)
    ("英国阿森纳队教练温格看了比赛。", {("温格", "Person")}, {("阿森纳队", "Person")}),
    # ordinary words
    ("朝鲜的导弹躲避了盟国的雷达。", set(), {("雷达", "Person")}),
    ("与德尔塔共存的规则发生了变化。", set(), {("德尔塔", "Organization"), ("德尔塔", "Place")}),
    # more names for bodies and places
    ("香港警方周五宣布加控壹传媒集团创办人黎智英。", {("壹传媒集团", "Organization")},
     {("加控壹传媒集团", "Organization")}),
    ("特首办主任陈国基说。", {("特首办", "Organization")}, set()),
    ("有线电视的用户减少了。", set(), {("有线电视", "Organization")}),
]


def test_names_keep_the_characters_simplified_text_keeps(x: Extractor) -> None:
    """OpenCC's table turns 篠 into 筿, 汎 into 泛 and 昇 into 升; a name is written as the text writes it."""
    found = x.extract([("p1", "日本选手篠田亚纪子获得铜牌，历史学家王汎森表示祝贺。"), ("p2", "韩国记者李东昇说。")])
    assert {"篠田亚纪子", "王汎森", "李东昇"} <= {e.name for e in found.entities}, found.entities


def test_the_chinese_name_a_person_gives_in_the_bracket_is_an_alias(x: Extractor) -> None:
    found = x.extract([("p1", "汉学教授安德里亚·古德（Andreas Guder，中文名顾安达）在推特上发文。"),
                       ("p2", "顾安达表示，他不会感到惊讶。")])
    persons = [e for e in found.entities if e.kind.value == "Person"]
    assert len(persons) == 1 and persons[0].aliases == ("顾安达",), persons


def test_a_weekday_before_a_quotation_is_not_read_from_the_quotation(x: Extractor) -> None:
    """周三，默克尔…表示：“很多计划都未能得到实施” written on Thursday: the day before, not next week."""
    quoted = "周三，默克尔总理在德国联邦议院表示：“很多计划都未能得到实施。”"
    found = events(x, _dw(quoted, published=date(2020, 12, 10)))
    assert [e.when.start for e in found] == [date(2020, 12, 9)], found
    found = events(x, _dw("周五，默克尔计划访问北京。", published=date(2020, 12, 10)))
    assert [e.when.start for e in found] == [date(2020, 12, 11)], found


@pytest.mark.parametrize("text", [
    "黎智英周五不准保释，期间须续还押看管。",  # a negation
    "按照协定，欧盟本应在今年二月就提出减排目标。",  # what should have happened
    "唐奖基金会的创办人尹衍梁周四在台北。",  # a founder is no founding
])
def test_what_did_not_happen_is_no_event(x: Extractor, text: str) -> None:
    found = events(x, _dw(text, published=date(2020, 12, 12)))
    assert not [e for e in found if e.kind in (EventKind.CUSTODY_RELEASE, EventKind.FOUNDING)
                or (e.kind is EventKind.STATEMENT and e.when.start.month == 2)], found


def test_a_call_to_ban_is_a_statement_and_a_name_put_on_a_list_is_a_measure(x: Extractor) -> None:
    found = events(x, _dw("2018年10月，联合国曾呼吁各成员国禁止此类检查。", published=date(2020, 12, 12)))
    assert {e.kind for e in found} == {EventKind.STATEMENT}, found
    found = events(x, _dw("11月9日，美方宣布将4名官员加入制裁黑名单。", published=date(2020, 12, 12)))
    assert EventKind.ACCESSION not in {e.kind for e in found}, found
    found = events(x, _dw("2001年，中国加入世贸组织。", published=date(2020, 12, 12)))
    assert EventKind.ACCESSION in {e.kind for e in found}, found


def test_a_dw_newsroom_byline_and_credits_are_no_persons(tmp_path) -> None:
    """DW's byline names the newsroom (德国之声 中文网): the author is the organization; the closing
    credit (达扬/叶宣（法新社等）) and a link to another story (延伸阅读：…) are no mentions."""
    from rdflib import RDF, SDO, Graph

    import kg
    from tests.conftest import read

    path = tmp_path / "dw.txt"
    path.write_text(
        "<!--1607701173000-->\n[默克尔谈欧盟预算](https://www.dw.com/zh/默克尔/a-55910868)\n------\n\n"
        "<div><i>德国之声 中文网<br>2020-12-11T15:59:35.472Z</i></div>"
        "<p>（德国之声中文网）欧盟峰会周四在布鲁塞尔举行。</p>"
        '<p><a href="https://www.dw.com/zh/x/a-1">延伸阅读：美制裁中国高官成热议话题</a></p>'
        "<p>达扬/叶宣（法新社等）</p><p>© 2020年德国之声版权声明</p>", "utf-8")
    article = read(path)
    graph = Graph()
    for s, p, o, _ in kg.build([str(path)]).quads((None, None, None, None)):
        graph.add((s, p, o))
    assert article.authors and article.authors[0].byline == "德国之声 中文网", article.authors
    authors = list(graph.objects(None, SDO.author))
    assert authors and all((a, RDF.type, SDO.Person) not in graph for a in authors), authors
    names = {str(n) for n in graph.objects(None, SDO.name)}
    assert "叶宣" not in names and "成热议" not in names and "Brussels" in names, sorted(names)
    assert article.paragraphs and "达扬/叶宣（法新社等）" in [p.text for p in article.paragraphs]


_FIFTH_BATCH_NAMES = [
    # the review of session 36's organizations batch: bare names of Chinese or Taiwanese bodies that
    # foreign namesakes share, names inside words, people's names; each left out or narrowed
    ("都是跟美国国家卫生研究院合作。", {("美国国家卫生研究院", "Organization")}, {("国家卫生研究院", "Organization")}),
    ("越南公安部宣布逮捕了他。", {("越南公安部", "Organization")}, {("公安部", "Organization")}),
    ("教宗方济各会见了代表团。", {("方济各", "Person")}, {("方济各会", "Organization")}),
    ("当地大力发展红色旅游。", set(), {("红色旅", "Organization")}),
    ("他呼吁统一企业所得税。", set(), {("统一企业", "Organization")}),
    ("记者沈飞报道。", {("沈飞", "Person")}, {("沈飞", "Organization")}),
    ("日本东海大学的研究团队。", set(), {("东海大学", "Organization")}),
    # …and what it adds
    ("中央外办主任王毅表示。", {("中央外办", "Organization"), ("王毅", "Person")}, set()),
    ("世贸组织上诉机构停摆。", {("世贸组织上诉机构", "Organization")}, set()),
]


def test_one_speaker_s_statements_on_two_days_of_a_week_are_two_events(x: Extractor) -> None:
    """华春莹 speaks daily (bench/dev8): her 8 December answer is not her 11 December one; the same
    day's statement, reported by two articles, is one event."""
    def keys(text: str, url: str) -> set[str]:
        found = events(x, article(text, published=date(2020, 12, 12), url=url))
        return {e.key for e in found if e.kind is EventKind.STATEMENT}

    monday = keys("12月8日，外交部发言人华春莹表示反对。", "https://www.dw.com/zh/a/a-1")
    friday = keys("12月11日，外交部发言人华春莹表示反对。", "https://www.dw.com/zh/b/a-2")
    again = keys("周二（12月8日），外交部发言人华春莹表示反对。", "https://www.dw.com/zh/c/a-3")
    assert monday and friday and monday.isdisjoint(friday) and monday == again, (monday, friday, again)


# …and from bench/dev9
_DEV9_NAMES = [
    # a known name and the first character of the next word are no person (guard: a name after a country)
    ("并在必要时用武力将乌克兰拉回莫斯科的轨道。", {("乌克兰", "Place")}, {("乌克兰拉", "Person")}),
    # an eponym is no person
    ("杰文斯悖论告诉我们，效率不省资源。", set(), {("杰文斯", "Person")}),
    ("新麦卡锡主义在美国抬头。", {("美国", "Place")}, {("麦卡锡", "Person")}),
    # death and speech are a person's: after a country, too (guard: a town after a country)
    ("比如1975年佛朗哥去世之后的西班牙。", {("佛朗哥", "Person")}, {("佛朗哥", "Place")}),
    ("中国张伟表示反对。", {("张伟", "Person")}, {("张伟", "Place")}),
    ("瑞士伯恩是首都。", {("伯恩", "Place")}, set()),
    # an armed force named by its country is the country
    ("台军在演习中发射了导弹。", {("台", "Place")}, {("台军", "Organization")}),
    # more names
    ("入境处处长区嘉宏说。", {("入境处", "Organization"), ("区嘉宏", "Person")}, set()),
]


@pytest.mark.parametrize(("text", "kinds"), [
    ("瑙塞达总统周二在接受当地电台访问时说，立陶宛不会让步。", {EventKind.STATEMENT}),  # an interview
    ("拜登周二访问了立陶宛。", {EventKind.VISIT}),  # guard: a visit
    ("如果他知道，他就会在周二打电话给司机。", set()),  # what would have been
    ("美国周二发出警告，以避免俄罗斯再次入侵乌克兰。", {EventKind.STATEMENT}),  # what is to be prevented
    ("对于周一晚上来说，这很重要。", set()),  # 来说 says nothing
])
def test_kinds_of_dev9(x: Extractor, text: str, kinds: set) -> None:
    assert {e.kind for e in events(x, _dw(text, published=date(2022, 1, 10)))} == kinds


def test_an_anniversary_after_the_trigger_s_object_counts_from_it(x: Extractor) -> None:
    """今年…北约轰炸中国驻贝尔格莱德大使馆25周年 (2024): the bombing was in 1999; but 抵达香港参加庆祝
    香港回归25周年的活动 dates the arrival, not the return."""
    found = events(x, _dw("今年还是北约轰炸中国驻塞尔维亚贝尔格莱德大使馆25周年。", published=date(2024, 5, 7)))
    assert [e.when.start.year for e in found if e.kind is EventKind.ATTACK] == [1999], found
    found = events(x, _dw("习近平周四抵达香港参加庆祝香港回归中国25周年的纪念活动。", published=date(2022, 7, 1)))
    assert [e.when.start for e in found if e.kind is EventKind.VISIT] == [date(2022, 6, 30)], found
    found = events(x, _dw("李家超在2021年7月纪念香港回归24周年的仪式上讲话。", published=date(2022, 4, 7)))
    assert [e.when.start for e in found if e.kind is EventKind.STATEMENT] == [date(2021, 7, 1)], found


@pytest.mark.parametrize(("text", "kind"), [
    ("张三周二遭捕。", EventKind.ARREST),
    ("10月1日，埃尔多安为这座摩天大楼剪彩。", EventKind.OPENING),
])
def test_more_words_of_happenings(x: Extractor, text: str, kind: EventKind) -> None:
    assert kind in {e.kind for e in events(x, _dw(text, published=date(2022, 10, 20)))}


_DEV10_NAMES = [
    # from bench/dev10: a common noun a measure word counts is no town (guard: 一个中国)
    ("暴风骤雨袭击一个山口。", set(), {("山口", "Place")}),
    ("坚持一个中国原则。", {("中国", "Place")}, set()),
    # a body's last character that begins a common word (guards: the body, its members)
    ("许多伊斯兰国家表示反对。", set(), {("伊斯兰国", "Organization")}),
    ("伊斯兰国周二宣布负责。", {("伊斯兰国", "Organization")}, set()),
    ("民主党人表示反对。", {("民主党", "Organization")}, set()),
    # a surname and a government are no person
    ("蔡政府周二宣布。", set(), {("蔡政", "Person")}),
]


def test_a_credit_line_with_its_sources_after_a_slash_is_no_mention() -> None:
    from kg.text import _CREDIT

    assert _CREDIT.fullmatch("文山/叶宣/(美联社、路透社、纽约时报)") and _CREDIT.fullmatch("达扬/叶宣（法新社等）")
    assert not _CREDIT.fullmatch("他说/她说了很多话（法新社）")


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         _BLIND19_NAMES + _DEV8_NAMES + _FIFTH_BATCH_NAMES + _DEV9_NAMES + _DEV10_NAMES)
def test_names_and_the_words_around_them(text: str, wanted: set, unwanted: set) -> None:
    found = _found(text)
    assert wanted <= found and not unwanted & found, found
