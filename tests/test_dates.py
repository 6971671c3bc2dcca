"""The date resolver, table-driven: real expressions from news Chinese, each with a publication date
and what it must resolve to (one day, a range of days, a month or a year)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.events.dates import Precision, find_dates, number, resolve

D, M, Y = Precision.DAY, Precision.MONTH, Precision.YEAR
THU = date(2022, 6, 16)  # seed 000: published Thursday 2022-06-16
TUE = date(2022, 9, 20)  # seed 001: published Tuesday 2022-09-20
MON = date(2023, 9, 4)   # a Monday
SUN = date(2024, 9, 22)  # a Sunday
NEW_YEAR = date(2023, 1, 3)  # a Tuesday in the first week of a year
EVE = date(2021, 12, 30)  # a Thursday at the end of a year

CASES = [
    # expression, published, future, (start, end, precision)
    ("周三", THU, False, ("2022-06-15", "2022-06-15", D)),  # the issue's own example
    ("周四", THU, False, ("2022-06-16", "2022-06-16", D)),  # the same weekday: that day
    ("周五", THU, False, ("2022-06-10", "2022-06-10", D)),
    ("周日", THU, False, ("2022-06-12", "2022-06-12", D)),
    ("星期天", THU, False, ("2022-06-12", "2022-06-12", D)),
    ("礼拜一", THU, False, ("2022-06-13", "2022-06-13", D)),
    ("周一", TUE, False, ("2022-09-19", "2022-09-19", D)),  # seed 001's meeting
    ("周一", MON, False, ("2023-09-04", "2023-09-04", D)),  # 周一 published on a Monday
    ("周日", MON, False, ("2023-09-03", "2023-09-03", D)),
    ("周日", SUN, False, ("2024-09-22", "2024-09-22", D)),
    ("周六", SUN, False, ("2024-09-21", "2024-09-21", D)),
    ("周五", THU, True, ("2022-06-17", "2022-06-17", D)),  # 将于周五
    ("周一", SUN, True, ("2024-09-23", "2024-09-23", D)),
    ("周一", NEW_YEAR, False, ("2023-01-02", "2023-01-02", D)),
    ("周五", NEW_YEAR, False, ("2022-12-30", "2022-12-30", D)),  # across the year
    ("上周三", THU, False, ("2022-06-08", "2022-06-08", D)),
    ("上周五", NEW_YEAR, False, ("2022-12-30", "2022-12-30", D)),
    ("本周五", THU, False, ("2022-06-17", "2022-06-17", D)),
    ("下周一", THU, False, ("2022-06-20", "2022-06-20", D)),
    ("下星期二", EVE, False, ("2022-01-04", "2022-01-04", D)),
    ("上周", THU, False, ("2022-06-06", "2022-06-12", D)),  # seed 000's bridge
    ("上周", TUE, False, ("2022-09-12", "2022-09-18", D)),  # seed 001's caption
    ("本周", TUE, False, ("2022-09-19", "2022-09-25", D)),  # seed 001's General Assembly
    ("这周", SUN, False, ("2024-09-16", "2024-09-22", D)),
    ("下周", EVE, False, ("2022-01-03", "2022-01-09", D)),
    ("上周", NEW_YEAR, False, ("2022-12-26", "2023-01-01", D)),
    ("上周末", THU, False, ("2022-06-11", "2022-06-12", D)),
    ("周末", SUN, False, ("2024-09-21", "2024-09-22", D)),
    ("周末", THU, True, ("2022-06-18", "2022-06-19", D)),
    ("昨天", THU, False, ("2022-06-15", "2022-06-15", D)),
    ("前天", NEW_YEAR, False, ("2023-01-01", "2023-01-01", D)),
    ("今天", EVE, False, ("2021-12-30", "2021-12-30", D)),
    ("明天", EVE, False, ("2021-12-31", "2021-12-31", D)),
    ("后天", EVE, False, ("2022-01-01", "2022-01-01", D)),
    ("本月底", THU, False, ("2022-06-21", "2022-06-30", D)),  # seed 000's NATO summit
    ("本月初", TUE, False, ("2022-09-01", "2022-09-10", D)),
    ("上个月", THU, False, ("2022-05-01", "2022-05-31", M)),
    ("上月", NEW_YEAR, False, ("2022-12-01", "2022-12-31", M)),
    ("下个月", EVE, False, ("2022-01-01", "2022-01-31", M)),
    ("今年", THU, False, ("2022-01-01", "2022-12-31", Y)),
    ("去年", NEW_YEAR, False, ("2022-01-01", "2022-12-31", Y)),
    ("明年", EVE, False, ("2022-01-01", "2022-12-31", Y)),
    ("2月下旬", THU, False, ("2022-02-21", "2022-02-28", D)),  # seed 000's attack
    ("2月初", THU, False, ("2022-02-01", "2022-02-10", D)),  # seed 000's Beijing meeting
    ("2月", THU, False, ("2022-02-01", "2022-02-28", M)),
    ("2月中旬", date(2024, 3, 1), False, ("2024-02-11", "2024-02-20", D)),
    ("2月底", date(2024, 3, 1), False, ("2024-02-21", "2024-02-29", D)),  # a leap year
    ("12月", NEW_YEAR, False, ("2022-12-01", "2022-12-31", M)),  # the year before
    ("7月", THU, False, ("2022-07-01", "2022-07-31", M)),  # next month: coming
    ("10月", date(2020, 9, 6), False, ("2020-10-01", "2020-10-31", M)),  # next month: coming
    ("11月", date(2020, 9, 6), False, ("2019-11-01", "2019-11-30", M)),  # further, no future word: last year's
    ("12月", THU, False, ("2021-12-01", "2021-12-31", M)),  # further ahead: the year before
    ("9月9日", date(2023, 9, 5), False, ("2023-09-09", "2023-09-09", D)),  # the corpus's coming forum
    ("7月", THU, True, ("2022-07-01", "2022-07-31", M)),  # 将于7月
    ("1月", EVE, True, ("2022-01-01", "2022-01-31", M)),
    ("6月10日", THU, False, ("2022-06-10", "2022-06-10", D)),
    ("12月25日", NEW_YEAR, False, ("2022-12-25", "2022-12-25", D)),
    ("十二月二十五日", NEW_YEAR, False, ("2022-12-25", "2022-12-25", D)),
    ("9月19号", TUE, False, ("2022-09-19", "2022-09-19", D)),
    ("去年2月", THU, False, ("2021-02-01", "2021-02-28", M)),
    ("今年3月15日", THU, False, ("2022-03-15", "2022-03-15", D)),
    ("2022年2月24日", THU, False, ("2022-02-24", "2022-02-24", D)),
    ("二〇二二年六月十五日", THU, False, ("2022-06-15", "2022-06-15", D)),
    ("二〇二二年六月", THU, False, ("2022-06-01", "2022-06-30", M)),
    ("2019年", THU, False, ("2019-01-01", "2019-12-31", Y)),
    ("2014到2015年", THU, False, ("2014-01-01", "2015-12-31", Y)),  # a span of years
    ("2014年至2015年", THU, False, ("2014-01-01", "2015-12-31", Y)),
    ("2022年2月下旬", EVE, False, ("2022-02-21", "2022-02-28", D)),
    # found in review: doubled prefixes, bare days, month parts still to come
    ("上上周", THU, False, ("2022-05-30", "2022-06-05", D)),
    ("下下周", THU, False, ("2022-06-27", "2022-07-03", D)),
    ("上上个月", THU, False, ("2022-04-01", "2022-04-30", M)),
    ("大前天", THU, False, ("2022-06-13", "2022-06-13", D)),
    ("大后天", THU, False, ("2022-06-19", "2022-06-19", D)),
    ("大前年", THU, False, ("2019-01-01", "2019-12-31", Y)),
    ("15日", THU, False, ("2022-06-15", "2022-06-15", D)),  # the usual wire form: this month
    ("20日", THU, False, ("2022-05-20", "2022-05-20", D)),  # still to come: the month before
    ("3月下旬", date(2022, 3, 5), False, ("2022-03-21", "2022-03-31", D)),  # this month's, still to come
    # In the future: a span still under way is this year's; a planned date just past too (the words
    # were written a little before publication); one long past is next year's.
    ("6月12日至17日", date(2023, 6, 14), True, ("2023-06-12", "2023-06-17", D)),
    ("12月30日至1月3日", date(2023, 6, 14), True, ("2023-12-30", "2024-01-03", D)),
    ("5月底", date(2023, 6, 14), True, ("2023-05-21", "2023-05-31", D)),
    ("1月10日", date(2023, 6, 14), True, ("2024-01-10", "2024-01-10", D)),
    # This day of the month, years or months before (an anniversary: 25年前的今天); a leap day falls
    # back to the month's last day
    ("25年前的今天", date(2022, 2, 19), False, ("1997-02-19", "1997-02-19", D)),
    ("五年前的今天", date(2023, 7, 6), False, ("2018-07-06", "2018-07-06", D)),
    ("35年前的这一天", date(2024, 11, 9), False, ("1989-11-09", "1989-11-09", D)),
    ("去年的今天", date(2024, 2, 29), False, ("2023-02-28", "2023-02-28", D)),
    ("去年今天", date(2022, 6, 16), False, ("2021-06-16", "2021-06-16", D)),
    ("三个月前的今天", date(2022, 6, 16), False, ("2022-03-16", "2022-03-16", D)),
    ("25年前", date(2022, 2, 19), False, ("1997-01-01", "1997-12-31", Y)),  # guard: the year alone
    # a day or a month named after years before: that day in that year (bench/blind12)
    ("33年前的6月4日", date(2022, 6, 5), False, ("1989-06-04", "1989-06-04", D)),
    ("75年前的8月", date(2020, 8, 15), False, ("1945-08-01", "1945-08-31", M)),
    # a day the calendar names, after its year (bench/blind12); guard: 十一 before 月 is November
    ("2019年的七一", date(2022, 7, 1), False, ("2019-07-01", "2019-07-01", D)),
    ("1970年国庆节", date(2020, 10, 1), False, ("1970-10-01", "1970-10-01", D)),
    ("2019年十一月", date(2022, 7, 1), False, ("2019-11-01", "2019-11-30", M)),
    # a space after the numeral, as some translations write it (bench/blind12, blind5, blind10)
    ("1978 年", date(2022, 11, 30), False, ("1978-01-01", "1978-12-31", Y)),
    ("2020 年8 月25日", date(2022, 11, 30), False, ("2020-08-25", "2020-08-25", D)),
    ("8 月25日", date(2020, 8, 31), False, ("2020-08-25", "2020-08-25", D)),
]


@pytest.mark.parametrize(("text", "published", "future", "expected"), CASES,
                         ids=[f"{c[0]}@{c[1]}{'+' if c[2] else ''}" for c in CASES])
def test_resolves(text: str, published: date, future: bool, expected: tuple) -> None:
    when = resolve(text, published, future)
    assert when is not None
    assert (when.start.isoformat(), when.end.isoformat(), when.precision) == expected


def test_there_are_forty_real_expressions() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("text", ["数天前", "近日", "日前", "当时", "不久前", "2月30日", "13月", "周八", "6月0日",
                                  "十十月"])
def test_what_cannot_be_resolved_is_not_guessed(text: str) -> None:
    assert resolve(text, THU) is None


def test_found_in_sentences_with_the_future_and_since() -> None:
    found = list(find_dates("这似乎是两位领导人自2月下旬以来的首次通话，当时俄罗斯对乌克兰发起全面攻击。", THU))
    assert [(d.text, d.since) for d in found] == [("2月下旬", True), ("当时", False)]
    assert found[1].when is None  # kept as text
    (summit,) = find_dates("将于本月底举行的北约峰会", THU)
    assert summit.when.start == date(2022, 6, 21)
    (friday,) = find_dates("双方将于周五再次会晤。", THU)
    assert friday.when.start == date(2022, 6, 17)  # the clause looks ahead


def test_a_month_two_ahead_is_last_years_unless_it_names_what_is_scheduled() -> None:
    sep6 = date(2020, 9, 6)
    (review,) = find_dates("11月，CFIUS决定开启对TikTok收购Musical.ly的审查。", sep6)
    assert review.when.start == date(2019, 11, 1)
    (election,) = find_dates("拖到11月大选变天后，禁令取消。", sep6)
    assert election.when.start == date(2020, 11, 1)
    (vote,) = find_dates("美国11月的选举事关重大。", sep6)
    assert vote.when.start == date(2020, 11, 1)
    (taiwan,) = find_dates("这可能对1月13日的总统大选产生影响。", date(2023, 12, 5))
    assert taiwan.when.start == date(2024, 1, 13)  # the coming January's, not the one eleven months past


def test_a_plan_said_not_to_exist_looks_ahead_at_nothing_and_preparing_does() -> None:
    wed = date(2023, 2, 8)
    (tuesday,) = find_dates("周二，美国表示没有计划将气球部件归还中国后，中国外交部发言人批评了美国。", wed)
    assert tuesday.when.start == date(2023, 2, 7)  # not the coming Tuesday
    (planned,) = find_dates("周二，美国计划将气球部件归还中国。", wed)
    assert planned.when.start == date(2023, 2, 14)
    (sunday,) = find_dates("习近平正准备在周日的党代会上获得第三任期。", date(2022, 10, 11))
    assert sunday.when.start == date(2022, 10, 16)


def test_future_read_from_the_clause_a_date_opens_and_words_that_are_not_dates() -> None:
    (friday,) = find_dates("周五，习近平将在北京会见马克龙。", date(2023, 4, 5))
    assert friday.when.start == date(2023, 4, 7)
    (wednesday,) = find_dates("周三，将军们在会上表示。", THU)  # 将军 is no future
    assert wednesday.when.start == date(2022, 6, 15)
    assert [d.text for d in find_dates("他23日前往北京，每周三开会，第十十月份。", THU)] == ["23日"]
    assert resolve("明天", date(9999, 12, 31)) is None


def test_jiang_that_brings_forward_an_object_is_no_future() -> None:
    """将 before a noun, a name, a numeral or a pronoun marks what a deed was done to (腾讯周三将其股份
    出售), as 把 does; before a verb, an adverb or a preposition it is the future."""
    wed = date(2023, 5, 24)
    for text in ("腾讯周三将其11%的股份出售给了投资者。", "台积电周一将第一家工厂的投产时间推迟。",
                 "华盛顿周二将华为列入实体清单。"):
        (past,) = find_dates(text, wed)
        assert past.when.start <= wed, text
    for text, day in (("习近平周五将前往俄罗斯。", date(2023, 5, 26)),
                      ("双方周五将如何表态尚不清楚。", date(2023, 5, 26)),
                      ("周二，美国计划将气球部件归还中国。", date(2023, 5, 30))):
        (ahead,) = find_dates(text, wed)
        assert ahead.when.start == day, text


def test_hao_before_what_it_numbers_is_no_day() -> None:
    """28号文件 is Document No. 28, 9号火箭 a rocket: no day of the month; 28号晚上 and 28号发表 are."""
    aug30 = date(2020, 8, 30)
    assert [d.text for d in find_dates('1981年北京下发"28号文件"，引发罢课。', aug30)] == ["1981年"]
    assert list(find_dates("长征9号火箭和33号码头，10号仓库。", aug30)) == []
    for text in ("28号晚上，双方会谈。", "他28号发表讲话。"):
        (day,) = find_dates(text, aug30)
        assert day.when.start == date(2020, 8, 28), text


def test_without_a_publication_date_only_absolute_dates_resolve() -> None:
    found = {d.text: d.when for d in find_dates("周三，双方于2022年6月15日通电话。", None)}
    assert found["周三"] is None
    assert found["2022年6月15日"].start == date(2022, 6, 15)


def test_numbers() -> None:
    assert [number(t) for t in ("15", "十", "十五", "二十", "二十一", "三十一", "二〇二二")] == [
        15, 10, 15, 20, 21, 31, 2022]


def test_hostile_text_stays_linear() -> None:
    """Every pattern reads a bounded window: no input makes the resolver backtrack without end."""
    import time

    hostile = "年月日周" * 20000 + "1" * 20000 + "二十" * 20000 + "，将" * 5000
    start = time.perf_counter()
    list(find_dates(hostile, THU))
    assert time.perf_counter() - start < 10  # exponential backtracking would take hours


@pytest.mark.parametrize(("text", "wanted"), [
    ("周三，习近平会见普京。当天晚上，两人共进晚餐。", [date(2022, 9, 14), date(2022, 9, 14)]),
    ("9月18日，男童遇袭。同日，警方逮捕了嫌犯。", [date(2022, 9, 18), date(2022, 9, 18)]),
    # a month names no day: 当天 is a day of that month (dw_1045307: 2018年7月…当天…被抓捕)
    ("上个月，双方会晤。当天的会谈持续了三小时。", [date(2022, 8, 1), date(2022, 8, 1)]),
    ("事发当天，警方赶到。", []),  # no day before it: nothing to refer to
    # the bracket restates the weekday: one date (find_dates)
    ("聆讯星期二（9月20日）进入第11天。她此前一天抵达。", [date(2022, 9, 20), date(2022, 9, 19)]),
    ("9月18日开庭，头一天他抵达。", [date(2022, 9, 18), date(2022, 9, 17)]),
    ("前一天晚上，他离开了。", []),  # no day before it
    ("周三，广州前一晚发生冲突的视频流出。", [date(2022, 9, 14), date(2022, 9, 13)]),  # the night before (blind12)
    ("他在7月24日被送往医院，并在隔天被检测出新冠肺炎确诊。", [date(2022, 7, 24), date(2022, 7, 25)]),
    ("3月5日他抵达北京，第二天与习近平会面。", [date(2022, 3, 5), date(2022, 3, 6)]),
    ("第二天，他离开了。", []),  # no day before it
    ("9月18日他抵达。辩论结束后的第二天，他离开了。", [date(2022, 9, 18)]),  # the day after the debate
])
def test_that_day_is_the_day_named_before_it(text: str, wanted: list[date]) -> None:
    assert [d.when.start for d in find_dates(text, TUE) if d.when] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("2015年，他离开了中国。三年后，他在纽约创办了公司。", [("2015年", "2015", "year"), ("三年后", "2018", "year")]),
    ("2015年他出国。同年10月，他被捕。", [("2015年", "2015", "year"), ("同年10月", "2015-10", "month")]),
    ("2010年他落选，次年当选总统。", [("2010年", "2010", "year"), ("次年", "2011", "year")]),
    ("2020年5月，双方见面；次月，双方签约。", [("2020年5月", "2020-05", "month"), ("次月", "2020-06", "month")]),
    ("2020年12月，双方见面；次月，双方签约。", [("2020年12月", "2020-12", "month"), ("次月", "2021-01", "month")]),
    ("2019年3月5日他被捕，两天后获释。", [("2019年3月5日", "2019-03-05", "day"), ("两天后", "2019-03-07", "day")]),
    ("2019年3月5日他被捕，他在两周后获释。", [("2019年3月5日", "2019-03-05", "day"), ("两周后", "2019-03-19", "day")]),
    # a year names no day and no month: 两天后 and 同月 after it count from nothing
    ("2019年他被捕，两天后，他被释放。", [("2019年", "2019", "year")]),
    ("2019年他被捕，同月他被释放。", [("2019年", "2019", "year")]),
    # nothing named before: no date
    ("两天后，他被释放。", []),
    ("同年10月，他被捕。", []),
    # 排放4年后 counts from the discharge, a happening, not from a date
    ("6月4日报导，核废水会在排放4年后流至台湾海域。", [("6月4日", "2022-06-04", "day")]),
    # the word before owns the first character: 应该|年底, 不同|年份, 相当|月薪
    ("2019年，他说应该年底前完成改革。", [("2019年", "2019", "year")]),
    ("2019年，比较了不同年份的数据。", [("2019年", "2019", "year")]),
    ("2019年5月，他说相当月薪三倍。", [("2019年5月", "2019-05", "month")]),
    # a span gives no one date to count from; a part of the month is its days
    ("上季度，经济放缓；同月，央行降息。", [("上季度", "2022-04", "month")]),
    ("2015年他出国。同年10月底，他被捕。", [("2015年", "2015", "year"), ("同年10月底", "2015-10-21", "day")]),
    # 当年轻人 is 当 + 年轻人; 同年龄 is "of the same age"
    ("2019年，当年轻人走上街头。", [("2019年", "2019", "year")]),
    ("2019年，同年龄的孩子都上学了。", [("2019年", "2019", "year")]),
])
def test_dates_counted_from_the_date_before(text: str, wanted: list[tuple[str, str, str]]) -> None:
    """同年, 次月, 三年后: counted from the date named before in the paragraph, never finer than it."""
    cut = {"day": 10, "month": 7, "year": 4}
    got = [(d.text, d.when.start.isoformat()[:cut[d.when.precision.value]], d.when.precision.value)
           for d in find_dates(text, TUE) if d.when is not None]
    assert got == wanted


def test_ago_after_a_happening_counts_from_it_not_from_publication() -> None:
    """去世六周之前 is six weeks before he died, 失踪的几天前 a few days before she disappeared: not
    resolved against the day of publication (they are no "six weeks ago"); 三年前 on its own is."""
    pub = date(2012, 1, 22)
    found = list(find_dates("去年8月，乔布斯先生去世六周之前，他接替乔布斯先生当上了苹果的首席执行官。", pub))
    assert [(d.text, d.when and d.when.start) for d in found] == [("去年8月", date(2011, 8, 1)), ("六周之前", None)]
    (days,) = find_dates("在这次失踪的几天前，李田田曾在网上发帖。", pub)
    assert days.when is None
    (years,) = find_dates("三年前，他访问了北京。", pub)
    assert years.when.start == date(2009, 1, 1)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a story of 2022 quoting a message of 2021: 9 November was a Tuesday in 2021, a Wednesday in 2022
    ("“我明天有一辆卡车从洛杉矶取货，将在11月9日星期二交付给你。”", date(2022, 5, 10), ["2022-05-11", "2021-11-09"]),
    # in late December, 3 January on a Tuesday is the coming one (2023), not the one just past (a Monday)
    ("代表团1月3日星期二抵达。", date(2022, 12, 20), ["2023-01-03"]),
    # where the guess agrees with the weekday, or none is given, the guess stays
    ("他在8月31日（周一）抵达。", date(2020, 9, 5), ["2020-08-31"]),
    ("他在11月9日抵达。", date(2022, 5, 10), ["2021-11-09"]),
    ("他在11月9日抵达。", date(2022, 12, 1), ["2022-11-09"]),
])
def test_a_weekday_settles_the_year_of_a_date_written_without_one(text: str, published: date,
                                                                  expected: list[str]) -> None:
    assert [str(d.when.start) for d in find_dates(text, published)] == expected


def test_jiang_before_a_happening_is_the_future_however_it_is_tagged() -> None:
    """将投票: rjieba tags 投票 a noun, which would make 将 bring forward an object; a trigger word
    after 将 is the future's verb. The date opens its clause, its subject between (session 24)."""
    (vote,) = find_dates("11月3日美国选民将投票在两人之间选出下一任总统。", date(2024, 12, 10))
    assert vote.when.start == date(2024, 11, 3)  # planned, and just past: this year's
    (vote,) = find_dates("11月3日美国选民将投票在两人之间选出下一任总统。", date(2024, 2, 10))
    assert vote.when.start == date(2024, 11, 3)


