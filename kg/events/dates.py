"""Dates in news Chinese, resolved against the article's publication date, keeping the precision the
text gives: a day, a range of days, a month or a year. The rules are one table in the README.

Weeks start on Monday. A bare weekday is the latest such day on or before publication (周三 in an
article of Thursday 2022-06-16 is 2022-06-15; 周四 is the 16th itself), or the next one on or after
it when the clause speaks of the future (将, 将于, 即将, 计划, 预计). A month without a year is in the
year of publication when it does not come after publication, else the year before (in the future:
this year, else the next). Parts of months: 初 and 上旬 are days 1–10, 中旬 11–20, 下旬, 底 and 末
21 to the month's end.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


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
    since: bool = False  # followed by 以来: the start of a span ("自2月下旬以来"), not an event's date


_DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_YEAR = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"
_PART = r"(?:初|上旬|中旬|下旬|底|末)"
_WEEK = r"(?:周|星期|礼拜)"
_PATTERN = re.compile(
    rf"(?P<year>{_YEAR})年(?:(?P<ym>{_N})月(?:(?P<yd>{_N})[日号]|(?P<ypart>{_PART}))?)?"
    rf"|(?P<rely>今年|去年|大前年|前年|明年)(?:(?P<rm>{_N})月(?:(?P<rd>{_N})[日号]|(?P<rpart>{_PART}))?)?"
    rf"|(?P<m>{_N})月(?:(?P<d>{_N})[日号]|(?P<part>{_PART}))?"
    rf"|(?P<relm>本月|这个月|上上个月|上个月|上月|下下个月|下个月|下月)(?P<mpart>{_PART})?"
    rf"|(?P<wk>上上|上|本|这|下)?个?{_WEEK}(?P<wd>[一二三四五六日天])(?![一二三四五六七八九十\d])"
    rf"|(?P<weekend>(?P<wkend>上上|上|本|这|下下|下)?个?{_WEEK}末)"
    rf"|(?P<week>上上|上|本|这|下下|下)个?{_WEEK}"
    r"|(?P<day>大前天|前天|昨天|昨日|今天|今日|明天|明日|大后天|后天)"
    rf"|(?<![\d〇零一二三四五六七八九十月年])(?P<bare>{_N})[日号](?!前(?!往)|后|内)"
    r"|(?P<vague>数天前|几天前|数日前|近日|(?<![\d〇零一二三四五六七八九十])日前|不久前|早些时候|当时|此前|近期|最近)"
)
_FUTURE = re.compile(r"将(?![军领士近])|即将|计划|预计|打算|预定")
_DAY_WORDS = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
              "后天": 2, "大后天": 3}
_WEEK_OFFSET = {"上上": -2, "上": -1, "本": 0, "这": 0, "下": 1, "下下": 2, None: 0}


def number(text: str) -> int:
    """Arabic or Chinese numerals: 15, 十五, 二十一, 三十; years digit by digit (二〇二二)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _DIGIT[ch]
        return value
    tens, _, units = text.partition("十")
    if "十" in units:
        raise ValueError(f"not a number: {text}")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[units] if units else 0)


def find_dates(text: str, published: date | None) -> Iterator[DateMention]:
    """Every date expression in the text; resolved when the publication date allows."""
    for m in _PATTERN.finditer(text):
        since = text.startswith("以来", m.end()) or text.startswith("起", m.end())
        clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；！？,;") + 1
        future = bool(_FUTURE.search(text, clause_start, m.start() + 1))
        if not future and text[m.end():m.end() + 1] in "，,":  # "周五，习近平将…": the date opens the clause it dates
            ends = [i for i in (text.find(c, m.end() + 1) for c in "，。；！？,;") if i >= 0]
            future = bool(_FUTURE.search(text, m.end() + 1, min(ends, default=len(text))))
        if text[max(0, m.start() - 1):m.start()] == "每":
            continue  # 每周三: every Wednesday, no date
        if m["vague"]:
            when = None
        elif published is None:  # only what needs no publication date: 2022年6月15日
            when = _resolve(m, date.min, future) if m["year"] else None
        else:
            when = _resolve(m, published, future)
        if m["vague"] or when is not None or published is None:
            yield DateMention(m.start(), m.end(), m.group(0), when, since)


