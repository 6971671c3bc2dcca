"""Rules of session 37, from bench/blind20's misses once it was read and from the errors helpers found
in fresh items (bench/dev11, no gold): each with a guard beside it, what the rule must leave alone. The
sentences are the kinds of text the errors came from, most of them written anew."""

from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.entities.extract import Extractor
from kg.model import EventKind
from kg.pipeline import extractor_for
from tests.test_blind16_rules import _dw, _found  # a DW article of these paragraphs; a text's (name, kind)s
from tests.test_events import events


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


# (text, the (name, kind)s found, the (name, kind)s not found): from bench/blind20
_BLIND20_NAMES = [
    # a known place's last character that begins a pair of short forms (加美) is still the place's
    # (guard: a city's 市 that begins 市长 is the mayor's)
    ("今年3月举行的阿拉斯加美中会晤期间，中国外交官抨击美国。", {("阿拉斯加", "Place")}, {("阿拉斯加", "Person")}),
    ("纽约市长说。", {("纽约", "Place")}, set()),
    # a verb the dictionary tags as a name, after a name the article gives alone
    ("亨利说他很好。亨利夸赞海地人保持冷静。", {("亨利", "Person")}, {("亨利夸", "Person")}),
    # a state of affairs and a rank are no bodies
    ("九月的选举是决定海地政局能否稳定的重要关键。", {("海地", "Place")}, {("海地政局", "Organization")}),
    ("退休的陆军上校霍拉姆丁说。", {("霍拉姆丁", "Person")}, {("陆军上校", "Organization")}),
    # a minister's title with no country before it is no body (guards: a country's ministry, a known one)
    ("约瑟夫预计将回到先前就任的外交部长身份。", set(), {("外交部", "Organization")}),
    ("美国卫生部长说。", {("美国卫生部", "Organization")}, set()),
    ("中国外交部长王毅说。", {("中国外交部", "Organization"), ("王毅", "Person")}, set()),
    ("中国外交部亚太事务副部长说。", {("中国外交部", "Organization")}, {("中国外交部亚太事务副部", "Organization")}),
    # a name the dictionary knows as a person's, before a title or a verb of speaking, or after 亲爱的
    ("美国肯尼迪总统的刺客曾在白俄罗斯生活。", {("肯尼迪", "Person")}, {("肯尼迪", "Place")}),
    ("当年肯尼迪发表该演说。", {("肯尼迪", "Person")}, {("肯尼迪", "Place")}),
    ("我愿意为我亲爱的安吉拉做这件事。", {("安吉拉", "Person")}, {("安吉拉", "Place")}),
    # more names for what the gazetteer knows
    ("台湾驻美国大使去年在美国国会山。", {("美国国会山", "Place")}, {("美国国会", "Organization")}),
    ("特朗普与鲁比奥在椭圆形办公室。", {("椭圆形办公室", "Place")}, set()),
    ("台南的台湾半导体制造公司大楼。", {("台湾半导体制造公司", "Organization")}, set()),
    # a body's name in quotation marks after 被称为 (guard: a phrase that ends in no body's head)
    ("该工作组被称为“新型病原体起源国际科学咨询小组”。", {("新型病原体起源国际科学咨询小组", "Organization")}, set()),
    ("按照被他们称为“一类双语教学”的做法。", set(), {("一类双语教学", "Organization")}),
    # a dotted name, a field and a head: the body named for the person
    ("弗雷德·哈钦森癌症研究中心的病毒学家说。", {("弗雷德·哈钦森癌症研究中心", "Organization")},
     {("弗雷德·哈钦森", "Person")}),
]

