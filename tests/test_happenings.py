"""Dated happenings no trigger word names (kg.events.happenings), and how one sentence's reports of
one date become one event. Sentences in the style of the corpus items; the expected values were
written from the text, not from the extractor's output."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kg.evaluate import Evaluation, FoundEvent, _match_events
from kg.events.dates import find_dates
from kg.model import EventKind, Paragraph
from tests.test_events import article, events, x  # noqa: F401  (x is a fixture)


def test_a_dated_clause_with_a_verb_of_doing_is_an_occurrence(x) -> None:  # noqa: F811
    (e,) = events(x, article("2019年8月的一个下午，我参与了一出短剧的演出。", published=date(2022, 8, 12)))
    assert e.kind is EventKind.OCCURRENCE
    assert (e.when.start, e.when.end, e.when.precision) == (date(2019, 8, 1), date(2019, 8, 31), "month")
    assert "参与了一出短剧的演出" in e.name


def test_a_name_with_bi_in_it_is_no_comparison(x) -> None:  # noqa: F811
    for text in ("周二，比尔·盖茨在西雅图捐出了大笔资金。", "周二，利比亚军队在的黎波里击退了多支武装。"):
        assert [e.kind for e in events(x, article(text, published=date(2023, 8, 23)))] == [EventKind.OCCURRENCE]


def test_a_one_character_verb_of_deed_reports_a_happening(x) -> None:  # noqa: F811
    (e,) = events(x, article("2016年5月21日晚上，约翰尼·德普将手机扔向她的脸上。", published=date(2020, 7, 22)))
    assert e.kind is EventKind.OCCURRENCE and e.when.start == date(2016, 5, 21) and "扔" in e.name
    # 去 is light: no verb of doing, so the clause reports a happening only where it names who acts
    light = article("2016年5月21日晚上，约翰尼·德普去了她家。", published=date(2020, 7, 22))
    (went,) = events(x, light)
    assert went.kind is EventKind.OCCURRENCE and went.when.start == date(2016, 5, 21)
    assert events(x, article("2016年5月21日晚上，她去了他家。", published=date(2020, 7, 22))) == []


@pytest.mark.parametrize("text", [
    "上季度美国经济增长了4.9%。",  # a figure
    "中国的锂离子电池出口额已从2019年的130亿美元跃升到去年的650亿美元。",  # a figure, by 跃升
    "俄罗斯对东南亚的军售从2014年的12亿美元降至2021年的1.39亿美元。",  # a date then 的 and a figure
    "去年布鲁克林的一个食品银行。",  # no verb
    "在20世纪80年代，北京允许以大众汽车为首的德国车企与中国车企合资建厂。",  # a decade dates no happening
    "截至2015年，至少有1400所大学采用了这样的定义。",  # how things stood
    "今年，中国的信息业比过去更加封闭。",  # an assessment
    "这样的言论在十年前是不可想象的。",  # an assessment too
    "2019年，中国的外贸依存度又回到了31.8％。",  # a share is a figure, whatever verb gives it
    "© 2024年德国之声版权声明：本文所有内容受到著作权法保护。",  # page furniture
    "一个是7月4日，届时美国人的生活可能会变得有点像曾经的样子。",  # hypothetical
    "中国将需要在2020年购买至少2279亿美元的美国出口产品。",  # what must happen has not
    "周二，马来西亚近期的一次日新增病例数比越南的总和还高。",  # a comparison
    "去年，拜登每周都与马克龙通电话。",  # a habit, not one call
    "去年，拜登经常在白宫会见马克龙。",
    "2019年，普京每年都访问北京。",
])
def test_what_is_no_happening(x, text: str) -> None:  # noqa: F811
    assert events(x, article(text, published=date(2024, 6, 24))) == [], text


def test_calling_off_is_a_deed_of_its_own(x) -> None:  # noqa: F811
    """What is cancelled or postponed did not happen; the cancelling did."""
    (put_off,) = events(x, article("去年夏天，台积电将第一家工厂的投产时间从今年推迟到2025年。",
                                   published=date(2024, 4, 9)))
    assert put_off.kind is EventKind.OCCURRENCE and put_off.when.precision == "year" and put_off.when.start.year == 2023
    assert "推迟" in put_off.name
    (called_off,) = events(x, article("2019年5月，中国当局取消了布拉格爱乐乐团在中国的巡回演出。",
                                      published=date(2020, 1, 20)))
    assert called_off.when.start == date(2019, 5, 1) and "取消" in called_off.name
    # a meeting called off is no meeting
    assert [e.kind for e in events(x, article("周二，拜登取消了与习近平的会晤。", published=date(2023, 5, 24)))] \
        == [EventKind.OCCURRENCE]


def test_a_date_before_since_dates_what_lies_between(x) -> None:  # noqa: F811
    evs = events(x, article("绍伊古访问朝鲜是自1991年苏联解体以来俄罗斯国防部长首次访朝。", published=date(2023, 9, 5)))
    assert [(e.kind, e.when.start.year) for e in evs if e.when] == [(EventKind.DISSOLUTION, 1991)]


def test_he_is_the_person_last_named(x) -> None:  # noqa: F811
    evs = events(x, article("德国副总理罗伯特·哈贝克周六在北京会见了中国商务部部长王文涛。",
                            "他在周日参观了宝马上海研发中心，然后前往杭州。", published=date(2024, 6, 24)))
    visit = next(e for e in evs if e.when and e.when.start == date(2024, 6, 23))
    assert any("哈贝克" in a for a in visit.attendees), visit


def test_a_sentence_reports_one_happening_per_date(x) -> None:  # noqa: F811
    text = "据朝中社报道，今年6月，金正恩在俄罗斯国庆日向普京发送贺电，承诺将与这位俄罗斯领导人紧密携手。"
    evs = events(x, article(text, published=date(2023, 9, 5)))
    assert len(evs) == 1 and evs[0].when.start == date(2023, 6, 1)
    # and the predicate of a named kind wins over a saying: the resignation, not the announcement
    (quit_,) = events(x, article("英国首相特拉斯周四宣布辞职。", published=date(2022, 10, 21)))
    assert quit_.kind is EventKind.RESIGNATION


def test_the_place_is_after_the_nearest_zai_that_names_one(x) -> None:  # noqa: F811
    (death,) = events(x, article("一名居住在深圳的日本男童在本月18日上学途中遭到持刀攻击后死亡。",
                                 published=date(2024, 9, 24)))
    assert death.kind in (EventKind.ATTACK, EventKind.DEATH) and death.when.start == date(2024, 9, 18)
    assert "深圳" in death.location or death.location.startswith("geonames:"), death


def test_hao_after_chinese_numerals_names_a_thing_not_a_day() -> None:
    for text in ("长征五号B火箭", "他登上了空军一号", "中国二号人物"):
        assert list(find_dates(text, date(2022, 7, 25))) == [], text
    assert [d.when.start for d in find_dates("5号", date(2022, 7, 25))] == [date(2022, 7, 5)]


def _scored(gold: list[dict], found: list[FoundEvent]) -> tuple[int, int, int]:
    ev = Evaluation()
    _match_events("a.txt", gold, found, ev)
    s = ev.scores["Event"]
    return s.tp, s.fp, s.fn


def test_scorer_matches_a_gold_event_naming_no_one_by_its_date() -> None:
    found = [FoundEvent("上映", "2019", "", frozenset())]
    assert _scored([{"what": "release", "date": "2019"}], found) == (1, 0, 0)
    assert _scored([{"what": "release", "date": "2018"}], found) == (0, 1, 1)


def test_scorer_compares_the_start_of_a_range() -> None:
    forum = FoundEvent("东方经济论坛", "2023-09-10", "2023-09-13", frozenset({"普京"}))
    assert _scored([{"what": "forum", "date": "2023-09-10", "participants": ["普京"]}], [forum]) == (1, 0, 0)


def test_scorer_pairs_by_a_maximum_matching() -> None:
    # greedy, the first gold event would take the first found event and leave the second unmatched
    a = FoundEvent("a", "2023-11-15", "", frozenset({"拜登", "习近平"}))
    b = FoundEvent("b", "2023-06", "", frozenset({"习近平"}))
    gold = [{"what": "x", "date": "2023", "participants": ["习近平"]},
            {"what": "y", "date": "2023-11-15", "participants": ["拜登"]}]
    assert _scored(gold, [a, b]) == (2, 0, 0)


def test_scorer_counts_how_many_paired_events_are_dated_right() -> None:
    """Gold events naming someone pair with a matched event (dated right) or with a free found event
    sharing a name (dated otherwise); a gold event naming no one, or sharing no name, pairs with none."""
    met = FoundEvent("会晤", "2023-11-15", "", frozenset({"拜登", "习近平"}))
    call = FoundEvent("通话", "2023-10", "", frozenset({"普京"}))
    other = FoundEvent("上映", "2019", "", frozenset())
    gold = [{"what": "summit", "date": "2023-11-15", "participants": ["拜登"]},
            {"what": "call", "date": "2023-09", "participants": ["普京"]},  # paired, wrong month
            {"what": "release", "date": "2019"},  # names no one: not paired
            {"what": "visit", "date": "2023", "participants": ["马克龙"]}]  # shares no name: not paired
    ev = Evaluation(scored={"Event"})
    _match_events("a.txt", gold, [met, call, other], ev)
    assert (ev.paired_events, ev.dated_right) == (2, 1) and ev.date_agreement == 0.5
    assert ev.as_json()["eventDates"] == {"paired": 2, "datedRight": 1, "agreement": 0.5}


def test_a_release_features_its_work(x) -> None:  # noqa: F811
    from kg.iris import Minter
    from kg.mapping.article import map_article
    from kg.namespaces import SDO
    from kg.pipeline import extract

    a = article("之前票房最高的电影是2021年上映的《长津湖》。", "《战狼2》，这部2017年上映的动作片讲述了一个故事。",
                "他说，《纽约时报》周三报道了此事。", published=date(2025, 2, 12))
    ex = extract(a, x)
    assert sorted((e.when.start.year, e.works) for e in ex.events if e.kind is EventKind.RELEASE) == [
        (2017, ("战狼2",)), (2021, ("长津湖",))]
    assert all("纽约时报" not in e.works for e in ex.events)  # a publication cited is no work released
    g = map_article(a, Minter(), ex).whole()
    titles = {str(g.value(w, SDO.name)) for w in g.objects(None, SDO.workFeatured)}
    assert titles == {"长津湖", "战狼2"}
    assert all((w, None, SDO.CreativeWork) in g for w in g.objects(None, SDO.workFeatured))


def test_a_government_takes_part_as_itself_and_the_article_still_mentions_its_country(x) -> None:  # noqa: F811
    """日本政府 is a party to what it decides (the events gold names such bodies); the entity layer
    keeps reading the country (the seeds gold lists no 中国政府), so the body is no mention."""
    from kg.iris import Minter
    from kg.mapping.article import map_article
    from kg.namespaces import SDO
    from kg.pipeline import extract

    a = article("2021年4月，日本政府决定将处理过的核废水排入海中。", published=date(2023, 6, 20))
    ex = extract(a, x)
    (e,) = ex.events
    assert e.when.start == date(2021, 4, 1) and e.attendees == ("Organization:日本政府",)
    assert "Organization:日本政府" not in {m.key for m in ex.mentions}
    g = map_article(a, Minter(), ex).whole()
    (gov,) = g.objects(None, SDO.attendee)
    assert (gov, None, SDO.GovernmentOrganization) in g and str(g.value(gov, SDO.name)) == "日本政府"
    japan = g.value(gov, SDO.location)
    assert japan is not None and (None, SDO.mentions, japan) in g and (None, SDO.mentions, gov) not in g
    # the government acts for its country: the event is about Japan, as the gold's convention reads it
    (ev,) = g.subjects(SDO.attendee, gov)
    assert (ev, SDO.about, japan) in g and len(e.about) == 1


def test_a_bracket_that_restates_a_date_is_one_date(x) -> None:  # noqa: F811
    """周二 (9月14日), 週一（6月12日）: the bracket glosses the weekday; the clause is the sentence's,
    and the label leaves the date out, in traditional characters too."""
    (e,) = events(x, article("美国总统拜登周二 (9月14日)否认《金融时报》的报道。", published=date(2021, 9, 15)))
    assert e.kind is EventKind.STATEMENT and e.when.start == date(2021, 9, 14)
    (e,) = events(x, article("東京電力公司週一（6月12日）開始試運行核廢水排放系統。", published=date(2023, 6, 13)))
    assert e.when.start == date(2023, 6, 12) and "週一" not in e.name and "6月12日" not in e.name
    assert [(d.text, d.when.start) for d in find_dates("周一（8月31日）表示", date(2020, 9, 1))] == [
        ("周一（8月31日）", date(2020, 8, 31))]
    # the date that names its month wins, whichever side of the bracket it stands; else the first
    monday = find_dates("拜登6月5日（周一）会见了马克龙。", date(2023, 6, 13))
    assert [d.when.start for d in monday] == [date(2023, 6, 5)]
    assert [d.when.start for d in find_dates("2022年（去年）", date(2024, 6, 13))] == [date(2022, 1, 1)]


def test_a_month_written_with_fen_opens_its_sentence(x) -> None:  # noqa: F811
    (e,) = events(x, article("9月份，一名病人在医院被一名护工殴打。", published=date(2020, 10, 5)))
    assert (e.when.start, e.when.precision) == (date(2020, 9, 1), "month")


def test_a_clause_that_sets_the_scene_passes_the_date_on(x) -> None:  # noqa: F811
    """2019年，在…的地方，一名男子…开枪: the place clause between them leaves the date to the report."""
    text = "2019年，在拉古纳伍兹东南仅110公里的地方，一名男子在波威的一座犹太教堂开枪杀害了一名女子。"
    (e,) = events(x, article(text, published=date(2022, 5, 16)))
    assert e.when.start == date(2019, 1, 1) and "开枪" in e.name
    said = events(x, article("2019年，据美联社报道，一名男子在纽约开枪打死了两人。", published=date(2022, 5, 16)))
    assert [(e.when.start, "开枪" in e.name) for e in said] == [(date(2019, 1, 1), True)]  # 据…报道 sets a scene
    # a long clause is no scene, though it opens with 在: the date stays with it
    long = ("2019年，在那座城市东南方向大约一百一十公里以外的一个安静的小镇上发生了很多事情，"
            "一名男子在店里开枪杀害了一名女子。")
    assert not [e for e in events(x, article(long, published=date(2022, 5, 16))) if "开枪" in e.name]


def test_talks_and_denials_are_reported_happenings(x) -> None:  # noqa: F811
    talk = "中国国家主席习近平周四在北京与美国前国务卿亨利·基辛格交谈。"
    (e,) = events(x, article(talk, published=date(2023, 7, 21)))
    assert e.kind is EventKind.MEETING and e.when.start == date(2023, 7, 20)
    (e,) = events(x, article("周二，拜登否认曾与普京通话。", published=date(2020, 10, 7)))
    assert e.kind is EventKind.STATEMENT and e.when.start == date(2020, 10, 6)


def test_a_call_that_names_no_one_is_the_call_of_its_day(x) -> None:  # noqa: F811
    """白宫表示，通话… after 拜登与习近平通电话 on that day: one call, not one per body that reports it;
    two calls of one day that each name their people stay two."""
    one = article("拜登周四与习近平通电话。白宫表示，这次通话持续了90分钟。", published=date(2021, 9, 10))
    calls = [e for e in events(x, one) if e.kind is EventKind.PHONE_CALL]
    assert len(calls) == 1 and calls[0].when.start == date(2021, 9, 9)
    two = article("拜登周四与习近平通电话。马克龙周四与普京通电话。", published=date(2021, 9, 10))
    assert len([e for e in events(x, two) if e.kind is EventKind.PHONE_CALL]) == 2


def test_a_trigger_that_names_no_one_leaves_its_clause_to_the_occurrence(x) -> None:  # noqa: F811
    """逮捕 in 正在逮捕现场的记者 qualifies a noun: its report names no one and is not kept, so the dated
    clause around it is an occurrence (before, the report took the clause and was then dropped)."""
    (e,) = events(x, article("8月27日，正在逮捕现场的记者拍下了照片。", published=date(2020, 9, 8)))
    assert e.kind is EventKind.OCCURRENCE and e.when.start == date(2020, 8, 27) and "拍下" in e.name


def test_a_call_with_parties_of_its_own_stays_its_own(x) -> None:  # noqa: F811
    """日本政府与韩国政府通电话 on the day of 拜登与习近平通电话 is another call; with two calls that name
    people that day, 白宫表示，通话… joins neither."""
    one = article("拜登周四与习近平通电话。周四，日本政府与韩国政府通电话。", published=date(2021, 9, 10))
    assert len([e for e in events(x, one) if e.kind is EventKind.PHONE_CALL]) == 2
    two = article("马克龙周四与普京通电话。拜登周四与习近平通电话。白宫表示，这次通话持续了90分钟。",
                  published=date(2021, 9, 10))
    calls = [e for e in events(x, two) if e.kind is EventKind.PHONE_CALL]
    assert not any("Organization:白宫" in e.attendees and "Person:弗拉基米尔·普京" in e.attendees for e in calls)


def test_a_trigger_that_points_back_is_the_happening_told_before(x) -> None:  # noqa: F811
    # "在这次通话中" is the call of 9 September again, and 法新社 heard of it: no second call
    a = article("白宫表示，美国总统拜登9月9日与中国国家主席习近平进行了通话。",
                "一位美国政府高级官员告诉法新社记者，在这次通话中，拜登希望确保竞争不会变成冲突。",
                published=date(2021, 9, 10))
    calls = [e for e in events(x, a) if e.kind is EventKind.PHONE_CALL]
    assert len(calls) == 1 and calls[0].when.start == date(2021, 9, 9), calls
    assert not any("法新社" in k for k in calls[0].attendees), calls[0].attendees


def test_a_pointing_back_trigger_with_a_date_of_its_own_stands(x) -> None:  # noqa: F811
    # "1918年的那场大流行": that pandemic, not this one, which the article left undated
    a = article("对拜登来说，问题是他何时能结束这场大流行。", "从1918年的那场大流行中，我们得到的教训太少了。",
                published=date(2021, 3, 12))
    assert [e.when.start.year for e in events(x, a) if e.kind is EventKind.DISASTER] == [1918]


def test_a_paragraph_that_opens_with_that_day_is_on_the_last_day_named(x) -> None:  # noqa: F811
    a = article("中国外交部通报称，周一（3月7日），中国外长王毅同欧盟高级代表博雷利通电话。",
                "当天，法国总统马克龙在巴黎举行的一场选战活动上表示，他将在周二与习近平举行视频通话。",
                published=date(2022, 3, 8))
    said = [e for e in events(x, a) if e.kind is EventKind.STATEMENT]
    assert [(e.when.start, "马克龙" in e.name) for e in said] == [(date(2022, 3, 7), True)], said


def test_only_that_day_reads_across_a_paragraph_break() -> None:
    from kg.events.dates import carried

    first = "周一（3月7日），王毅通电话。"
    earlier: list = []
    list(find_dates(first, date(2022, 3, 8), earlier))
    # 当天 is that Monday; 次日 and 三年后 opening the next paragraph count from nothing there
    for text, expected in (("当天，马克龙表示。", [date(2022, 3, 7)]), ("次日，马克龙表示。", []),
                           ("三年后，马克龙表示。", []), ("马克龙在巴黎的选战活动上当天表示。", [])):
        got = [d.when.start if d.when else None for d in find_dates(text, date(2022, 3, 8), carried(earlier, first))]
        assert got == expected, text


@pytest.mark.parametrize("text", [
    "直到去年还在担任白宫经济顾问的杰瑞德·伯恩斯坦(Jared Bernstein)说，美国很难创造出这样的工作。",
    "2016年至2019年担任澳大利亚驻莫斯科大使的彼得·特施强调，普京乐于让世界保持混乱。",
])
def test_a_date_in_the_clause_that_describes_the_speaker_is_the_roles(x, text: str) -> None:  # noqa: F811
    assert [e for e in events(x, article(text, published=date(2024, 6, 24))) if e.kind is EventKind.STATEMENT] == []


def test_a_describing_clause_before_a_title_and_the_speaker_dates_neither(x) -> None:  # noqa: F811
    """于上月遇刺的前日本首相安倍晋三: the clause describes Abe through his title; the speech is the
    sentence's lead date's, December last year, not last month's."""
    text = "去年12月，于上月遇刺的前日本首相安倍晋三在对一个台湾政策组织发表讲话时警告说，台湾危机将是日本危机。"
    (speech,) = [e for e in events(x, article(text, published=date(2022, 8, 5))) if e.kind is EventKind.STATEMENT]
    assert (speech.when.start, speech.when.precision) == (date(2021, 12, 1), "month"), speech.when