def resolve(expression: str, published: date, future: bool = False) -> When | None:
    """One expression on its own (for tests and the README table)."""
    m = _PATTERN.fullmatch(expression)
    return _resolve(m, published, future) if m and not m["vague"] else None


def _month(y: int, m: int) -> When:
    return When(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), Precision.MONTH)


def _part(y: int, m: int, part: str | None) -> When:
    if not part:
        return _month(y, m)
    last = calendar.monthrange(y, m)[1]
    first, final = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20)}.get(part, (21, last))
    return When(date(y, m, first), date(y, m, final), Precision.DAY)


def _day(d: date) -> When:
    return When(d, d, Precision.DAY)


def _year_for(m: int, d: int | None, published: date, future: bool) -> int:
    """The year of a month (and day) given without one: the one that does not pass publication
    (in the future: that is not before it)."""
    given, now = (m, d if d is not None else 0), (published.month, published.day if d is not None else 0)
    if future:
        return published.year + 1 if given < now else published.year
    return published.year - 1 if given > now else published.year


def _resolve(m: re.Match[str], published: date, future: bool) -> When | None:
    try:
        if m["year"]:
            y = number(m["year"])
            if not m["ym"]:
                return When(date(y, 1, 1), date(y, 12, 31), Precision.YEAR)
            month = number(m["ym"])
            return _day(date(y, month, number(m["yd"]))) if m["yd"] else _part(y, month, m["ypart"])
        if m["rely"]:
            y = published.year + {"今年": 0, "去年": -1, "前年": -2, "大前年": -3, "明年": 1}[m["rely"]]
            if not m["rm"]:
                return When(date(y, 1, 1), date(y, 12, 31), Precision.YEAR)
            month = number(m["rm"])
            return _day(date(y, month, number(m["rd"]))) if m["rd"] else _part(y, month, m["rpart"])
        if m["m"]:
            month, day = number(m["m"]), number(m["d"]) if m["d"] else None
            if day is not None:
                return _day(date(_year_for(month, day, published, future), month, day))
            when = _part(_year_for(month, None, published, future), month, m["part"])
            if not future and when.start > published:  # 3月下旬 in early March: the year before
                when = _part(when.start.year - 1, month, m["part"])
            return when
        if m["bare"]:  # 15日: in the month of publication, or the one before when that day is still to come
            day = number(m["bare"])
            d = date(published.year, published.month, 1)
            if (day > published.day) != future:
                total = d.year * 12 + d.month - 1 + (1 if future else -1)
                d = date(total // 12, total % 12 + 1, 1)
            return _day(d.replace(day=day))
        if m["relm"]:
            shift = {"本月": 0, "这个月": 0, "上上个月": -2, "上个月": -1, "上月": -1, "下下个月": 2, "下个月": 1,
                     "下月": 1}[m["relm"]]
            total = published.year * 12 + published.month - 1 + shift
            return _part(total // 12, total % 12 + 1, m["mpart"])
        monday = published - timedelta(days=published.weekday())
        if m["wd"]:
            target = _WEEKDAY[m["wd"]]
            if m["wk"]:
                return _day(monday + timedelta(weeks=_WEEK_OFFSET[m["wk"]], days=target))
            delta = (published.weekday() - target) % 7
            return _day(published + timedelta(days=(-delta) % 7) if future else published - timedelta(days=delta))
        if m["weekend"]:
            if m["wkend"]:
                sat = monday + timedelta(weeks=_WEEK_OFFSET[m["wkend"]], days=5)
            elif future:  # the next weekend
                sat = published + timedelta(days=(5 - published.weekday()) % 7)
            else:  # the last one (this one, on a Saturday or Sunday)
                sat = published - timedelta(days=(published.weekday() - 5) % 7)
            return When(sat, sat + timedelta(days=1), Precision.DAY)
        if m["week"]:
            start = monday + timedelta(weeks=_WEEK_OFFSET[m["week"]])
            return When(start, start + timedelta(days=6), Precision.DAY)
        if m["day"]:
            return _day(published + timedelta(days=_DAY_WORDS[m["day"]]))
    except (ValueError, KeyError, OverflowError):  # 2月30日, 13月, 十十, the year 10000: not a date
        return None
    return None