@pytest.mark.parametrize(("text", "published", "wanted"), [
    # a yearless date after a date of a past year in its sentence is in that year
    ("去年9月22日，正值示威时期，有人在9月22日在九龙发现一具尸体。", date(2020, 9, 11),
     [date(2019, 9, 22), date(2019, 9, 22)]),
    ("根据学院去年公开的监控片段，看到她9月19日傍晚把财物放在学校。", date(2020, 9, 11),
     [date(2019, 1, 1), date(2019, 9, 19)]),
    # counting on across the new year
    ("2019年12月，他离开北京，1月5日抵达武汉。", date(2021, 3, 1), [date(2019, 12, 1), date(2020, 1, 5)]),
    # not from another sentence (a comparison with past years), nor where it would pass publication
    ("这与2016年和2020年发生过的事如出一辙。在9月13日的一次会议上，官员表示。", date(2024, 10, 9),
     [date(2016, 1, 1), date(2020, 1, 1), date(2024, 9, 13)]),
])
def test_a_yearless_date_takes_the_past_year_of_its_sentence(text: str, published: date, wanted: list[date]) -> None:
    assert [d.when.start for d in find_dates(text, published)] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # a word of the past in its clause: a yearless date a little after publication was last year's
    ("计程车司机供称，在9月19日曾接载她，从学校驶到停车场。", date(2019, 9, 19)),
    ("他说，9月19日已经把文件交给警方。", date(2019, 9, 19)),
    ("早在9月19日，警方就收到了报告。", date(2019, 9, 19)),
    # without one, it is upcoming; 曾 before the date is a surname
    ("计程车司机供称，在9月19日接载她，从学校驶到停车场。", date(2020, 9, 19)),
    ("曾荫权9月19日出席活动。", date(2020, 9, 19)),
    # a word of the future still wins
    ("他说，9月19日将会举行会议，已经发出邀请。", date(2020, 9, 19)),
])
def test_a_word_of_the_past_puts_a_yearless_date_in_the_past(text: str, wanted: date) -> None:
    (found,) = find_dates(text, date(2020, 9, 11))
    assert found.when.start == wanted