def test_a_date_that_describes_the_occasion_still_dates_the_saying(x) -> None:  # noqa: F811
    (said,) = events(x, article("在周二举行的记者会上，美国国务卿布林肯说，美国将继续支持乌克兰。",
                                published=date(2024, 6, 27)))
    assert said.kind is EventKind.STATEMENT and said.when.start == date(2024, 6, 25)
    # the person after 的 is whom the speaker, named before, speaks to: 周二 is the saying's
    (said,) = events(x, article("习近平周二在北京对来访的布林肯说，中美应该相互尊重。", published=date(2024, 6, 24)))
    assert said.kind is EventKind.STATEMENT and said.when.start == date(2024, 6, 18)


def test_a_habit_word_inside_a_title_names_the_work(x) -> None:  # noqa: F811
    (said,) = events(x, article("今年4月，中国驻澳大利亚悉尼领事馆就小报《每日电讯报》刊登的一幅漫画表示不满。",
                                published=date(2020, 11, 30)))
    assert said.kind is EventKind.STATEMENT and said.when.start == date(2020, 4, 1)


def test_a_definite_description_names_the_organization_named_before(x) -> None:  # noqa: F811
    # 该公司 is Apple, named before; 该报道 is a report, no newspaper
    (launch,) = events(x, article("乔布斯曾在苹果公司工作。举例来说，该公司于1983年推出了个人台式电脑Macintosh。",
                                  published=date(2012, 1, 22)))
    assert launch.kind is EventKind.LAUNCH and launch.attendees == ("Organization:苹果公司",), launch
    (said,) = events(x, article("《金融时报》说习近平拒绝了提议。沙利文14日在一份声明中说，该报道不准确。",
                                published=date(2021, 9, 15)))
    assert not any("金融时报" in k for k in said.attendees), said.attendees
    # 该大学生 is a student; 对此 is "at this"
    monday = date(2024, 6, 24)
    evs = events(x, article("一名北京大学学生在网上发帖批评政府。", "该大学生周二被警方拘留。", published=monday))
    assert not any("北京大学" in k for e in evs for k in e.attendees), evs
    evs = events(x, article("《环球时报》周一发表社论。", "美国国务院发言人周二对此报以冷笑。", published=monday))
    assert [e.attendees for e in evs if e.when and e.when.start == date(2024, 6, 18)] == [("Organization:美国国务院",)]


