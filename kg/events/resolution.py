"""How one time expression resolves against the publication date, at the precision the text
gives (the rules: kg.events.dates and the README's table)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kg.events.tense import future_in, past_in
from kg.events.timex import (
    DAY_WORDS,
    DIGIT,
    HOLIDAYS,
    REL_M_OFFSET,
    REL_Y_OFFSET,
    WEEK_OFFSET,
    WEEKDAY,
)
from kg.events.when import Precision, When
from kg.events.yearless import (
    CARRIED,
    Resolved,
    date_before,
    last_day,
    shift_month,
    weekday_year,
    year_in_context,
)

_AFTER_AN_EVENT = ("后的", "後的", "后", "後")  # 结束后的第二天 counts from what ended
_RECENT = 45  # days: how long past a date written in the future may be and still be this year's
_AHEAD = 120  # days: a yearless date at most this far after publication is taken as upcoming
_NEAR_FUTURE = timedelta(days=14)  # news names days to come this close without a word of the future
# A yearless month with no day and no word of the future is upcoming only as next month: "11月，CFIUS
# 决定开启…审查" in an article of September is last November's (blind3 events 0.713 -> 0.730).
_MONTH_AHEAD = 31
_LONGEST_YEARS = 10  # a span of years longer than this is no reading of "2014到2015年"
# ... unless it names what is scheduled: "11月大选", "11月的选举" ahead are this year's, and
# "1月13日的总统大选" in December is next year's.
_SCHEDULED = re.compile("的?(?:总统|议会|国会|中期|地方)?(?:大选|选举|投票|公投)")


def number(text: str) -> int:
    """Arabic or Chinese numerals: 15, 十五, 二十一, 三十, 两; years digit by digit (二〇一九)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + DIGIT[ch]
        return value
    tens, _, units = text.partition("十")
    if "十" in units:
        raise ValueError(text)
    return (DIGIT[tens] if tens else 1) * 10 + (DIGIT[units] if units else 0)


def _year_for(month: int, day: int | None, pub: date, future: bool, scheduled: bool = False,
              past: bool = False) -> int:
    d = date(pub.year, month, min(day or 1, last_day(pub.year, month)))
    if future:
        # A planned date just past (预计5月底, in an article of 14 June) was planned this year: the
        # words were written, or translated, a little before publication. Only one long past is
        # next year's.
        end = d if day else date(pub.year, month, last_day(pub.year, month))
        return pub.year if (pub - end).days <= _RECENT else pub.year + 1
    ahead = 0 if past else _AHEAD if day or scheduled else _MONTH_AHEAD
    coming = date(pub.year + 1, month, min(day or 1, last_day(pub.year + 1, month)))
    if scheduled and (coming - pub).days <= ahead:
        return pub.year + 1  # "1月13日的总统大选" in an article of December is the coming January's
    if d <= pub or (d - pub).days <= ahead:
        return pub.year
    return pub.year - 1


# After the publication's own weekday in a page written the evening before: that morning, in Asia,
# hours before the page was posted (周一上午，朝鲜发射了…), not the week before.
_MORNING = ("凌晨", "清晨", "早上", "早晨", "上午", "一早", "早些时候")


_ANNIVERSARY_NEAR = 20  # characters between a year and the anniversary it dates


def safely(m: re.Match[str], text: str, published: date, found: list[Resolved], future: bool | None,
           evening_before: bool = False) -> Resolved | None:
    """The expression resolved, or None. `evening_before`: the newsroom wrote the text on the day
    before `published` (an NYT page posted on a Beijing morning, the New York evening before), so a
    bare weekday naming the publication's own weekday is the week before's (周一 in a Monday-morning
    page is last Monday: in New York it was still Sunday), unless its morning follows it (周一上午 is
    that Monday's morning in Asia, hours before the page)."""
    try:
        r = _resolve(m, text, published, found, future, evening_before)
    except (ValueError, KeyError, OverflowError):  # 2月30日, 周八, a date past year 9999
        return None
    return None if r is None else Resolved(*r, m.end())


def as_when(m: re.Match[str], r: Resolved) -> When:
    """A resolved expression as the span of days it covers, at its precision; a part of a month
    (下旬, 月底) is its days."""
    part = m["ypart"] or m["rpart"] or m["part"] or m["mpart"] or m["typart"]
    if r.precision == "month" and part and r.value_end is None:
        y, mo = r.value.year, r.value.month
        parts = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "中": (11, 20)}
        first, final = parts.get(part, (21, last_day(y, mo)))
        return When(date(y, mo, first), date(y, mo, final), Precision.DAY)
    last = r.value_end or r.value
    if r.precision == "day":
        return When(r.value, last, Precision.DAY)
    if r.precision == "month":
        return When(r.value, date(last.year, last.month, last_day(last.year, last.month)), Precision.MONTH)
    return When(r.value, date(last.year, 12, 31), Precision.YEAR)


