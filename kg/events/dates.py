"""Dates in news Chinese, resolved against the article's publication date, keeping the precision the
text gives: a day, a range of days, a month or a year. The rules are one table in the README; the
expressions in tests/data/time_expressions.tsv (166, from the seeds and corpus items) hold them.

Weeks start on Monday. A bare weekday is the latest such day on or before publication (周三 in an
article of Thursday 2022-06-16 is 2022-06-15; 周四 is the 16th itself), or the next one on or after
it when the clause speaks of the future (将, 将于, 即将, 计划, 预计, 定于, 届时…). A month or day
without a year is in the year of publication when it falls before publication or at most 120 days
after it (9月9日 in an article of 5 September is coming), else in the year before; in the future,
this year unless more than 45 days past (a span: its end), else the next. Parts of months: 初 and
上旬 are days 1–10, 中旬 11–20, 下旬, 底 and 末 21 to the month's end. Decades, centuries, 三年前,
93周年 (the year 93 years before) and spans (6月15日至17日, 过去两周) have their own rows in the README table.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from kg.events.timex import (
    CLAUSE,
    DAY_WORDS,
    DIGIT,
    FUTURE,
    FUTURE_STRONG,
    PATTERN,
    REL_M_OFFSET,
    REL_Y_OFFSET,
    WEEK_OFFSET,
    WEEKDAY,
)


class Precision(StrEnum):
    DAY = "day"  # start == end, or a range of days (start < end)
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class When:
    start: date
    end: date
    precision: Precision

    @property
    def is_range(self) -> bool:
        return self.precision is Precision.DAY and self.start != self.end

    def within(self, other: When) -> bool:
        return other.start <= self.start and self.end <= other.end

    def overlaps(self, other: When) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    when: When | None  # None: a date the text gives but that cannot be resolved (数天前, 当时)
    since: bool = False  # a bound, not an event's date: "自2月下旬以来", "2018年之前"


_WINDOW = 120  # chars: how far to look for the clause boundaries around an expression
_RECENT = 45  # days: how long past a date written in the future may be and still be this year's
_AHEAD = 120  # days: a yearless date at most this far after publication is taken as upcoming


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


def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + m - 1 + k
    return t // 12, t % 12 + 1


def _future_in(text: str, s: int, e: int) -> bool:
    """Future marker in the clause up to the expression, or (when the expression opens a clause followed
    by a comma) in the next clause; 届时 opening the next clause refers back to this date."""
    lo = max(0, s - _WINDOW)  # bounded windows keep the scan linear in the text
    cs = max(max(text.rfind(c, lo, s) for c in CLAUSE) + 1, lo)
    if FUTURE.search(text, cs, s + 1):
        return True
    if text[e:e + 1] not in CLAUSE and FUTURE.search(text, e, min(len(text), e + 3)):
        return True
    if text[e:e + 1] in "，,":
        hi = min(len(text), e + 1 + _WINDOW)
        ends = [i for i in (text.find(c, e + 1, hi) for c in CLAUSE) if i >= 0]
        nxt = text[e + 1:min(ends, default=hi)]
        opens = cs == s or text[cs:s].strip() in ("", "在", "于")  # the date opens its clause
        if nxt.startswith(("届时", "屆時")) or (opens and FUTURE_STRONG.search(nxt)):
            return True
    return False


def _year_for(month: int, day: int | None, pub: date, future: bool) -> int:
    d = date(pub.year, month, min(day or 1, _last(pub.year, month)))
    if future:
        # A planned date just past (预计5月底, in an article of 14 June) was planned this year: the
        # words were written, or translated, a little before publication. Only one long past is
        # next year's.
        end = d if day else date(pub.year, month, _last(pub.year, month))
        return pub.year if (pub - end).days <= _RECENT else pub.year + 1
    if d <= pub or (d - pub).days <= _AHEAD:
        return pub.year
    return pub.year - 1


# After these a date bounds a period ("自2月下旬以来", "2018年之前"); 起 ("自8月24日起暂停进口") is
# the day a measure takes effect, an event's date.
_BOUNDS = ("以来", "之前", "以前")


_APPOSED = re.compile(r"\s*[（(]\s*")


def find_dates(text: str, published: date | None) -> Iterator[DateMention]:
    """Every date expression in the text; resolved when the publication date allows (without one,
    only dates that need none: 2022年6月15日). A date that a bracket right after it restates
    (周一（8月31日）, 6月5日（周一）) is one mention: the clause is the sentence's, not the bracket's. It
    takes the date that names its month (8月31日, not the weekday), the first where both or neither
    do (2022年（去年）is 2022)."""
    pending: DateMention | None = None
    for d in _find_dates(text, published):
        if pending is not None:
            m = _APPOSED.match(text, pending.end)
            if m and m.end() == d.start and text[d.end:d.end + 1] in ("）", ")"):
                end = d.end + 1
                named = "月" in d.text and "月" not in pending.text and d.when is not None
                pending = DateMention(pending.start, end, text[pending.start:end],
                                      d.when if named else pending.when, text.startswith(_BOUNDS, end))
                continue
            yield pending
        pending = d
    if pending is not None:
        yield pending


def _find_dates(text: str, published: date | None) -> Iterator[DateMention]:
    found: list[_Found] = []  # resolved so far: 次日 reads the day before it
    for m in PATTERN.finditer(text):
        s, e = m.span()
        if text[s - 1:s] in ("每", "逢"):  # 每周三: recurring, no date
            continue
        since = text.startswith(_BOUNDS, e)
        if m["vague"]:
            yield DateMention(s, e, m.group(0), None, since)
            continue
        if published is None and not (m["year"] or m["iso"]):
            yield DateMention(s, e, m.group(0), None, since)
            continue
        r = _safely(m, text, published or date(2000, 1, 1), found, None)
        if r is None:
            continue
        found.append(r)
        yield DateMention(s, e, m.group(0), _when(m, r), since)


def resolve(expression: str, published: date, future: bool = False) -> When | None:
    """One expression on its own (for tests and the README table); `future` as if the clause said 将."""
    m = PATTERN.fullmatch(expression)
    if m is None or m["vague"]:
        return None
    r = _safely(m, expression, published, [], future)
    return _when(m, r) if r is not None else None


@dataclass(frozen=True, slots=True)
class _Found:
    value: date  # the first day
    precision: str  # "day", "month", "year"
    value_end: date | None  # the first day of the last day, month or year of a span
    kind: str
    end: int  # where the expression ends in the text


def _safely(m: re.Match[str], text: str, published: date, found: list[_Found], future: bool | None) -> _Found | None:
    try:
        r = _resolve(m, text, published, found, future)
    except (ValueError, KeyError, OverflowError):  # 2月30日, 周八, a date past year 9999
        return None
    return None if r is None else _Found(*r, m.end())


def _when(m: re.Match[str], r: _Found) -> When:
    """A resolved expression as the span of days it covers, at its precision; a part of a month
    (下旬, 月底) is its days."""
    part = m["ypart"] or m["rpart"] or m["part"] or m["mpart"] or m["typart"]
    if r.precision == "month" and part and r.value_end is None:
        y, mo = r.value.year, r.value.month
        first, final = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "中": (11, 20)}.get(part, (21, _last(y, mo)))
        return When(date(y, mo, first), date(y, mo, final), Precision.DAY)
    last = r.value_end or r.value
    if r.precision == "day":
        return When(r.value, last, Precision.DAY)
    if r.precision == "month":
        return When(r.value, date(last.year, last.month, _last(last.year, last.month)), Precision.MONTH)
    return When(r.value, date(last.year, 12, 31), Precision.YEAR)


def _resolve(m: re.Match[str], text: str, pub: date, prev: list[_Found], forced: bool | None
             ) -> tuple[date, str, date | None, str] | None:
    """(first day, precision, first day of a span's last unit or None, kind), or None."""

    def _future(text: str, s: int, e: int) -> bool:
        return forced if forced is not None else _future_in(text, s, e)

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
        return _in_year(y, g("ym"), g("yd"), ("year", "month", "date"))
    if g("rely"):
        return _in_year(pub.year + REL_Y_OFFSET[g("rely")], g("rm"), g("rd"),
                        ("rel-year", "rel-year-month", "rel-year-date"))
    if g("season1"):
        y = pub.year + {"今": 0, "去": -1, "明": 1}[g("season1")]
        return date(y, 1, 1), "year", None, "season"
    if g("relm"):
        y, mo = _shift_month(pub.year, pub.month, REL_M_OFFSET[g("relm")])
        if g("relmd"):
            return date(y, mo, number(g("relmd"))), "day", None, "rel-month-day"
        return date(y, mo, 1), "month", None, "rel-month"
    if g("m"):
        mo = number(g("m"))
        if not 1 <= mo <= 12:
            return None
        future = _future(text, s, e)
        if g("d"):
            day = number(g("d"))
            return date(_year_for(mo, day, pub, future), mo, day), "day", None, "month-day"
        return date(_year_for(mo, None, pub, future), mo, 1), "month", None, "month"
    monday = pub - timedelta(days=pub.weekday())
    if g("wd"):
        target = WEEKDAY[g("wd")]
        if g("wk"):
            return monday + timedelta(weeks=WEEK_OFFSET[g("wk")], days=target), "day", None, "weekday"
        delta = (pub.weekday() - target) % 7
        if _future(text, s, e):
            return pub + timedelta(days=(-delta) % 7), "day", None, "weekday"
        return pub - timedelta(days=delta), "day", None, "weekday"
    if g("weekend"):
        if g("wkend"):
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
        if u == "天":
            return pub - timedelta(days=n), "day", pub, "past-span"
        if u == "周":
            return pub - timedelta(weeks=n), "day", pub, "past-span"
        if u in ("个月", "個月"):
            y, mo = _shift_month(pub.year, pub.month, -n)
            return date(y, mo, 1), "month", date(pub.year, pub.month, 1), "past-span"
        return date(pub.year - n, 1, 1), "year", date(pub.year, 1, 1), "past-span"
    if g("ago"):
        n, u = number(g("an")), g("au")
        if u == "年":
            return date(pub.year - n, 1, 1), "year", None, "ago"
        if u in ("个月", "個月"):
            y, mo = _shift_month(pub.year, pub.month, -n)
            return date(y, mo, 1), "month", None, "ago"
        days = n if u == "天" else 7 * n
        return pub - timedelta(days=days), "day", None, "ago"
    if g("anniv"):
        n = number(g("anum"))
        return date(pub.year - n, 1, 1), "year", None, "anniversary"
    if g("day"):
        return pub + timedelta(days=DAY_WORDS[g("day")]), "day", None, "day-word"
    if g("next") or g("same") or g("dayafore"):
        # 次日: the day after the day named just before; 当天, 同日: that day; 此前一天: the day before it
        before = prev[-1] if prev else None
        if before is None or before.precision != "day" or before.value_end is not None or s - before.end > 200:
            return None
        shift = 1 if g("next") else -1 if g("dayafore") else 0
        return before.value + timedelta(days=shift), "day", None, "anaphoric"
    if g("thisyear") or g("thismonth") or g("later"):
        return _counted(g, s, pub, prev[-1] if prev else None, _future(text, s, e))
    if g("bare"):
        day = number(g("bare")[:-1])
        future = _future(text, s, e)
        y, mo = pub.year, pub.month
        if (day > pub.day) != future:
            y, mo = _shift_month(y, mo, 1 if future else -1)
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


def _counted(g, s: int, pub: date, before: _Found | None, future: bool
             ) -> tuple[date, str, date | None, str] | None:
    """同年10月, 次年, 同月, 三年后, 两天后: counted from the date named just before in the paragraph, at
    no finer precision than that date has (a year gives no day); with none before, 三年后 in a clause
    about the future counts from publication, and anything else is no date."""
    if before is not None and (s - before.end > _NEAR or before.value_end is not None):
        before = None  # too far back, or a span (上世纪80年代, 上季度): no one date to count from
    if before is None:
        if not (g("later") and future):
            return None
        before = _Found(pub, "day", None, "published", s)
    base = before.value_end or before.value
    fine = {"year": 0, "month": 1, "day": 2}[before.precision]
    if g("thisyear"):
        return _in_year(base.year + (1 if g("ty") in _NEXT else 0), g("tym"), g("tyd"), ("anaphoric-year",) * 3)
    if g("thismonth"):
        if fine < 1:
            return None
        y, mo = _shift_month(base.year, base.month, 1 if g("tm") in _NEXT else 0)
        if g("tmd"):
            return date(y, mo, number(g("tmd"))), "day", None, "anaphoric-month"
        return date(y, mo, 1), "month", None, "anaphoric-month"
    n, unit = number(g("ln")), g("lu")
    if unit == "年":
        return date(base.year + n, 1, 1), "year", None, "later"
    if unit in ("个月", "個月"):
        if fine < 1:
            return None
        y, mo = _shift_month(base.year, base.month, n)
        return date(y, mo, 1), "month", None, "later"
    if fine < 2:
        return None
    return base + timedelta(days=n if unit == "天" else 7 * n), "day", None, "later"
