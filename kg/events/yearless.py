"""What a date written without its year or month takes from around it: the date before it in its
sentence, a weekday written with it; and the calendar arithmetic both need (kg.events.resolution)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from kg.events.timex import WEEKDAY, WK

# A weekday written with a yearless date (11月9日星期二, 6月5日（周一）): the calendar settles its year.
_WEEKDAY_WITH = re.compile(r"\s*[（(，,]?\s*" + WK + "([" + "".join(WEEKDAY) + "])")


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + m - 1 + k
    return t // 12, t % 12 + 1


CARRIED = "carried"  # the kind of a date carried over from the paragraph before


@dataclass(frozen=True, slots=True)
class Resolved:
    value: date  # the first day
    precision: str  # "day", "month", "year"
    value_end: date | None  # the first day of the last day, month or year of a span
    kind: str
    end: int  # where the expression ends in the text
    origin: str = ""  # a carried date's kind where it was written (2021年9月: "month")


# Kinds of date that set no year for what follows them: spans of years, decades, a paragraph's carried date.
_NO_CONTEXT_KINDS = frozenset({CARRIED, "decade", "century", "year-range", "past-span"})
_WRITTEN_YEAR = frozenset({"month", "date"})  # 2021年9月, 2021年9月3日: a month its year is written with
_CONTEXT_REACH = 150  # characters: how far back in its sentence the date that sets a yearless one's year may stand


def date_before(prev: list[Resolved], text: str, s: int) -> Resolved | None:
    """The date just before the one at s (prev: those before it, in order, as 次日 reads them), where it
    stands near in the same sentence (与2016年和2020年发生过的事如出一辙。在9月13日…: not 2016's). An
    anniversary's year is the past it counts from, not the story's: the date before it stands (2015年9月，
    …抗战胜利70周年阅兵式，随后，两国在11月签署…: 2015)."""
    r = next((p for p in reversed(prev) if p.kind != "anniversary"), None)
    if r is None or r.kind in _NO_CONTEXT_KINDS or s - r.end > _CONTEXT_REACH \
            or any(c in text[r.end:s] for c in "。！？!?") or (r.kind == "year" and text.startswith("的", r.end)):
        return None  # (nor a year that qualifies a noun: 对1973年的袭击感到惊讶，就像10月7日…)
    return r


# A year written at the head of its sentence (2018年，…; 1950年10月8日，…) sets the year of a yearless day
# that opens the next one; one inside a clause (对他在2022年收购…展开了调查) is background only.
_OPENING_YEAR = re.compile(r"[“\"「『]?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?")
_ENDS = "。！？!?\n"


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in _ENDS) + 1


def _opens_the_sentence_before(r: Resolved, text: str, s: int) -> bool:
    """The date at `s` opens its sentence, and `r` (a written year, month or day) opens the sentence
    right before it: 2018年，…。9月9日，…; not three sentences on, nor 哈里斯10月20日在宾州集会."""
    head = _sentence_start(text, s)
    if r.kind not in _WRITTEN_YEAR | {"year"} or text[head:s].strip(" “\"「『") or head == 0:
        return False
    before = _sentence_start(text, head - 1)
    return r.end > before and _OPENING_YEAR.fullmatch(text[before:r.end].strip()) is not None


# How far on a yearless date may run in the year a paragraph before it wrote (1月20日 → 2月3日); a year
# written alone (那是1950年) carried so lost four read sets' events (session 40).
_NARRATIVE_MONTHS = 3


def year_in_context(prev: list[Resolved], text: str, s: int, pub: date, month: int, day: int | None,
                    future: bool = False) -> int | None:
    """The year a yearless date takes from the date before it in its sentence, or, for one that opens
    its sentence, from a year that opens the sentence before (_OPENING_YEAR), where that one lies in a past year
    (去年9月22日，…有人在9月22日…发现: 2019's, in a story of 2020), counting on across the new year
    (2019年12月…，1月5日 is 2020's); None where no such date stands near, or the year would put
    the date after publication. A date to come takes a year to come so (2026年世界杯决赛将于7月19日…)."""
    last = prev[-1] if prev else None
    narrative = last is not None and last.kind == CARRIED and (last.origin in _WRITTEN_YEAR or (
        last.origin == "month-day" and (pub - last.value).days > 366))  # a yearless date a year before set it
    if narrative and day is not None \
            and 0 <= month - last.value.month <= _NARRATIVE_MONTHS and last.value.year < pub.year and not future:
        return last.value.year  # 2021年9月，厄兹居尔要求… then, paragraphs on, 厄兹居尔在9月10日…: that September
    r = date_before(prev, text, s)
    if r is None and last is not None and not future and _opens_the_sentence_before(last, text, s):
        r = last  # 2018年，停战协议似乎迎来一些好消息。9月9日，…签署: the year the narrative is in
    if r is None or r.value.year == pub.year or (r.value.year > pub.year) != future:
        return None  # a past year for a date past, a year to come for a date to come
    y = r.value.year
    if r.precision != "year" and (month, day or 1) < (r.value.month, r.value.day if r.precision == "day" else 1):
        y += 1
    return y if future or date(y, month, min(day or 1, last_day(y, month))) <= pub else None


def weekday_year(text: str, e: int, y: int, month: int, day: int) -> int:
    """The year of a yearless date that a weekday follows: of the year guessed (`y`), the one before
    and the one after, the one whose calendar puts the date on that weekday ("我明天有一辆卡车…将在
    11月9日星期二交付", quoted in a story of the next year: 2021, when the 9th was a Tuesday). Within
    three years a day and month fall on a given weekday once at most; none fitting, the guess stays."""
    m = _WEEKDAY_WITH.match(text, e)
    if m is None:
        return y
    want = WEEKDAY[m.group(1)]
    fits = [c for c in (y, y - 1, y + 1) if day <= last_day(c, month) and date(c, month, day).weekday() == want]
    return fits[0] if fits else y