def _newsroom_day(pub: date, text: str, e: int, evening_before: bool) -> date:
    """The day 今天, 三天前, 两周前 and a past weekday count from: in a page written the evening before,
    the newsroom's day, the one before the page's (but not for 今天上午 or 周一上午, a morning in Asia).
    Calendar weeks (上周, 本周) still count from the page's: from the newsroom's they lost more read
    sets than they won."""
    return pub - timedelta(days=1) if evening_before and not text.startswith(_MORNING, e) else pub


def _resolve(m: re.Match[str], text: str, pub: date, prev: list[Resolved], forced: bool | None,
             evening_before: bool = False) -> tuple[date, str, date | None, str] | None:
    """(first day, precision, first day of a span's last unit or None, kind), or None."""

    def _future(text: str, s: int, e: int) -> bool:
        return forced if forced is not None else future_in(text, s, e)

    s, e = m.span()
    g = m.group
    if g("iso"):
        d = date.fromisoformat(g("iso"))
        if g("z"):  # UTC time: the date in UTC+8
            hh, mm = int(g("isotime")[1:3]), int(g("isotime")[4:6])
            d = (datetime(d.year, d.month, d.day, hh, mm) + timedelta(hours=8)).date()
        return d, "day", None, "iso"
    if g("decade"):
        dy, cent = g("dyear"), g("dcent")
        if len(dy) == 4:  # 1880年代
            start = int(dy)
        else:
            if cent and cent.startswith("上"):
                base = (pub.year // 100 - 1) * 100
            elif cent:
                base = (number(cent[:-2]) - 1) * 100
            else:
                base = 1900  # 80年代, 90年代
            start = base + int(dy)
        return date(start, 1, 1), "year", date(start + 9, 1, 1), "decade"
    if g("century"):
        n = number(g("cnum"))
        if not 1 <= n <= 22:
            return None
        return date(100 * (n - 1) + 1, 1, 1), "year", date(100 * n, 1, 1), "century"
    if g("yrange"):  # 2014到2015年: the years from the first to the last
        first, last = number(g("yr1")), number(g("yr2"))
        if not 0 < last - first <= _LONGEST_YEARS:
            return None
        return date(first, 1, 1), "year", date(last, 1, 1), "year-range"
    if g("yspan"):
        future = _future(text, s, e)
        sm, sd = number(g("sm")), number(g("sd"))
        em = number(g("em")) if g("em") else sm
        ed = number(g("ed"))
        # In the future, a span still under way (6月12日至17日 written on the 14th) is this year's:
        # its end, not its start, says whether it has passed.
        y = number(g("sy")) if g("sy") else (_year_for(em, ed, pub, True) - (1 if em < sm else 0) if future
                                             else _year_for(sm, sd, pub, False))
        start = date(y, sm, sd)
        end = date(y + (1 if em < sm else 0), em, ed)
        return start, "day", end, "span"
    if g("year"):
        y = number(g("year"))
        if not 1000 <= y <= 2999:
            return None
        if g("holiday"):  # 2019年的七一
            return date(y, *HOLIDAYS[g("holiday")]), "day", None, "holiday"
        return _in_year(y, g("ym"), g("yd"), ("year", "month", "date"))
    if g("rtoday") or g("atoday"):
        # 25年前的今天 (an anniversary), 去年的今天: publication's day and month, in that year or month
        if g("rely"):
            y, mo = pub.year + REL_Y_OFFSET[g("rely")], pub.month
        elif g("au") == "年":
            y, mo = pub.year - number(g("an")), pub.month
        elif g("au") in ("个月", "個月"):
            y, mo = shift_month(pub.year, pub.month, -number(g("an")))
        else:
            y, mo = 0, 0  # 三天前的今天: days before, counted below
        if y:
            return date(y, mo, min(pub.day, last_day(y, mo))), "day", None, "this-day"
    if g("rely"):
        return _in_year(pub.year + REL_Y_OFFSET[g("rely")], g("rm"), g("rd"),
                        ("rel-year", "rel-year-month", "rel-year-date"))
    if g("season1"):
        y = pub.year + {"今": 0, "去": -1, "明": 1}[g("season1")]
        return date(y, 1, 1), "year", None, "season"
    if g("relm"):
        y, mo = shift_month(pub.year, pub.month, REL_M_OFFSET[g("relm")])
        if g("relmd"):
            return date(y, mo, number(g("relmd"))), "day", None, "rel-month-day"
        return date(y, mo, 1), "month", None, "rel-month"
    if g("m"):
        mo = number(g("m"))
        if not 1 <= mo <= 12:
            return None
        future, scheduled = _future(text, s, e), _SCHEDULED.match(text, e) is not None
        past = not future and past_in(text, s, e)
        day = number(g("d")) if g("d") else None
        y = year_in_context(prev, text, s, pub, mo, day, future)
        if day is not None:
            y = y or weekday_year(text, e, _year_for(mo, day, pub, future, scheduled, past), mo, day)
            return date(y, mo, day), "day", None, "month-day"
        return date(y or _year_for(mo, None, pub, future, scheduled, past), mo, 1), "month", None, "month"
    monday = pub - timedelta(days=pub.weekday())
    if g("wd"):
        target = WEEKDAY[g("wd")]
        if g("wk"):
            return monday + timedelta(weeks=WEEK_OFFSET[g("wk")], days=target), "day", None, "weekday"
        if _future(text, s, e):
            # counted from the newsroom's day: written the evening before, 周四计划 on a Friday page is
            # that Thursday's plan, not next week's
            today = pub - timedelta(days=1) if evening_before else pub
            return today + timedelta(days=(target - today.weekday()) % 7), "day", None, "weekday"
        # the last such weekday on or before the newsroom's day: 周一 in a Monday-morning page written
        # the Sunday evening before is last Monday (周一上午, a morning in Asia, is that Monday)
        day = _newsroom_day(pub, text, e, evening_before)
        return day - timedelta(days=(day.weekday() - target) % 7), "day", None, "weekday"
    if g("weekend"):
        # 这个周末 is as bare 周末: the one before the newsroom's day, unless the clause looks ahead (a
        # Tuesday's "这个周末，经济危机达到顶点" is the weekend just past)
        if g("wkend") and WEEK_OFFSET[g("wkend")] != 0:
            sat = monday + timedelta(weeks=WEEK_OFFSET[g("wkend")], days=5)
        elif _future(text, s, e):
            sat = pub + timedelta(days=(5 - pub.weekday()) % 7)
        else:
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return sat, "day", sat + timedelta(days=1), "weekend"
    if g("week"):
        start = monday + timedelta(weeks=WEEK_OFFSET[g("week")])
        return start, "day", start + timedelta(days=6), "week"
    if g("quarter"):
        q = (pub.month - 1) // 3 + {"上": -1, "本": 0, "这": 0, "下": 1}[g("quarter")]
        y, q = pub.year + q // 4, q % 4
        return date(y, 3 * q + 1, 1), "month", date(y, 3 * q + 3, 1), "quarter"
    if g("past"):
        n, u = number(g("pn")), g("pu")
        if u in ("天", "日"):
            return pub - timedelta(days=n), "day", pub, "past-span"
        if u == "周":
            return pub - timedelta(weeks=n), "day", pub, "past-span"
        if u in ("个月", "個月"):
            y, mo = shift_month(pub.year, pub.month, -n)
            return date(y, mo, 1), "month", date(pub.year, pub.month, 1), "past-span"
        return date(pub.year - n, 1, 1), "year", date(pub.year, 1, 1), "past-span"
    if g("ago"):
        n, u = number(g("an")), g("au")
        if g("am"):  # 33年前的6月4日
            return _in_year(pub.year - n, g("am"), g("ad"), ("ago", "ago-month", "ago-date"))
        if u == "年":
            return date(pub.year - n, 1, 1), "year", None, "ago"
        if u in ("个月", "個月"):
            y, mo = shift_month(pub.year, pub.month, -n)
            return date(y, mo, 1), "month", None, "ago"
        days = n if u == "天" else 7 * n
        return _newsroom_day(pub, text, e, evening_before) - timedelta(days=days), "day", None, "ago"
    if g("anniv"):
        # 2016年庆祝中共成立95周年: counted from the year the clause names before it, else from publication
        n = number(g("anum"))
        before = prev[-1] if prev and prev[-1].kind != CARRIED and s - prev[-1].end <= _ANNIVERSARY_NEAR \
            and not re.search("[，,。；;]", text[prev[-1].end:s]) else None
        return date((before.value.year if before is not None else pub.year) - n, 1, 1), "year", None, "anniversary"
    if g("day"):
        day = _newsroom_day(pub, text, e, evening_before) + timedelta(days=DAY_WORDS[g("day")])
        return day, "day", None, "day-word"
    if g("next") or g("same") or g("dayafore"):
        # 次日: the day after the day named just before; 当天, 同日: that day; 此前一天: the day before it
        before = prev[-1] if prev else None
        if before is not None and before.kind == CARRIED and not (g("same") and not text[:s].strip()):
            before = None  # only 当天 opening the paragraph reads the paragraph before
        if before is not None and g("same") and before.precision == "month" and before.value_end is None \
                and s - before.end <= 200:
            return before.value, "month", None, "anaphoric"  # 2018年7月…当天: a day of that month
        if before is None or before.precision != "day" or before.value_end is not None or s - before.end > 200:
            return None
        if g("next") and text[:s].endswith(_AFTER_AN_EVENT):
            return None  # 辩论结束后的第二天: the day after the debate, not after the day named before
        shift = 1 if g("next") else -1 if g("dayafore") else 0
        return before.value + timedelta(days=shift), "day", None, "anaphoric"
    if g("thisyear") or g("thismonth") or g("later"):
        # 同月 opening a paragraph is the month the one before it ended with (2018年7月…¶同月她被送回…)
        carried_ok = g("thismonth") and not text[:s].strip()
        before = prev[-1] if prev and (prev[-1].kind != CARRIED or carried_ok) else None
        return _counted(g, s, pub, before, _future(text, s, e))
    if g("bare") or g("bspan"):
        day = number(g("bsd") or g("bare")[:-1])
        if (r := date_before(prev, text, s)) is not None and r.precision == "day":
            # 周一（3月7日）…称，俄罗斯将于8日…: the month of the day named before it in its sentence; a
            # smaller day is next month's only where that is not weeks past publication, or the clause
            # looks ahead (周日（6月28日）发文…并在22日退出, written on the 29th: the 22nd before)
            y, mo = shift_month(r.value.year, r.value.month, 1 if day < r.value.day else 0)
            if day < r.value.day and date(y, mo, day) - pub > _NEAR_FUTURE and not _future(text, s, e) \
                    and text[s - 1:s] != "于":  # 峰会于10日开幕: a day to come, scheduled
                y, mo = r.value.year, r.value.month
        else:
            y, mo, future = pub.year, pub.month, _future(text, s, e)
            if day != pub.day and (day > pub.day) != future:  # 将于8日, written on the 8th: that day
                y, mo = shift_month(y, mo, 1 if future else -1)
        if g("bspan"):
            last = number(g("bed"))
            ey, em = shift_month(y, mo, 1 if last < day else 0)
            return date(y, mo, day), "day", date(ey, em, last), "span"
        return date(y, mo, day), "day", None, "bare-day"
    return None


def _in_year(y: int, month: str | None, day: str | None, kinds: tuple[str, str, str]
             ) -> tuple[date, str, None, str]:
    """Year y, or the month or the day in it the text names (2019年, 2019年3月, 去年3月5日, 同年10月)."""
    if not month:
        return date(y, 1, 1), "year", None, kinds[0]
    mo = number(month)
    if day:
        return date(y, mo, number(day)), "day", None, kinds[2]
    return date(y, mo, 1), "month", None, kinds[1]


_NEAR = 300  # chars: how far back the date a 同年 or 三年后 counts from may lie (about a paragraph)
_NEXT = {"次年", "翌年", "第二年", "次月", "翌月"}


def _counted(g, s: int, pub: date, before: Resolved | None, future: bool
             ) -> tuple[date, str, date | None, str] | None:
    """同年10月, 次年, 同月, 三年后, 两天后: counted from the date named just before in the paragraph, at
    no finer precision than that date has (a year gives no day); with none before, 三年后 in a clause
    about the future counts from publication, and anything else is no date."""
    if before is not None and (s - before.end > _NEAR or before.value_end is not None):
        before = None  # too far back, or a span (上世纪80年代, 上季度): no one date to count from
    if before is None:
        if not (g("later") and future):
            return None
        before = Resolved(pub, "day", None, "published", s)
    base = before.value_end or before.value
    fine = {"year": 0, "month": 1, "day": 2}[before.precision]
    if g("thisyear"):
        return _in_year(base.year + (1 if g("ty") in _NEXT else 0), g("tym"), g("tyd"), ("anaphoric-year",) * 3)
    if g("thismonth"):
        if fine < 1:
            return None
        y, mo = shift_month(base.year, base.month, 1 if g("tm") in _NEXT else 0)
        if g("tmd"):
            return date(y, mo, number(g("tmd"))), "day", None, "anaphoric-month"
        return date(y, mo, 1), "month", None, "anaphoric-month"
    n, unit = number(g("ln")), g("lu")
    if unit == "年":
        return date(base.year + n, 1, 1), "year", None, "later"
    if unit in ("个月", "個月"):
        if fine < 1:
            return None
        y, mo = shift_month(base.year, base.month, n)
        return date(y, mo, 1), "month", None, "later"
    if fine < 2:
        return None
    return base + timedelta(days=n if unit == "天" else 7 * n), "day", None, "later"
