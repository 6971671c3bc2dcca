"""Events: found in real sentences of the samples, merged within an article, one node across
articles, dated as precisely as the text allows, never guessed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from rdflib import Literal

from kg.cli import main
from kg.entities.extract import Extractor
from kg.entities.fold import fold
from kg.iris import Minter
from kg.mapping.article import map_article
from kg.model import Article, Event, EventKind, Layout, Paragraph
from kg.namespaces import KG, SDO, XSD
from kg.pipeline import extract, extractor_for
from tests.conftest import DATA

CST = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


def article(*paragraphs: str, published: date | None = date(2022, 9, 20), headline: str = "新闻",
            url: str | None = None) -> Article:
    when = datetime(published.year, published.month, published.day, 10, 0, tzinfo=CST) if published else None
    # the URL carries the publication day, as cn.nytimes.com's do (a page re-published later would not)
    url = url or f"https://cn.nytimes.com/world/{(published or date(2022, 9, 20)):%Y%m%d}/test/"
    return Article(url=url, headline=headline, language="zh-Hans", layout=Layout.SEED, source="test",
                   sha256="0" * 64, published=when, paragraphs=tuple(Paragraph(p) for p in paragraphs))


def events(x: Extractor, a: Article) -> list[Event]:
    return list(extract(a, x).events)


def test_a_call_with_its_weekday(x: Extractor) -> None:
    (call,) = events(x, article("周三，中国国家主席习近平在电话中提出与俄罗斯总统普京深化合作。",
                                published=date(2022, 6, 16)))
    assert call.kind == "PhoneCall" and call.name == "习近平与普京通电话"
    assert (call.when.start, call.when.end, call.when.precision) == (date(2022, 6, 15), date(2022, 6, 15), "day")
    assert len(call.attendees) == 2 and not call.location


def test_reports_of_one_meeting_merge_within_an_article(x: Extractor) -> None:
    evs = events(x, article(
        "俄罗斯联邦安全会议秘书尼古拉·帕特鲁舍夫和中国最高外交官杨洁篪在中国东南部的福建省举行了会议。",
        "周一的高层官员会晤后，双方都没有提及任何此类分歧。",
        "帕特鲁舍夫还会见了中国高级安全官员王小洪。"))
    assert len(evs) == 2  # Patrushev–Yang (dated by 周一's report), Patrushev–Wang: not one
    fujian, wang = evs
    assert fujian.name == "尼古拉·帕特鲁舍夫与杨洁篪会晤" and fujian.when.start == date(2022, 9, 19)
    assert fujian.location.endswith("福建省")
    assert wang.when.start == date(2022, 9, 19)  # the article's news day: the nearest day named before


def test_one_meeting_in_two_articles_is_one_node(x: Extractor) -> None:
    a = article("上周，俄罗斯总统普京和中国领导人习近平在乌兹别克斯坦举行会晤。", published=date(2022, 9, 20))
    b = article("周四，俄罗斯总统普京在乌兹别克斯坦会见了中国国家主席习近平。", published=date(2022, 9, 16),
                url="https://cn.nytimes.com/world/20220916/other/")
    (ea,), (eb,) = events(x, a), events(x, b)
    assert ea.when != eb.when  # a week in one, a day in the other
    assert ea.key == eb.key
    mint = Minter()
    assert mint.event(ea.key, ea.kind) == mint.event(eb.key, eb.kind)
    c = article("周四，俄罗斯总统普京在莫斯科会见了中国国家主席习近平。", published=date(2022, 9, 16))
    assert events(x, c)[0].key != ea.key  # another place: another meeting


def test_attack_takes_its_date_from_when(x: Extractor) -> None:
    (attack,) = events(x, article("这是两位领导人自2月下旬以来的首次通话，当时俄罗斯对乌克兰发起全面攻击。",
                                  published=date(2022, 6, 16)))
    assert attack.kind == "Attack" and attack.name == "俄罗斯对乌克兰发起攻击"
    assert (attack.when.start, attack.when.end) == (date(2022, 2, 21), date(2022, 2, 28))


def test_a_summit_needs_a_name_and_a_quote_is_no_report(x: Extractor) -> None:
    (summit,) = events(x, article("将于本月底举行的北约峰会准备批准一项新的“战略概念”。", published=date(2022, 6, 16)))
    assert summit.name == "北约峰会" and summit.when.end == date(2022, 6, 30)
    assert events(x, article("他说，这次大会很重要。周三，他没有说“入侵”。")) == []


def test_no_event_no_date_no_guess(x: Extractor) -> None:
    assert events(x, article("今天天气很好，我们去公园散步吧。")) == []
    assert events(x, article("俄罗斯总统普京会见了中国国家主席习近平。")) == []  # no date at all: dropped
    # a vague word (数天前, 近日, 当时 with nothing before it) gives no time the event can be placed in:
    # none is guessed, and without a time there is no event
    assert events(x, article("数天前，俄罗斯总统普京在乌兹别克斯坦会见了中国国家主席习近平。")) == []
    assert events(x, article("当时，俄罗斯总统普京在乌兹别克斯坦会见了中国国家主席习近平。")) == []
    # a date kg cannot resolve, though the article has its publication date, dates nothing: 六周之前
    # counts from the death itself (before, the death was an event with no date)
    jobs = events(x, article("去年8月，乔布斯先生去世六周之前，他接替乔布斯先生当上了苹果的首席执行官。",
                             published=date(2012, 1, 22)))
    assert all(e.when is not None for e in jobs) and "Death" not in {e.kind for e in jobs}


def test_no_publication_date_says_so_once(x: Extractor) -> None:
    a = article("周三，中国国家主席习近平与俄罗斯总统普京通电话。", "周四，俄罗斯总统普京会见了杨洁篪。",
                published=None)
    ex = extract(a, x)
    # Nothing to resolve 周三 against: the dates stay words, none is guessed.
    assert [(e.when, e.date_text) for e in ex.events] == [(None, "周三"), (None, "周四")]
    assert len(ex.warnings) == 1 and "no publication date" in ex.warnings[0]
    mapped = map_article(a, Minter(), ex)
    assert sum("no publication date" in w for w in mapped.warnings) == 1


def test_events_in_the_graph(x: Extractor) -> None:
    a = article("上周，俄罗斯总统普京和中国领导人习近平在乌兹别克斯坦举行会晤。",
                "将于本月底举行的北约峰会准备批准一项新的“战略概念”。", "数天前，拉夫罗夫在纽约会见了王毅。",
                "2022年7月，中俄签署了一项协议。", headline="普京与习近平会晤")
    a = replace(a, published=datetime(2022, 6, 20, 10, tzinfo=CST))
    ex = extract(a, x)
    g = map_article(a, Minter(), ex).whole()
    art = Minter().article(a.url)
    main = g.value(art, SDO.about)
    assert (main, None, KG.Meeting) in g or (main, None, None) in g
    assert g.value(main, SDO.startDate).datatype == XSD.date and g.value(main, SDO.endDate) is not None
    assert len(list(g.objects(art, SDO.mentions))) > len(ex.mentioned())  # the other events too
    assert not list(g.objects(None, KG.dateText))  # 数天前 dates nothing: 拉夫罗夫在纽约会见了王毅 is no event
    assert not any("拉夫罗夫" in e.name for e in ex.events)
    for ev in g.subjects(None, SDO.Event):
        assert g.value(ev, SDO.name) is not None
        for place in g.objects(ev, SDO.location):
            assert (place, None, SDO.Place) in g


def test_evaluate_scores_events_on_the_seeds() -> None:
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(DATA / "seeds.gold.json"), "seeds", "--json"])
    assert result.exit_code == 0, result.output
    events_score = json.loads(result.output)["types"]["Event"]
    assert events_score["tp"] == 9 and events_score["recall"] == 1.0 and events_score["precision"] == 1.0


def test_what_did_not_or_may_not_happen_is_no_event(x: Extractor) -> None:
    for text in ("中国国家主席习近平与俄罗斯总统普京周四没有会晤。", "他上周没有和习近平通电话。",
                 "俄罗斯否认周二袭击了乌克兰。", "分析人士称，习近平和拜登下周可能会在北京会晤。"):
        assert events(x, article(text)) == [], text


def test_attendees_come_from_the_trigger_clause(x: Extractor) -> None:
    evs = events(x, article("周一，习近平在北京会见了马克龙，马克龙此前曾与普京通电话。"))
    meeting = next(e for e in evs if e.kind == "Meeting")
    assert {k.split(":")[-1] for k in meeting.attendees} == {"习近平", "埃马纽埃尔·马克龙"}


def test_two_calls_weeks_apart_are_two_nodes(x: Extractor) -> None:
    a = article("周一，俄罗斯总统普京与土耳其总统埃尔多安通电话。", published=date(2022, 9, 13))
    b = article("周一，俄罗斯总统普京与土耳其总统埃尔多安通电话。", published=date(2022, 9, 27),
                url="https://cn.nytimes.com/world/20220927/other/")
    (ea,), (eb,) = events(x, a), events(x, b)
    assert ea.key != eb.key
    c = article("上周，普京与埃尔多安通电话。本周，普京与埃尔多安再次通电话。", published=date(2022, 9, 21))
    assert len({e.key for e in events(x, c)}) == 2


def test_a_republished_page_counts_its_days_from_its_urls_date(x: Extractor) -> None:
    """cn.nytimes.com/usa/20220817/… carried pudate 2022-08-24: the text's 上周五 is the 12th, the
    day the URL's date counts from, not the 19th. A day's gap (time zones) changes nothing."""
    from kg.pipeline import written_on

    a = article("拉什迪上周五在纽约州西部的一场文学活动中遇袭。", published=date(2022, 8, 24),
                url="https://cn.nytimes.com/usa/20220817/salman-rushdie-free-speech/")
    assert written_on(a) == date(2022, 8, 17)
    assert [e.when.start for e in events(x, a) if e.when] == [date(2022, 8, 12)]
    for published, url in ((date(2022, 7, 25), "https://www.nytimes.com/zh-hans/2022/07/24/world/x.html"),
                           (date(2022, 7, 25), "https://cn.nytimes.com/world/20220101/x/")):  # too far back
        assert written_on(article("x", published=published, url=url)) == published


def test_a_move_goes_where_the_text_says(x: Extractor) -> None:
    """ACE's Movement.Transport: a person who moved, fled or returned; the place after the trigger
    is where they went, and the label says so."""
    (e,) = events(x, article("1998年，拉什迪搬到了纽约，在那里成了文学界的常客。", published=date(2022, 8, 14)))
    assert e.kind is EventKind.TRANSPORT and e.name == "拉什迪搬到纽约"
    assert (e.when.start, e.when.precision) == (date(1998, 1, 1), "year")
    assert x.gaz.entities[e.location].name_en == "New York City" and e.attendees == ("Person:拉什迪",)


def test_what_a_dated_saying_reports_takes_its_date_not_its_speaker(x: Extractor) -> None:
    """News reports through a source: "韩国军方周四（1月27日）表示，朝鲜…发射了…" is North Korea's launch on
    the 27th (the weekday and its gloss are one date); the army that says so takes no part in it."""
    (launch,) = [e for e in events(x, article(
        "韩国军方周四（1月27日）表示，朝鲜向其东海岸附近海域发射了两枚疑似为弹道导弹的飞行物体。",
        published=date(2022, 1, 27))) if e.kind is EventKind.LAUNCH]
    assert launch.when.start == date(2022, 1, 27) and launch.when.precision == "day"
    named = {x.gaz.entities[k].name if k in x.gaz.entities else k for k in (*launch.attendees, *launch.about)}
    assert "朝鲜" in named and not any("韩国" in n for n in named), named


def test_a_subjectless_report_keeps_its_speaker() -> None:
    """"欧米茄表示，从1932年开始与奥运会合作以来…": the clause names no one, so the speaker is its subject."""
    ex = extract(article("欧米茄表示，从1932年开始与奥运会合作以来，我们明文规定不参与某些政治问题。",
                         published=date(2022, 1, 28)), extractor_for(()))
    (e,) = [e for e in ex.events if e.when and e.when.start.year == 1932]
    assert any("欧米茄" in k for k in e.attendees), e


def test_one_month_s_happenings_that_share_only_a_country_stay_apart(x: Extractor) -> None:
    evs = events(x, article("朝鲜本月曾表示将加强对美国的防御准备。",
                            "本月早些时候，朝鲜已测试了战术导弹飞弹和一个由火车承载的导弹系统。",
                            published=date(2022, 1, 27)))
    assert len([e for e in evs if e.when and e.when.start == date(2022, 1, 1)]) == 2, evs


def test_two_actors_clauses_in_one_sentence_are_two_happenings(x: Extractor) -> None:
    """One date, one sentence, but two clauses with actors of their own: Iran's announcement and the
    move it made possible. A saying and what it reports stay one (test above)."""
    evs = events(x, article("1998年，在伊朗政府宣布不再支持该教令之后，拉什迪搬到了纽约，在那里成了文学界的常客。",
                            published=date(2022, 8, 14)))
    assert sorted(e.kind.value for e in evs) == ["Statement", "Transport"], evs
    assert {e.attendees for e in evs} == {("Organization:伊朗政府",), ("Person:拉什迪",)}


def test_a_named_historical_event_is_dated_by_its_name(x: Extractor) -> None:
    """kg/data/named_events.tsv: 9·11袭击 needs no date; 「九一八事变」93周年 is the incident's
    anniversary, so the 93 years date the incident, not what the sentence reports next."""
    (e,) = events(x, article("即使是引发了恐惧与20年战争的9·11袭击，也没有像新冠病毒这样，一举改变了美国的日常生活。",
                             published=date(2021, 3, 12)))
    assert e.kind is EventKind.ATTACK and e.name == "9·11袭击" and e.when.start == date(2001, 9, 11)
    a = article("即使是引发了恐惧的9·11袭击，也没有像新冠病毒这样。", published=date(2021, 3, 12))
    g = map_article(a, Minter(), extract(a, x)).whole()
    (node,) = g.subjects(SDO.startDate, Literal("2001-09-11", datatype=XSD.date))
    assert {(str(n), n.language) for n in g.objects(node, SDO.name)} == {
        ("9·11袭击", "zh-Hans"), ("September 11 attacks", "en")}
    evs = events(x, article("由於事發當天為「九一八事變」93周年，中國社群媒體上出現大量反日言論。",
                            published=date(2024, 9, 24)))
    assert [(e.name, e.when.start) for e in evs] == [("九一八事变", date(1931, 9, 18))]


def test_a_named_event_takes_what_its_name_names_and_its_date_stays_its_own(x: Extractor) -> None:
    evs = events(x, article("绍伊古访问朝鲜是自1991年苏联解体以来俄罗斯国防部长首次访朝。", published=date(2023, 9, 5)))
    (soviet,) = [e for e in evs if e.kind is EventKind.DISSOLUTION]
    assert soviet.name == "苏联解体" and soviet.about and soviet.when.start.year == 1991
    assert not [e for e in evs if e.kind is EventKind.VISIT and e.when and e.when.start.year == 1991]


def test_the_named_events_table_is_well_formed() -> None:
    from kg.events.named import table

    by_name, _ = table()
    events_ = set(by_name.values())
    assert len(events_) >= 15 and all(e.name_en and e.names[0] == e.name for e in events_)
    assert all(fold(n) == n for n in by_name), "names are stored folded (simplified), as kg matches them"


def test_a_leader_s_administration_takes_part_as_itself(x: Extractor) -> None:
    """拜登政府 is the Biden administration, a party to what it does; the article still mentions Biden."""
    a = article("拜登政府本月宣布对输往中国的先进技术实施更广泛的限制。", published=date(2024, 12, 18))
    ex = extract(a, x)
    (e,) = ex.events
    admin = next(p for p in ex.entities if p.key in e.attendees)
    assert admin.name == "拜登政府" and admin.type == "GovernmentOrganization"
    assert any(m.text == "拜登" for m in ex.mentions)


def test_a_named_event_in_two_articles_is_one_node(x: Extractor) -> None:
    one = events(x, article("二十年前的9·11袭击改变了美国。", published=date(2021, 9, 10)))
    two = events(x, article("九一一事件之后，美国出兵阿富汗。", published=date(2023, 5, 2),
                            url="https://cn.nytimes.com/usa/20230502/other/"))
    assert [e.key for e in one if e.name_en] == [e.key for e in two if e.name_en] != []


def test_a_date_counted_from_the_one_before_dates_what_follows(x: Extractor) -> None:
    """三年后 counts from 2015年; a place after 在 is where it happened, not who did it."""
    evs = events(x, article("2015年，他离开了中国。三年后，他在纽约创办了一家公司。", published=date(2024, 3, 14)))
    founding = next(e for e in evs if e.kind == "Founding")
    assert (founding.when.start, founding.when.precision) == (date(2018, 1, 1), "year")
    assert founding.location == "geonames:5128581" and not founding.about  # New York City
    assert founding.name == "在纽约创办"


def test_the_two_people_last_named_take_part_where_the_text_says_two_of_them(x: Extractor) -> None:
    """两人 (the two) refers back to the last two people the article named."""
    evs = events(x, article("艾梅柏·希尔德与约翰尼·德普相识多年。两人在2011年宣传这部电影时又碰面了。",
                            published=date(2020, 7, 21)))
    (met,) = [e for e in evs if e.when and e.when.start.year == 2011]
    assert set(met.attendees) == {"Person:艾梅柏·希尔德", "Person:约翰尼·德普"}
    (met,) = events(x, article("艾梅柏·希尔德与约翰尼·德普相识多年。他俩在2011年又碰面了。",
                               published=date(2020, 7, 21)))
    assert set(met.attendees) == {"Person:艾梅柏·希尔德", "Person:约翰尼·德普"}  # 他俩, not 他


@pytest.mark.parametrize("second", ["两位美国记者周二在莫斯科被捕。", "周二的车祸造成两人死亡。"])
def test_two_others_are_not_the_two_people_last_named(x: Extractor, second: str) -> None:
    """两位记者 are two others, 造成两人死亡 counts victims: neither is 普京 and 拜登."""
    evs = events(x, article("周一，普京在莫斯科会见了拜登。" + second, published=date(2023, 8, 25)))
    later = [e for e in evs if e.when and e.when.start == date(2023, 8, 22)]
    assert later and all(not e.attendees for e in later)


def test_happenings_nothing_identifies_are_not_one_node_across_articles(x: Extractor) -> None:
    """Two articles' participantless happenings of one year share kind and period only: two nodes
    (before, every such happening of 2003 in every article was one event)."""
    one = events(x, article("该小说在2003年曾被改编成同名电影。", published=date(2020, 9, 4)))
    two = events(x, article("这部剧在2003年被改编成电影。", published=date(2021, 5, 2),
                            url="https://cn.nytimes.com/culture/20210502/other/"))
    assert len(one) == len(two) == 1 and one[0].kind == two[0].kind
    assert one[0].key != two[0].key


def test_a_measure_from_a_day_on_is_dated_that_day(x: Extractor) -> None:
    """自8月24日起暂停进口: the day a measure takes effect dates it (以来 and 之前 still bound a period)."""
    evs = events(x, article("中国宣布自8月24日起全面暂停进口日本水产品。", published=date(2023, 8, 25)))
    assert [(e.when.start, e.when.precision) for e in evs if e.when] == [(date(2023, 8, 24), "day")]
    (rule,) = events(x, article("日本政府决定自明年1月1日起实施新规。", published=date(2023, 8, 25)))
    assert rule.kind == "PolicyMeasure" and rule.when.start == date(2024, 1, 1)


def test_two_actors_doing_one_thing_to_one_country_are_two_events(x: Extractor) -> None:
    """One sentence and date: what both clauses concern (美国) does not make their actors one happening."""
    evs = events(x, article("中国周二宣布制裁美国军工企业，俄罗斯也宣布制裁美国。", published=date(2023, 8, 25)))
    assert sorted(e.about[0] for e in evs) == ["wikidata:Q148", "wikidata:Q159"]  # China, Russia


def test_a_clause_that_leaves_out_its_subject_takes_the_sentence_s_topic(x: Extractor) -> None:
    published = date(2023, 8, 23)
    (visit, signing) = events(x, article("拜登上周访问了日本。周二又签署了一项行政命令，要求各部门审查供应链。",
                                         published=published))
    assert signing.when.start == date(2023, 8, 22) and signing.attendees == visit.attendees == ("Person:约瑟夫·拜登",)
    # a verb that describes a name after 的 is not the topic's doing: the name is its subject (the
    # seeds' "根据周一发表的声明", a thing after 的 at once, is test_evaluate_scores_events_on_the_seeds')
    evs = events(x, article("拜登上周访问了日本。相比之下，在周二实施了全国封锁的邻国马来西亚，病例更多。",
                            published=published))
    assert [(e.attendees, e.about) for e in evs if e.when.start != date(2023, 8, 14)] == [((), ("wikidata:Q833",))]
    # an outbreak, a launch, an election or what merely happens has no doer: the topic takes no part
    for clause in ("5月，疫情暴发。", "周二发射了一枚导弹。", "周二举行了大选。", "周二发生了枪击事件。",
                   # a subject the word tagger calls a verb or an adverb (警察, 首相) is still a subject
                   "警察周二逮捕了三名抗议者。", "首相周二宣布了新的政策。"):
        evs = events(x, article("拜登上周访问了日本。" + clause, published=published))
        assert all(e.attendees != ("Person:约瑟夫·拜登",) for e in evs if e.when.start > date(2023, 8, 20)), clause
    # a source named first is not the sentence's topic
    evs = events(x, article("据路透社报道，朝鲜周二发射了一枚导弹，随后又发射了两枚。", published=published))
    assert not any("路透社" in e.name for e in evs)


def test_an_event_whose_text_names_no_place_happens_in_the_article_s_country(x: Extractor) -> None:
    paragraphs = ("美国总统大选进入最后阶段，美国各州都在准备投票。", "纽约和加州的选民已开始提前投票。",
                  "拜登周二签署了一项行政命令。", "俄罗斯总统普京周二表示，他尊重选民的选择。")
    evs = {e.attendees: e for e in events(x, article(*paragraphs, published=date(2024, 10, 30)))}
    signing, said = evs[("Person:约瑟夫·拜登",)], evs[("Person:弗拉基米尔·普京",)]
    assert signing.location == "wikidata:Q30" and signing.name == "拜登签署了"  # the label keeps the text's words
    assert not said.location  # a Russian's saying is not placed in the US
    # the inferred country is no part of the event's identity: the article without it gives the same node
    (alone,) = events(x, article(paragraphs[2], published=date(2024, 10, 30)))
    assert alone.key == signing.key and not alone.location
    # not for a named event, one with a place of its own, or a body the text places abroad
    china = ("中国外交部周一在北京表示，中国将继续支持上海和广州的发展。", "中国官员说，中国经济稳定。")
    for text in ("这是9·11事件以来最严重的袭击。", "东京股市周二大跌。", "纽约市警察局周二逮捕了三名男子。"):
        evs = [e for e in events(x, article(*china, text, published=date(2023, 8, 23))) if e.description == text]
        assert evs and all(e.location != "wikidata:Q148" for e in evs), text
    # a country named as often as another is no home
    even = ("美国和中国的官员在北京和华盛顿会面。", "美国和中国都表示，美国与中国将继续对话。",
            "拜登周二签署了一项行政命令。")
    assert not next(e.location for e in events(x, article(*even, published=date(2024, 10, 30))) if "签署" in e.name)


def test_a_date_after_a_verb_of_saying_dates_what_was_said(x: Extractor) -> None:
    published = date(2020, 7, 22)
    evs = events(x, article("希尔德声称在2016年5月21日晚上，德普砸坏了她的手机。", published=published))
    # the claim is not dated 2016: the smashing is, and the speaker takes no part in it; 德普 does
    assert [(e.kind, e.when.start, e.attendees) for e in evs] == [("Occurrence", date(2016, 5, 21), ("Person:德普",))]
    (visit,) = events(x, article("希尔德在书面证词中还描述了2015年3月，当前夫于澳大利亚拍摄电影时，她曾前去探班。",
                                 published=published))
    assert visit.when.start == date(2015, 3, 1) and visit.when.precision == "month"
    # a date after another verb is that verb's: 成立于2019年9月
    (founded,) = events(x, article("台湾民主实验室成立于2019年9月，目前专注于追踪线上资讯操作。", published=published))
    assert founded.when.start == date(2019, 9, 1) and founded.attendees == ("Organization:台湾民主实验室",)


def test_the_dateline_in_brackets_takes_no_part(x: Extractor) -> None:
    ex = extract(article("（德国之声中文网）8月24日，多地民众开始抢购食盐，超市货架被抢购一空。",
                         published=date(2023, 8, 25), url="https://www.dw.com/zh/test/a-66631011"), x)
    names = {e.key: e.name for e in ex.entities}
    assert "德国之声" not in names.values()  # the newsroom's own dateline is no mention (kg.text.mention_parts)
    assert ex.events and all(names.get(k) != "德国之声" for e in ex.events for k in e.attendees)
    # a bracketed sentence is no dateline: its people take part
    (meeting,) = events(x, article("（习近平周二会见普京）", published=date(2023, 8, 25)))
    assert len(meeting.attendees) == 2


def test_a_modal_before_the_verb_says_it_has_not_happened(x: Extractor) -> None:
    published = date(2023, 8, 23)
    assert events(x, article("中国将需要在2024年购买更多美国产品。", published=published)) == []
    # 应该国: at that country's invitation; 需要救助的灾民: who need help, and they did protest
    (visit,) = events(x, article("王毅周二应该国外长邀请访问了柏林。", published=published))
    assert visit.kind == "Visit"
    (protest,) = events(x, article("周二，数千名需要救助的灾民在马尼拉举行抗议。", published=published))
    assert protest.kind == "Protest"


def test_a_platform_where_something_is_posted_takes_no_part(x: Extractor) -> None:
    ex = extract(article("李文亮周二在微信群里发布了一条消息。", published=date(2023, 8, 23)), x)
    names = {e.key: e.name for e in ex.entities}
    assert "微信" in names.values()  # still a mention
    assert [[names[k] for k in e.attendees] for e in ex.events] == [["李文亮"]]


def test_an_agreement_between_countries_no_one_signs_for(x: Extractor) -> None:
    # an agreement's parties are its people, else its organizations, else its countries (session 18)
    (deal,) = events(x, article("虽然1994年阿塞拜疆和亚美尼亚在大国调停下就全面停火达成协议，但双方武装冲突时有发生。"))
    assert deal.kind is EventKind.AGREEMENT and deal.when.start == date(1994, 1, 1)
    assert {x.gaz.entities[k].name for k in deal.about} == {"阿塞拜疆", "亚美尼亚"}
    # countries that "agree" (同意) conclude nothing
    assert not events(x, article("周四，俄罗斯和中国同意加强两国在能源领域的合作。"))
    # a meeting still takes its people, not the countries it names
    (meeting,) = events(x, article("周二，中国外交部长王毅在北京会见了美国国务卿布林肯。", published=date(2023, 6, 21)))
    assert meeting.kind is EventKind.MEETING and not meeting.about


def test_he_is_the_person_the_last_sentence_is_about_not_one_that_describes_him(x: Extractor) -> None:
    # 巴菲特…的得力助手查理·芒格: the sentence is about 芒格, whom 的 makes 巴菲特 describe
    (death,) = events(x, article("但在亿万富翁投资者、沃伦·巴菲特在伯克希尔哈撒韦公司的得力助手查理·芒格看来，Costco的"
                                 "资产负债表已经说明了一切。在他去年去世前的最后一次采访中，他直接了当地说：“这是一家完美的公司。”",
                                 published=date(2024, 3, 1)))
    assert death.attendees == ("Person:查理·芒格",)
    # a 的 that ends in a long phrase ties nothing to the next person: 金正恩 stays the subject
    (death,) = events(x, article("金正恩的想法得到了俄罗斯国防部长绍伊古的支持。他去年去世。",
                                 published=date(2024, 3, 1)))
    assert death.attendees == ("Person:金正恩",)


def test_an_anniversary_after_its_trigger_dates_what_it_counts_from(x: Extractor) -> None:
    """成立103周年: the founding, 103 years before publication, not the day the clause names (the
    anniversary's day)."""
    (founding,) = events(x, article("7月1日是中国共产党成立103周年纪念日，各地举行了多种形式的纪念活动。",
                                    published=date(2024, 7, 1), url="https://example.org/a"))
    assert founding.kind == "Founding"
    assert (founding.when.start.isoformat(), founding.when.precision) == ("1921-01-01", "year")
    # guard: a founding dated in its own words keeps that date
    (founding,) = events(x, article("中国共产党成立于1921年7月1日。", published=date(2024, 7, 1),
                                    url="https://example.org/a"))
    assert founding.when.start.isoformat() == "1921-07-01"


def test_a_death_or_a_disaster_is_not_reported_for_a_day_to_come(x: Extractor) -> None:
    """A yearless day after publication reads as one to come; a death, a disaster, an accident, an
    injury or a birth with no word of the future is last year's."""
    (death,) = events(x, article("陈彦霖于9月19日死亡。", published=date(2020, 9, 11)))
    assert death.kind == "Death" and death.when.start == date(2019, 9, 19)
    (fire,) = events(x, article("黎巴嫩10月14日发生野火。", published=date(2020, 8, 5)))
    assert fire.kind == "Disaster" and fire.when.start == date(2019, 10, 14)


def test_a_forecast_a_meeting_to_come_and_a_year_given_keep_their_day(x: Extractor) -> None:
    """The guards of the test above."""
    (landfall,) = events(x, article("台风预计将于9月19日登陆菲律宾。", published=date(2020, 9, 11)))
    assert landfall.when.start == date(2020, 9, 19)
    (meeting,) = events(x, article("拜登9月19日与习近平会晤。", published=date(2020, 9, 11)))
    assert meeting.when.start == date(2020, 9, 19)
    (death,) = events(x, article("2020年9月19日，陈彦霖死亡。", published=date(2020, 9, 11)))
    assert death.when.start == date(2020, 9, 19)


def test_a_plan_made_before_looks_back(x: Extractor) -> None:
    """原计划 (originally planned) and 原定于 tell of a plan made before: a yearless date after them is
    past, not to come (a page of 25 July 2022 on 2 February's plan and arrest)."""
    (arrest,) = events(x, article("古思堯原計劃在2月4日北京冬奧會開幕當天前往中聯辦外抗議，但在抗議活動當天被捕。",
                                  published=date(2022, 7, 25)))
    assert arrest.kind == "Arrest" and arrest.when.start == date(2022, 2, 4)
    (protest,) = events(x, article("古思尧原计划在9月4日前往中联办外抗议。", published=date(2022, 7, 25)))
    assert protest.when.start == date(2021, 9, 4)


def test_a_plan_still_to_come_looks_ahead(x: Extractor) -> None:
    """The guard of the test above: 计划 and 定于 alone are the future's."""
    (protest,) = events(x, article("古思尧计划在9月4日前往中联办外抗议。", published=date(2022, 7, 25)))
    assert protest.when.start == date(2022, 9, 4)
    (arrest,) = events(x, article("古思尧计划在2月4日前往中联办外抗议，但在当天被捕。", published=date(2022, 7, 25)))
    assert arrest.when.start == date(2023, 2, 4)