def test_a_weekday_in_a_page_written_the_evening_before_is_last_weeks(x) -> None:  # noqa: F811
    from datetime import datetime, timedelta, timezone

    from kg.pipeline import extract, written_the_evening_before

    cst = timezone(timedelta(hours=8))
    text = "周一，中国商务部威胁要对欧洲进口的猪肉征收关税。"
    monday_morning = replace(article(text, published=date(2024, 6, 24)),
                             published=datetime(2024, 6, 24, 8, 54, tzinfo=cst))
    assert written_the_evening_before(monday_morning, date(2024, 6, 24))  # Sunday evening in New York
    assert [e.when.start for e in extract(monday_morning, x).events] == [date(2024, 6, 17)]
    # posted in the Beijing evening (the New York morning of the same day): that Monday itself
    monday_evening = replace(monday_morning, published=datetime(2024, 6, 24, 20, 0, tzinfo=cst))
    assert not written_the_evening_before(monday_evening, date(2024, 6, 24))
    assert [e.when.start for e in extract(monday_evening, x).events] == [date(2024, 6, 24)]
    # a newsroom with no other clock (DW): the feed's day
    dw = replace(monday_morning, url="https://www.dw.com/zh/test/a-123")
    assert not written_the_evening_before(dw, date(2024, 6, 24))