# from the errors of bench/dev11
_DEV11_NAMES = [
    # two function words are no town (上和); a free market is no Freetown
    ("如何制定出一份经济上和社会上都能接受的计划。", set(), {("上和", "Place")}),
    ("随着自由市场经济成为流行词。", set(), {("自由市", "Place")}),
    # kinds of body, never one's name
    ("才能从公安局获得新的居留证。", set(), {("公安局", "Organization")}),
    ("首次被地方法院判定为高利贷。", set(), {("地方法院", "Organization")}),
    ("北京市公安局说。", {("北京市公安局", "Organization")}, set()),
    # 中欧 before 专家: China and Europe
    ("他在中欧专家网上平台发表文章。", set(), {("中欧", "Place")}),
    # a verb after a name the article also gives without it
    ("母亲伊兰·穆莎维站在台上。家庭主妇穆莎维有悔意。", {("伊兰·穆莎维", "Person")}, {("伊兰·穆莎维站", "Person")}),
    ("前官员马基说。赵立坚邀请马基到华盛顿吃午餐。", {("马基", "Person")}, {("马基到", "Person")}),
    ("何睿智与黄东均指出。黄东说。", {("黄东", "Person")}, {("黄东均", "Person")}),
    # a doctrine named for a person is no mention of the person (guard: the person, named alone)
    ("要把宣传教育与马克思主义教育结合起来。", set(), {("马克思", "Person")}),
    ("要把宣传教育与马克思主义教育结合起来。马克思说。", {("马克思", "Person")}, set()),
]


