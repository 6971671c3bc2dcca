"""Rules of session 35, from bench/blind18's misses once it was read and from the errors helpers found
in thirty fresh items (bench/dev6, no gold): each with a guard beside it, what the rule must leave
alone. The sentences are the kinds of text the errors came from, most of them written anew."""

from __future__ import annotations

from datetime import date

import pytest

from kg.entities.extract import Extractor
from kg.events.dates import find_dates
from kg.model import EventKind
from kg.pipeline import extractor_for
from tests.test_blind16_rules import _dw, _found  # a DW article of these paragraphs; a text's (name, kind)s
from tests.test_events import article, events


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


# (text, the (name, kind)s found, the (name, kind)s not found): from bench/blind18
_BLIND18_NAMES = [
    # a name after a word for a town is the town's (guard: a common word there is none)
    ("他1934年出生于阿姆斯特丹以北的乡野小镇查尔丹。", {("查尔丹", "Place")}, {("查尔丹", "Person")}),
    ("该公司的地址位于海南东部城市万宁一家宾馆里。", {("万宁", "Place")}, set()),
    ("显示沿海一些城市抢盐的情况。", set(), {("抢盐", "Place")}),
    # the name the text says a town is called
    ("37岁的她来自美国南方一个名叫皮卡尤恩（Picayune）的小镇。", {("皮卡尤恩", "Place")},
     {("皮卡尤恩", "Person")}),
    # a foreign state, then a name no list holds (guards: words of the dictionary, an era, a Chinese province)
    ("在怀俄明州夏延，比特币矿与数据中心为邻。", {("夏延", "Place")}, set()),
    ("梅根在加州长大，积极参与慈善。", {("加州", "Place")}, {("长大", "Place")}),
    ("在美国麦卡锡时代的反共背景下她到伦敦避难。", set(), {("麦卡锡", "Place")}),
    ("苏格兰威士忌和奶油蛋糕。", {("苏格兰", "Place")}, {("威士忌", "Place")}),
    # an empire named by a country is a place of its own
    ("她先从古非洲马里帝国的国王的故事讲起。", {("马里帝国", "Place")}, {("马里", "Place")}),
    # a city, then a street in it: two places (guard: a street named after a city stays whole)
    ("它们都使用纽约市公园大道上的同一处办公地点。", {("纽约市", "Place"), ("公园大道", "Place")},
     {("纽约市公园大道", "Place")}),
    ("他住在广州北京路附近。", {("广州", "Place"), ("北京路", "Place")}, {("北京", "Place")}),
    # a Western name in the bracket: a middle initial, the translator's 音, the second of two people
    ("南加州大学国际关系教授片田纱织（Saori N. Katada，音）说。", {("片田纱织", "Person")}, set()),
    ("高万桑和宗树人(David A. Palmer)撰写了一部书。", {("宗树人", "Person"), ("高万桑", "Person")}, set()),
    ("他与傅飞岚(Franciscus Verellen)共同编辑了三卷巨著。", {("傅飞岚", "Person")}, {("傅飞岚", "Organization")}),
    # a foreign name the tagger read as a body's, where the words around it say a person (guard: a brand)
    ("美国黑人女教师的故事：佛洛伊德之死改变了我的学生们", {("佛洛伊德", "Person")}, {("佛洛伊德", "Organization")}),
    ("客户都是戴尔(Dell)、摩托罗拉(Motorola)、任天堂(Nintendo)之类的公司。", {("摩托罗拉", "Organization")},
     {("摩托罗拉", "Person")}),
    # ordinary words
    ("鉴于日本首相换人犹如旋转门，他的任期了不起。", {("日本", "Place")}, {("换人", "Person")}),
    ("中国矿主的身份往往隐藏在一堆空壳公司之中。", set(), {("空壳公司", "Organization")}),
    # more names for places and bodies the gazetteer knows
    ("总部位於华府的人权组织表示。", {("华府", "Place")}, set()),
    ("德国美因河畔法兰克福的一位女医生遇害。", {("美因河畔法兰克福", "Place")}, {("美因河", "Place")}),
    ("微软团队提交给外国在美投资委员会的一份报告中写道。", {("外国在美投资委员会", "Organization")},
     {("美投资委员会", "Organization")}),
]