@pytest.mark.parametrize(("text", "posted", "day"), [
    # written the evening before in New York: 今天 is that evening's day, 昨天 the one before it
    ("美国贸易代表办公室今天发表声明，批评中国未兑现承诺。", (2022, 2, 9, 4, 52), date(2022, 2, 8)),
    ("美国贸易代表办公室昨天发表声明，批评中国未兑现承诺。", (2022, 2, 9, 4, 52), date(2022, 2, 7)),
    # and so do days ago
    ("美国贸易代表办公室三天前发表声明，批评中国未兑现承诺。", (2022, 2, 9, 4, 52), date(2022, 2, 5)),
])
def test_today_in_a_page_written_the_evening_before_is_the_newsroom_s(x, text: str, posted: tuple,  # noqa: F811
                                                                       day: date) -> None:
    from datetime import datetime, timedelta, timezone

    from kg.pipeline import extract

    page = replace(article(text, published=date(*posted[:3])),
                   published=datetime(*posted, tzinfo=timezone(timedelta(hours=8))))
    assert [e.when.start for e in extract(page, x).events] == [day]


def test_today_keeps_the_page_s_day_where_it_was_written(x) -> None:  # noqa: F811
    """The guards of the test above: posted in the Beijing evening (the New York morning), by a
    newsroom with no other clock (DW), or as the NYT's briefing for the Asian morning (简报：…), 今天 is
    the page's day; so is 今天上午, a morning in Asia."""
    from datetime import datetime, timedelta, timezone

    from kg.pipeline import extract

    cst = timezone(timedelta(hours=8))
    text = "美国贸易代表办公室今天发表声明，批评中国未兑现承诺。"
    evening = replace(article(text, published=date(2022, 2, 9)), published=datetime(2022, 2, 9, 20, 0, tzinfo=cst))
    assert [e.when.start for e in extract(evening, x).events] == [date(2022, 2, 9)]
    morning = replace(evening, published=datetime(2022, 2, 9, 4, 52, tzinfo=cst))
    dw = replace(morning, url="https://www.dw.com/zh/test/a-123")
    assert [e.when.start for e in extract(dw, x).events] == [date(2022, 2, 9)]
    briefing = replace(morning, headline="简报：美国批评中国未兑现贸易承诺")
    assert [e.when.start for e in extract(briefing, x).events] == [date(2022, 2, 9)]
    asia = replace(morning, paragraphs=(Paragraph("朝鲜今天上午发射了一枚弹道导弹。"),))
    assert [e.when.start for e in extract(asia, x).events] == [date(2022, 2, 9)]