# from the errors of bench/dev10 that session 36 left
_DEV10_NAMES = [
    # a body, a verb and a body are two (guard: a name the gazetteer knows)
    ("但公民实验室指控苹果公司“收集的关键字列表粗心大意”。",
     {("公民实验室", "Organization"), ("苹果公司", "Organization")},
     {("公民实验室指控苹果公司", "Organization"), ("收集的关键字列表粗心大意", "Organization")}),
    ("中国联合航空公司说。", {("中国联合航空公司", "Organization")}, set()),
    # a subsidiary named by its owner is the owner's mention
    ("该公司由中央人民广播电台子公司共同拥有。", {("中央人民广播电台", "Organization")},
     {("中央人民广播电台子公司", "Organization")}),
    # a country's name and a person's, read as one person (guard: a transliterated name that opens as a
    # country's does)
    ("阿富汗加尼当局多次致电印度官方。", {("阿富汗", "Place"), ("加尼", "Person")}, {("阿富汗加尼", "Person")}),
    ("马里安娜说。", {("马里安娜", "Person")}, {("马里", "Place")}),
    # a district councillor, no district; British India
    ("香港区议员黄国桐于1月被警方拘捕。", {("香港", "Place"), ("黄国桐", "Person")}, {("香港区", "Place")}),
    ("在英属印度形成前，阿富汗曾属于多个帝国。", {("英属印度", "Place")}, {("印度", "Place")}),
    # a body the word tagger reads as a name leaves the title after it to the person named after that
    ("塔利班发言人沙欣表示。", {("塔利班", "Organization"), ("沙欣", "Person")}, set()),
    ("拜登总统明白。", {("拜登", "Person")}, {("明白", "Person")}),
    # a reception is no body
    ("林郑月娥出席国庆酒会时表示。", {("林郑月娥", "Person")}, {("酒会", "Organization")}),
    # a Western name with accents glosses a person's; a title the tokenizer runs into the name
    ("查尔斯大学学者荷贝克（Martin Hříbek）在他的书中这样分析。", {("荷贝克", "Person")}, set()),
    ("而总统府礼宾处处长史克力奈(Miroslav Sklenar)也曾辞去政府职务。", {("史克力奈", "Person")}, set()),
    ("他被称为长新冠(Long Covid)患者。", set(), {("长新冠", "Person")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _BLIND20_NAMES + _DEV11_NAMES + _DEV10_NAMES)
def test_names_and_the_words_around_them(text: str, wanted: set, unwanted: set) -> None:
    found = _found(text)
    assert wanted <= found and not unwanted & found, found


def _entity_of(text: str, surface: str) -> str:
    return next(m.entity.name for m in kg.mentions(text) if m.text == surface)


def test_another_rendering_after_a_western_name_is_the_same_person() -> None:
    text = "副部长谢锋对美国常务副国务卿舍曼（Wendy Sherman，也被译作谢尔曼）表示。之后王毅将会见谢尔曼。"
    assert {m.entity.name for m in kg.mentions(text) if m.kind.value == "Person" and "曼" in m.text} == {"舍曼"}
    assert "也被译作谢尔曼" not in {m.text for m in kg.mentions(text)}


def test_a_bare_head_is_the_article_s_only_body_of_that_head() -> None:
    text = "美国国务院发言人说。但美国国土安全部在与国务院协商后，没有驱逐任何中国记者。"
    assert _entity_of(text, "国务院") == "美国国务院"
    # guards: alone it is the State Council; a party's name is no head of a government
    assert _entity_of("国务院表示，将加强监管。", "国务院") == "国务院"
    assert _entity_of("民主党人说。英国前自由民主党议员贝克说。民主党表示。", "民主党") == "民主党"


def test_a_small_town_named_as_its_university_is_the_university() -> None:
    text = "他毕业于斯坦福大学。在斯坦福求学期间，他遇到了妻子。"
    assert {(m.text, m.kind.value) for m in kg.mentions(text)} == {("斯坦福大学", "Organization"),
                                                                  ("斯坦福", "Organization")}
    # guard: a town whose size the gazetteer does not know stays a town
    assert ("普林斯顿", "Place") in _found("他在普林斯顿大学任教，住在普林斯顿。")


def test_dw_s_note_under_an_opinion_piece_is_no_mention(tmp_path) -> None:
    from kg.text import mention_parts

    a = _dw("文章说。", "德国之声致力于为您提供客观中立的新闻报道。", published=date(2020, 9, 7))
    assert [t for _, t in mention_parts(a) if "德国之声" in t] == []


def _kinds(x: Extractor, *paragraphs: str, published: date) -> list[tuple[EventKind, date, tuple]]:
    return [(e.kind, e.when.start, e.attendees) for e in events(x, _dw(*paragraphs, published=published))]


def test_the_city_a_text_calls_the_city_and_where_a_happening_took_place(x: Extractor) -> None:
    found = events(x, _dw("纽约市的亚裔选民尽力应对暴力（该市周日又发生了三起袭击亚裔事件）。",
                          published=date(2021, 3, 24)))
    assert [e.about for e in found] == [("geonames:5128581",)]
    found = events(x, _dw("在纽约以及整个美国，包括上周亚特兰大地区发生的造成八人死亡的致命枪击事件。",
                          published=date(2021, 3, 24)))
    assert [e.location for e in found] == ["geonames:4180439"]  # Atlanta, not New York


def test_a_trigger_that_qualifies_a_noun_does_not_lead(x: Extractor) -> None:
    found = _kinds(x, "今年1月，台积电的高管与特朗普提名的商务部长霍华德·卢特尼克举行了会谈。",
                   published=date(2025, 2, 14))
    assert [k for k, _, _ in found] == [EventKind.MEETING]
    assert "Person:唐纳德·特朗普" not in found[0][2]  # who nominated him describes him, and met no one


@pytest.mark.parametrize("text", [
    "澳门的法源为《传染病防治法》与2022年第115号行政长官批示。",  # a document's number
    "从上至下为：德国、意大利、荷兰（数据来源：欧盟统计局数据库2020年）。",  # a chart's source
    "从1993年起，捷克的领导人每每表态之后，就会导致关系进入冷淡期。",  # what happens again and again
    "所以他们希望能在下周二 (9月8日) 核酸检测证明到期前，再次会见杨恒均。",  # a hope, over the comma
])
def test_what_did_not_happen_once_is_no_event(x: Extractor, text: str) -> None:
    assert _kinds(x, text, published=date(2020, 9, 7)) == []


def test_a_website_visited_is_no_visit(x: Extractor) -> None:
    found = _kinds(x, "去年，许阳使用软件访问被审查的网站。", published=date(2021, 7, 8))
    assert EventKind.VISIT not in {k for k, _, _ in found}


@pytest.mark.parametrize(("text", "kind"), [
    ("2018年3月，中华人民共和国宪法修正加入了“新时代思想”。", EventKind.LEGISLATION),
    ("2021年，美国总统拜登签署了《新冠仇恨犯罪法》，使上报仇恨犯罪变得更加容易。", EventKind.LEGISLATION),
    ("2021年，中国正式加入了世界贸易组织。", EventKind.ACCESSION),  # guard
])
def test_a_constitution_amended_and_a_law_signed_are_legislation(x: Extractor, text: str, kind: EventKind) -> None:
    assert [k for k, _, _ in _kinds(x, text, published=date(2021, 7, 8))] == [kind]


def test_a_date_after_a_linking_word_dates_the_clause_after_it(x: Extractor) -> None:
    found = _kinds(x, "所以今年2月18日，华盛顿将中国5家官媒指定为外交实体，要求它们交出雇员和资产清单。",
                   published=date(2020, 9, 7))
    assert [(k, d) for k, d, _ in found] == [(EventKind.OCCURRENCE, date(2020, 2, 18))]


def test_a_note_on_the_series_is_not_read(x: Extractor) -> None:
    from kg.text import article_parts

    a = _dw("他说。", "（明天请继续关注《纽约时报》系列报道《当“战狼”主导中国的外交声音》）",
            published=date(2021, 7, 7))
    assert [t for _, t in article_parts(a) if "继续关注" in t] == []


def test_a_former_holder_s_body_is_named_without_the_former() -> None:
    (m,) = [m for m in kg.mentions("美国前众议院议长金里奇曾在1997年率团访问台湾。") if m.kind.value == "Organization"]
    assert (m.text, m.entity.name) == ("美国前众议院", "美国众议院")


def test_dates_that_recur_and_a_day_s_own_weekday() -> None:
    from kg.events.dates import find_dates

    def found(text: str) -> list[tuple[str, date]]:
        return [(d.text, d.when.start) for d in find_dates(text, date(2021, 7, 8)) if d.when is not None]

    assert found("每年7月28日是世界肝炎日。") == []
    assert found("俄罗斯通往德国的北溪2号油气管道本已接近完工。") == []  # a name's number (guard: 在2号)
    assert found("他在2号抵达北京。") == [("2号", date(2021, 7, 2))]
    assert found("2020年11月30日，周一上午，莫里森结束了隔离。") == [("2020年11月30日，周一", date(2020, 11, 30))]
    # guard: a weekday that is not that day's is read on its own
    assert ("周三", date(2021, 7, 7)) in found("2020年11月30日，周三，莫里森说。")


def test_an_anniversary_s_year_sets_no_year_for_a_month_after_it() -> None:
    from kg.events.dates import find_dates

    text = "2015年9月，泽曼参加了纪念抗战胜利70周年阅兵式，随后，两国在11月签署了备忘录。"
    assert {d.text: d.when.start for d in find_dates(text, date(2020, 9, 10))}["11月"] == date(2015, 11, 1)


def test_bulleted_items_without_a_class_that_hold_sentences_are_read(tmp_path) -> None:
    html = ("<p>缅甸的抗争仍在继续。</p><ul><li role=\"listitem\">维多利亚·希尔（Victoria Gill）</li>"
            "<li role=\"listitem\">2021年政变后，漂泽亚桑于今年1月被判死刑，他的未婚妻搬离仰光。</li></ul>")
    f = tmp_path / "bbc_1.txt"
    f.write_text("<!--1658800000000-->\n[缅甸](https://www.bbc.com/zhongwen/simp/world-1)\n------\n" + html,
                 encoding="utf-8")
    texts = [p.text for p in next(kg.read([f])).paragraphs]
    assert any("漂泽亚桑" in t for t in texts) and not any("维多利亚·希尔" in t for t in texts), texts


def test_a_span_from_one_month_to_another_dates_nothing(x: Extractor) -> None:
    """同意…削减…，从8月持续至3月: how long the cut lasts, not when they agreed (guard: the day given)."""
    assert _kinds(x, "欧盟国家同意自愿削减15%的天然气使用，从8月持续至3月。", published=date(2022, 7, 27)) == []
    assert [(k, d) for k, d, _ in _kinds(x, "欧盟国家周二同意自愿削减15%的天然气使用，从8月持续至3月。",
                                          published=date(2022, 7, 27))] == [(EventKind.AGREEMENT, date(2022, 7, 26))]


def test_a_call_told_before_does_not_lead_a_saying_about_it(x: Extractor) -> None:
    found = _kinds(x, "拜登与习近平周四通电话。",
                   "中国外交部发言人赵立坚星期三（27日）则说，对于此次通话，他“没有可以提供的消息”。",
                   published=date(2022, 7, 29))
    assert [(k, d) for k, d, _ in found] == [(EventKind.PHONE_CALL, date(2022, 7, 28)),
                                            (EventKind.STATEMENT, date(2022, 7, 27))]


@pytest.mark.parametrize(("text", "kinds"), [
    ("中国新疆在2017年至2019年期间的出生率是近期历史上任何地区已知最大幅度的下降。", []),  # 史|上任|何
    ("中国海关总署报告称，对美国和欧盟的出口在今年头八个月里快速增长。", []),  # a figure, one word
    ("巴西从本月起逐步提高从所有国家进口的电动汽车关税。", [EventKind.OCCURRENCE]),  # guard: a measure
])
def test_words_inside_words_and_figures(x: Extractor, text: str, kinds: list) -> None:
    assert [k for k, _, _ in _kinds(x, text, published=date(2022, 9, 10))] == kinds


def test_who_opens_the_clause_after_a_meeting_s_setting_met(x: Extractor) -> None:
    found = _kinds(x, "在9月1日与来访的中国外长王毅会面时，马斯表示，德国希望与中国保持良好关系。",
                   published=date(2020, 9, 3))
    assert found[0][0] == EventKind.MEETING and set(found[0][2]) == {"Person:马斯", "Person:王毅"}


def test_a_clause_of_circumstance_lends_no_participant(x: Extractor) -> None:
    found = _kinds(x, "在德国政府的介入下，中国周一宣布释放这名德国公民。", published=date(2020, 9, 3))
    assert found and not any("Organization:德国政府" in a for _, _, a in found), found


def test_a_country_s_consulate_by_its_short_names_is_one() -> None:
    text = "菲律宾驻澳门总领事馆并没有站在国民一方。菲律宾领馆呼吁国民配合。菲律宾驻澳领馆表示。菲律宾总领事馆说。"
    assert {m.entity.name for m in kg.mentions(text) if m.kind.value == "Organization"} == {"菲律宾驻澳门总领事馆"}
    # guard: two consulates of one country, in two cities, leave the bare short name alone
    text = "中国驻纽约总领事馆说。中国驻旧金山总领事馆说。中国领馆表示。"
    assert len({m.entity.name for m in kg.mentions(text) if m.kind.value == "Organization"}) == 3


def test_a_bare_name_is_the_place_the_article_writes_with_its_suffix() -> None:
    text = "福建省霞浦县的滩涂吸引了摄影师。一些摄影师对蜂拥到霞浦拍照提出疑问。"
    assert {m.entity.name for m in kg.mentions(text) if m.text.startswith("霞浦")} == {"霞浦县"}
    # guard: a capital beside a state of its name
    assert _entity_of("他去过华盛顿州。华盛顿的官员说。", "华盛顿") == "华盛顿特区"


def test_a_name_written_with_an_initial_keeps_that_form_as_an_alias(x: Extractor) -> None:
    found = x.extract([("p1", "手里拿着一束花的S·W·唐说。亚洲事务高级主任杰弗里·A·贝德说。")])
    assert {e.name: e.aliases for e in found.entities if e.kind.value == "Person"} == {
        "S·唐": ("S·W·唐",), "杰弗里·贝德": ("杰弗里·A·贝德",)}


def test_a_plan_made_before_with_yuanben_looks_back(x: Extractor) -> None:
    """原本定于 is 原定于: a plan made before (test_events.test_a_plan_made_before_looks_back)."""
    found = _kinds(x, "佩洛西原本定于4月访问台湾，但她因为新冠病毒检测呈阳性而暂停了访问。",
                   published=date(2022, 7, 27))
    assert [(k, d) for k, d, _ in found] == [(EventKind.VISIT, date(2022, 4, 1))]