@pytest.mark.parametrize(("text", "published", "wanted"), [
    # a bare day takes the month of the day named before it in its sentence (not the next month's 8th)
    ("联合国大使周一（3月7日）称，俄罗斯将于莫斯科时间8日上午10点实行停火。", date(2022, 3, 8),
     [(date(2022, 3, 7), date(2022, 3, 7)), (date(2022, 3, 8), date(2022, 3, 8))]),
    ("他在11月30日抵达，3日离开。", date(2022, 12, 20),
     [(date(2022, 11, 30), date(2022, 11, 30)), (date(2022, 12, 3), date(2022, 12, 3))]),
    # a span of bare days is one span (not the 17th of last month)
    ("原子能委员会宣布，12日至17日再度前往福岛。", date(2023, 6, 13), [(date(2023, 6, 12), date(2023, 6, 17))]),
    # a date to come takes the year to come named before it in its sentence
    ("国际足联周日宣布，2026年世界杯决赛将于7月19日在新泽西州举行。", date(2024, 2, 5),
     [(date(2024, 2, 4), date(2024, 2, 4)), (date(2026, 1, 1), date(2026, 12, 31)),
      (date(2026, 7, 19), date(2026, 7, 19))]),
    # a day to come that is the publication's own day is that day
    ("他将于8日抵达。", date(2022, 3, 8), [(date(2022, 3, 8), date(2022, 3, 8))]),
])
def test_a_bare_day_takes_its_month_from_around_it(text: str, published: date, wanted: list) -> None:
    assert [(d.when.start, d.when.end) for d in find_dates(text, published)] == wanted


def test_a_planned_weekday_counts_from_the_newsroom_s_day() -> None:
    """A page posted on a Beijing Friday morning was written on the New York Thursday: 周四计划 there is
    that Thursday's plan, not next week's; in a page written that day, it is next week's Thursday."""
    friday = date(2022, 2, 25)
    (plan,) = find_dates("美国官员说，拜登总统周四计划宣布严厉制裁。", friday, [], True)
    assert plan.when.start == date(2022, 2, 24)
    (plan,) = find_dates("美国官员说，拜登总统周四计划宣布严厉制裁。", friday, [], False)
    assert plan.when.start == date(2022, 3, 3)
    (visit,) = find_dates("习近平将于周五访问。", friday, [], True)
    assert visit.when.start == friday