@pytest.mark.parametrize(("first", "then", "day"), [
    ("拜登上周早些时候在白宫会见了马克龙。", "这次会晤于上周三举行。", date(2024, 6, 19)),
    ("拜登今年在白宫会见了马克龙。", "这次会晤于3月5日举行。", date(2024, 3, 5)),
])
def test_a_pointing_back_trigger_narrows_the_date_told_before(x, first: str, then: str, day: date) -> None:  # noqa: F811
    evs = events(x, article(first, then, published=date(2024, 6, 24)))
    assert [(e.kind, e.when.start, e.when.end) for e in evs] == [(EventKind.MEETING, day, day)], evs


@pytest.mark.parametrize("text", [
    "经常批评中国的美国参议员卢比奥周二访问了台湾。",  # the habit describes the senator
    "每年举行的达沃斯论坛周二在瑞士开幕。",  # ... the forum
    "周二，一艘每天往返两地的渡轮在海上沉没。",  # ... the ferry
    "中国官员经常提到尼克松1972年访华。",  # ... the officials' mentioning, not the visit
    "欧盟成员国周二统一向俄罗斯发出警告。",  # 统一|向: no 一向
    "中国的一位普通常驻记者周二在北京被捕。",  # 普通|常驻: no 通常
])
def test_a_habit_word_that_describes_something_else_leaves_the_happening(x, text: str) -> None:  # noqa: F811
    assert events(x, article(text, published=date(2024, 6, 24))), text