def test_the_capital_s_other_names_link_to_it(x: Extractor) -> None:
    assert x.gaz.named("华府").name == "华盛顿特区"
    assert x.gaz.named("美因河畔法兰克福").name == "法兰克福"


def test_an_anniversary_of_diplomatic_relations_dates_their_establishment(x: Extractor) -> None:
    found = events(x, _dw("今年是中法建交60周年。", published=date(2024, 5, 4)))
    assert [(e.kind, e.when.start.year) for e in found] == [(EventKind.AGREEMENT, 1964)], found


def test_that_day_and_that_month_read_the_month_of_the_paragraph_before(x: Extractor) -> None:
    found = events(x, _dw("2018年7月董瑶琼在上海直播，向一幅画像泼墨。", "当天董瑶琼便被上海警方抓捕。",
                          "同月她被送回湖南的老家。", published=date(2020, 12, 4)))
    kinds = {e.kind: e.when for e in found}
    assert kinds[EventKind.ARREST].start == date(2018, 7, 1) and kinds[EventKind.ARREST].precision == "month"
    assert kinds[EventKind.TRANSPORT].start == date(2018, 7, 1), found
    # guard: 次日 after a month names no day
    assert [d.text for d in find_dates("2018年7月他抵达。次日他离开。", date(2020, 1, 1)) if d.when] == ["2018年7月"]


def test_not_until_a_date_dates_what_happened_then(x: Extractor) -> None:
    """一直到今年8月才再有机会探望她: the visit in August; 直到…为止 still says how things stood."""
    found = events(x, _dw("董建彪说，他一直到今年8月才再有机会去董瑶琼母亲的住处探望她。", published=date(2020, 12, 4)))
    assert any(e.kind is EventKind.VISIT and e.when.start == date(2020, 8, 1) for e in found), found


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("董瑶琼於12月1日打给她父亲。", EventKind.PHONE_CALL, date(2020, 12, 1)),
    ("美国国务院今年9月披露了更多细节。", EventKind.STATEMENT, date(2020, 9, 1)),
    ("董瑶琼於今年7月出院。", EventKind.ILLNESS, date(2020, 7, 1)),
    ("5月底佛洛伊德遭美国警察暴力执法窒息而死。", EventKind.DEATH, date(2020, 5, 21)),
    ("美国政府官员上周告诉《纽约时报》，他们一直在追踪。", EventKind.STATEMENT, date(2020, 11, 23)),
])
def test_more_words_of_happenings(x: Extractor, text: str, kind: EventKind, day: date) -> None:
    found = events(x, _dw(text, published=date(2020, 12, 4)))
    assert any(e.kind is kind and e.when.start == day for e in found), found


def test_what_must_be_held_in_a_month_is_to_come(x: Extractor) -> None:
    found = events(x, _dw("他将领导该党参加必须在11月举行的大选。", published=date(2021, 9, 29)))
    assert any(e.kind is EventKind.ELECTION and e.when.start == date(2021, 11, 1) for e in found), found


def test_a_bbc_picture_credit_is_no_text_and_its_caption_span_is_a_caption(tmp_path) -> None:
    """BBC's newer pages (bench/dev6): <p role="text"><span>图像来源，</span>… beside the picture is its
    credit, and <span data-testid="caption-paragraph"> its caption."""
    from tests.conftest import read

    path = tmp_path / "bbc.txt"
    picture = ('<div><div><img src="https://ichef.bbci.co.uk/ace/ws/640/{0}.jpg" width="976" height="549"/>'
               '<p role="text"><span>图像来源，</span><span>Reuters</span></p></div>'
               '<span data-testid="caption-paragraph">{1}</span></div>')
    path.write_text(
        "<!--1720782781000-->\n[英美同盟阴影下的中英关系](https://www.bbc.com/zhongwen/simp/world-69188524)\n------\n\n"
        '<main role="main"><div><time dateTime="2024-07-12">2024年7月12日</time></div>'
        + picture.format("a", "中英关系在过去14年跌宕起伏。")
        + "<div><p>英国大选工党大胜。</p></div>"
        + picture.format("b", "2015年，卡梅伦和习近平在酒吧品尝炸鱼和薯条。")
        + "<div><p>工党承诺审查对华关系。</p></div></main>", "utf-8")
    article = read(path)
    assert [p.text for p in article.paragraphs] == ["英国大选工党大胜。", "工党承诺审查对华关系。"]
    assert article.image is not None and article.image.caption == "中英关系在过去14年跌宕起伏。"
    assert article.captions == ("2015年，卡梅伦和习近平在酒吧品尝炸鱼和薯条。",)


# …and from bench/dev6 and bench/dev7
_DEV6_NAMES = [
    # a dotted name and a word glued to it (guard: an initial, a title before the name)
    ("利奥·坎恩是波士顿富商、大卖场零售的先驱。", {("利奥·坎恩", "Person"), ("波士顿", "Place")},
     {("利奥·坎恩是波士顿", "Person")}),
    ("当阿谢特·查德看到这张照片时，她开始发抖。", {("阿谢特·查德", "Person")}, {("当阿谢特·查德", "Person")}),
    ("该报前出版人戈登·克罗维茨说。", {("戈登·克罗维茨", "Person")}, {("人戈登·克罗维茨", "Person")}),
    ("现任总统约瑟夫·R·拜登说。", {("约瑟夫·R·拜登", "Person")}, set()),
    # a weekday and the next word's first character are no name
    ("俄罗斯中央银行行长周一警告表示。", {("俄罗斯中央银行", "Organization")}, {("周一警", "Person")}),
    # a body the text describes (人权组织阿戈拉的负责人), though the tagger read a person
    ("人权组织阿戈拉的负责人帕维尔·奇科夫曾是律师。", {("阿戈拉", "Organization")}, {("阿戈拉", "Person")}),
    # a town after 小镇 that the tokenizer cut apart
    ("在基辅附近的另一个小镇马卡里夫，当局表示。", {("马卡里夫", "Place")}, {("马卡里夫", "Person")}),
    # an armed force named by its country is the country (guards: another word, a body)
    ("在被俄军占领的数周里，十几名患者丧生。", {("俄", "Place")}, {("俄军", "Organization")}),
    ("美军方表示不予置评。", set(), {("美", "Place")}),
    # words of the news that are no names
    ("英国政坛变天后 英美同盟阴影下的中英关系", set(), {("英美", "Person")}),
    ("中国、俄罗斯、伊朗领导人齐聚一堂。", {("伊朗", "Place")}, {("齐聚", "Person")}),
    ("克林姆林宫为什么不干脆禁止Telegram呢？", {("克林姆林宫", "Organization")}, {("克林姆林宫", "Place")}),
    # ships named for people, hyphened or with 上 after them, name no one (guard: the officers on board)
    ("背景是美国海军罗纳德-里根号航空母舰。", {("美国", "Place")}, {("罗纳德", "Person")}),
    ("在航母JS加贺号上，美国中将施耐德和山崎幸二相互问候。", {("施耐德", "Person")}, {("加贺号上", "Person")}),
    # two countries' short forms and a people are no persons
    ("抗中升级? 日菲首次联合空军演习", set(), {("日菲", "Person")}),
    ("因纽特族和梅蒂斯族的儿童只占7.7%。", set(), {("梅蒂斯", "Person")}),
    # a city's name that the bracket glosses as a person's, after a title (guard: no title)
    ("退役上将蒙哥马利(Mark Montgomery)则说。", {("蒙哥马利", "Person")}, {("蒙哥马利", "Place")}),
    ("记者前往圣地亚哥(San Diego)采访。", {("圣地亚哥", "Place")}, {("圣地亚哥", "Person")}),
    # a country and a kind of body name bodies of a kind, not one (guard: a hospital's own name)
    ("法国医院再次处于崩溃边缘。", {("法国", "Place")}, {("法国医院", "Organization")}),
    ("习近平让中国乐团演奏了宝莱坞音乐。", {("中国", "Place")}, {("中国乐团", "Organization")}),
    ("北京协和医院的医生说。", {("北京协和医院", "Organization")}, set()),
    # 连 before a dotted name, and a phrase of time, are no part of a name
    ("连史蒂芬妮·格里沙姆在白宫最亲密的盟友也不知道。", {("史蒂芬妮·格里沙姆", "Person")},
     {("连史蒂芬妮·格里沙姆", "Person")}),
    ("总统迟早会要求我告诉公众。", set(), {("迟早会", "Person")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _BLIND18_NAMES + _DEV6_NAMES)
def test_names_and_the_words_around_them(text: str, wanted: set, unwanted: set) -> None:
    found = _found(text)
    assert wanted <= found and not unwanted & found, found


def test_another_rendering_after_a_western_name_is_the_same_person(x: Extractor) -> None:
    found = x.extract([("p1", "英国大选后，基尔·斯塔默（Keir Starmer，施纪贤）随即上任。"),
                       ("p2", "施纪贤表示将审查对华关系。")])
    persons = [e for e in found.entities if e.kind.value == "Person"]
    assert len(persons) == 1 and "施纪贤" in persons[0].aliases, persons
    # the gazetteer's other spellings of known persons
    assert (x.gaz.named("贺锦丽").name, x.gaz.named("欧巴马").name) == ("卡玛拉·哈里斯", "巴拉克·奥巴马")


def test_an_attack_a_person_suffered_and_a_death_that_was_nearly(x: Extractor) -> None:
    found = events(x, _dw("特朗普周六在集会上遇刺。", "1981年，时任总统里根肺部中弹，但存活下来。",
                          published=date(2024, 7, 14)))
    attacks = {e.when.start.year for e in found if e.kind is EventKind.ATTACK}
    assert attacks == {2024, 1981}, found
    found = events(x, _dw("2015年，卡拉-穆尔扎因肾衰竭险些死亡。", published=date(2020, 7, 14)))
    assert [e.kind for e in found] == [EventKind.INJURY], found


def test_an_anniversary_counts_from_the_year_its_clause_names(x: Extractor) -> None:
    found = events(x, _dw("习近平早在2016年庆祝中共成立95周年的讲话中表示，统一是历史使命。",
                          published=date(2021, 7, 2)))
    assert any(e.kind is EventKind.FOUNDING and e.when.start.year == 1921 for e in found), found


@pytest.mark.parametrize(("text", "kind"), [
    ("3月初，俄罗斯当局屏蔽了热门新闻网站Meduza。", EventKind.POLICY_MEASURE),
    ("6月，中国的安全部门突然将一名美国记者周看捕获。", EventKind.ARREST),
    ("2000年2月，俄罗斯士兵开枪打死了村民王明。", EventKind.ATTACK),
])
def test_more_words_of_deeds(x: Extractor, text: str, kind: EventKind) -> None:
    assert kind in {e.kind for e in events(x, _dw(text, published=date(2022, 4, 20)))}


def test_lifting_a_ban_is_a_measure_and_ending_a_relationship_is_not(x: Extractor) -> None:
    found = events(x, _dw("到2020年，俄罗斯政府解除了禁令。", published=date(2022, 4, 20)))
    assert EventKind.POLICY_MEASURE in {e.kind for e in found}, found
    found = events(x, _dw("1930年，她与《法兰克福日报》解除关系。", published=date(2020, 4, 20)))
    assert EventKind.POLICY_MEASURE not in {e.kind for e in found}, found


def test_a_clause_that_names_a_place_abroad_is_not_placed_at_home(x: Extractor) -> None:
    """In a story set in China, 2008年，周看回到纽约担任编辑 happened in the US."""
    home = "北京的官员说，中国的经济放缓。上海和广州的工厂停工，中国的出口下降。"
    found = events(x, _dw(home, "2008年，张明回到纽约担任编辑。", published=date(2022, 4, 20)))
    moved = [e for e in found if e.when.start.year == 2008]
    assert moved and all(e.location != "wikidata:Q148" for e in moved), moved


def test_will_and_counting_down_look_ahead(x: Extractor) -> None:
    """特朗普会在周四发表演说, written on a Sunday: next Thursday (bench/dev6); 国会在周二通过 is past."""
    found = events(x, _dw("特朗普会在周四发表演说。", published=date(2024, 7, 14)))
    assert any(e.kind is EventKind.STATEMENT and e.when.start == date(2024, 7, 18) for e in found), found
    found = events(x, _dw("国会在周二通过了法案。", published=date(2024, 7, 14)))
    assert [e.when.start for e in found] == [date(2024, 7, 9)], found
    found = events(x, _dw("距离11月的美国总统大选只剩下四个多月。", published=date(2024, 7, 12)))
    assert [e.when.start for e in found] == [date(2024, 11, 1)], found


def test_a_date_in_a_clause_of_its_own_dates_the_next(x: Extractor) -> None:
    found = events(x, _dw("1993年公司正式开始运营，1999年，海航在上交所上市。", published=date(2021, 1, 30)))
    assert any(e.kind is EventKind.RELEASE and e.when.start.year == 1999 for e in found), found


def test_happenings_of_no_kind_in_two_articles_are_two_events(x: Extractor) -> None:
    """The verb is part of an occurrence's identity: two articles' dated clauses about China in one week
    are not one event (bench/dev7)."""
    a = events(x, article("本周，数百万中国人返乡过年。", published=date(2023, 1, 18), url="https://www.bbc.com/zhongwen/a"))
    b = events(x, article("本周，中国人担忧经济前景。", published=date(2023, 1, 18), url="https://www.bbc.com/zhongwen/b"))
    assert a and b and {e.key for e in a}.isdisjoint({e.key for e in b}), (a, b)


@pytest.mark.parametrize(("text", "kind"), [
    ("王明于1963年生于曼哈顿。", EventKind.BIRTH),
    ("2019年，王明被宣布无罪。", EventKind.ACQUITTAL),
    ("周三，欧盟领导人举行了危机会议。", EventKind.MEETING),
])
def test_more_words_of_dev7(x: Extractor, text: str, kind: EventKind) -> None:
    assert kind in {e.kind for e in events(x, _dw(text, published=date(2021, 9, 29)))}


@pytest.mark.parametrize("text", [
    # the review of session 35's organizations batch: names inside words, people's names, other bodies
    "学校为学生提供作业帮助。",
    "他骑着小摩托车上班。",
    "美国国务卿布林肯计划下周访问北京。",
    "歌手苏宁在演唱会上表示。",
    "凯特王妃在伦敦圣玛丽医院产下一名男婴。",
    "据意大利新闻报道，罗马发生大规模抗议。",
    "超过一万名澳大利亚人报名参加马拉松。",
    "道琼斯指数周一收跌1.2%。",
    "他们高喊“黑人的命也是命”的口号。",
])
def test_the_fourth_organizations_batch_reads_no_body_into_these(text: str) -> None:
    found = _found(text)
    assert not {n for n, kind in found if kind == "Organization"}, found


def test_the_fourth_organizations_batch_knows_its_bodies() -> None:
    found = _found("美国媒体TMZ取得的录像显示，他创办了史泰博(Staples)，道琼斯旗下的报纸报道，当地媒体KDKA说。")
    assert {("TMZ", "Organization"), ("史泰博", "Organization"), ("道琼斯", "Organization"),
            ("KDKA", "Organization")} <= found, found
    assert ("澳大利亚人报", "Organization") in _found("《澳大利亚人报》周二报道。")


def test_a_date_after_a_connector_in_a_clause_of_its_own_dates_the_next(x: Extractor) -> None:
    """但7月7日，联合国通过决议…: 但 before the date leaves it the clause's opening."""
    found = events(x, _dw("但周二，联合国通过决议，要求双方停火。", published=date(2024, 7, 12)))
    assert any(e.kind is EventKind.LEGISLATION and e.when.start == date(2024, 7, 9) for e in found), found