def test_the_morning_of_the_publications_own_weekday_is_that_day(x) -> None:  # noqa: F811
    from datetime import datetime, timedelta, timezone

    cst = timezone(timedelta(hours=8))
    a = replace(article("周一上午，朝鲜向日本海发射了一枚弹道导弹。", published=date(2024, 6, 24)),
                published=datetime(2024, 6, 24, 9, 30, tzinfo=cst))
    assert [e.when.start for e in events(x, a)] == [date(2024, 6, 24)]


def test_what_else_the_clause_names_is_what_the_event_concerns(x) -> None:  # noqa: F811
    """The sentence that reports an event names its object or target beside who acts: the event
    concerns them (schema:about), with no part in its identity. Who reports it (据…, …表示) is no
    such thing."""
    from kg.pipeline import extract

    def concerned(text: str, published: date) -> list[tuple[EventKind, set[str], set[str]]]:
        ex = extract(article(text, published=published), x)
        name = {e.key: e.name for e in ex.entities}
        return [(e.kind, {name[k] for k in e.attendees}, {name[k] for k in e.concerns}) for e in ex.events]

    assert concerned("2020年，位于中国北部内蒙古的官员拘捕了抗议学校改授全中文课程的家长。", date(2022, 8, 12)) == [
        (EventKind.ARREST, set(), set())]  # 中国 is what it is about already: the country acting
    # (内蒙古, whose officials act, is where it happened since session 42: kg.events.places.location)
    (arrest,) = events(x, article("2020年，位于中国北部内蒙古的官员拘捕了抗议学校改授全中文课程的家长。",
                                  published=date(2022, 8, 12)))
    assert arrest.location == "Place:内蒙古自治区", arrest
    ((kind, who, what),) = concerned("周二，拜登在白宫批评了以色列总理内塔尼亚胡。", date(2023, 2, 9))
    assert kind is EventKind.STATEMENT and "约瑟夫·拜登" in who and what == {"以色列"}, (who, what)
    ((kind, who, what),) = concerned("据路透社报道，波音公司周一在西雅图推出了新型客机。", date(2023, 2, 9))
    assert kind is EventKind.LAUNCH and "路透社" not in who | what, (who, what)
    for text, source in (("新华社消息，周二，习近平在北京会见了马克龙。", "新华社"),
                         ("周二，白宫发言人说，拜登在华盛顿会见了马克龙。", "白宫"),
                         ("《纽约时报》报道，周二，拜登在华盛顿会见了马克龙。", "纽约时报")):
        ((kind, who, what),) = concerned(text, date(2023, 2, 9))
        assert source not in who | what, (text, who, what)
    # a verb of saying that describes a noun makes no source: 美国 is what the condemnation is about
    ((kind, who, what),) = concerned("周二，中国外交部谴责美国宣布的新制裁。", date(2023, 2, 9))
    assert "美国" in what, what
    # no part of its identity: two articles that name other objects of one criticism meet one node
    (said,) = events(x, article("周二，拜登在白宫批评了以色列。", published=date(2023, 2, 9)))
    (same,) = events(x, article("周二，拜登在白宫批评了伊朗。", published=date(2023, 2, 9)))
    assert said.concerns != same.concerns and said.key == same.key


@pytest.mark.parametrize("text, kind", [
    # no law passed (a draft resolution); putting off its vote is a deed of its own (CALLED_OFF)
    ("周二，美国国会通过决议草案的程序被推迟。", EventKind.OCCURRENCE),
    ("2014年，印度议会通过了一项法律。", EventKind.LEGISLATION),
    ("特朗普周二说他打死也不会承认败选。", EventKind.STATEMENT),  # an idiom, no death
    ("周二，白宫发布了声明谴责俄罗斯。", EventKind.STATEMENT),  # a statement, not a release
    ("张伟周二参加了高考。", EventKind.OCCURRENCE),  # an exam, no meeting
])
def test_words_that_name_one_kind_and_not_another(x, text: str, kind: EventKind | None) -> None:  # noqa: F811
    assert [e.kind for e in events(x, article(text, published=date(2023, 2, 9)))] == ([kind] if kind else []), text


