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

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import rjieba

from kg.events.resolution import as_when, number, safely
from kg.events.timex import PATTERN, WEEKDAY, WK
from kg.events.triggers import TRIGGER_WORDS
from kg.events.when import DateMention, Precision, When
from kg.events.yearless import CARRIED, Resolved

__all__ = ["DateMention", "Precision", "When", "carried", "find_dates", "number", "resolve"]


# After these a date bounds a period ("自2月下旬以来", "2018年之前"); 起 ("自8月24日起暂停进口") is
# the day a measure takes effect, an event's date.
_BOUNDS = re.compile("份?(?:以来|之前|以前)")  # (自8月份以来: 份 after a month)
# A date then 的 and a figure dates the figure, not a happening: 出口额从2019年的130亿美元跃升…
_FIGURE_AFTER = re.compile(r"的(?:约|近|逾|超过)?\d")
# From a month on, and until another (从8月持续至3月): how long something lasts, not when it happened.
_RUNS_TO = re.compile("(?:持续|一直|延续)?(?:至|到)")
# A year a goal is set for dates the goal, not a happening: 2060年碳中和目标, 二〇三五年远景目标.
_GOAL_AFTER = re.compile(r"(?:前|之前)?(?:的)?[^，,。；;、（(《》“”]{0,5}(?:目标|远景|愿景)")


_APPOSED = re.compile(r"\s*[（(]\s*")
_WEEKDAY = re.compile(WK + "[" + "".join(WEEKDAY) + "]")
# 去世六周之前, 失踪的几天前: "six weeks before he died", counted from that happening, not from the
# day of publication ("six weeks ago"); a trigger word or 的 right before it says so.
_HAPPENINGS = tuple(w for w in TRIGGER_WORDS if len(w) >= 2)


# Words a date expression's first or last character belongs to, not the date: 日本周五 is no 本周五,
# 如今年过七旬 no 今年, 唯一日本 no 一日, 因此前往 no 此前; 一日本籍男子 no 一日.
_WORD_BEFORE = frozenset(["日本", "如今", "唯一", "统一", "第一", "万一", "同一", "因此", "如此", "彼此", "从此"])
_WORD_AFTER = frozenset(["日本"])
_BEFORE_A_DAY = frozenset("在于於至到从從的是和与與及或、截直当當他她它们我你")  # 在2号, 截至5号, 他2号: a day


_A_YEAR = re.compile(r"\d{4}年")  # after 逢: that year (再逢1981年), not a recurrence (逢周三)


def _after_a_happening(text: str, start: int) -> bool:
    return text.endswith("的", 0, start) or text.endswith(_HAPPENINGS, 0, start)


def find_dates(text: str, published: date | None, earlier: list[Resolved] | None = None,
               evening_before: bool = False) -> Iterator[DateMention]:
    """Every date expression in the text; resolved when the publication date allows (without one,
    only dates that need none: 2022年6月15日). `earlier` (see `carried`) is the last date of the
    paragraph before: 当天 opening this one is that day; it is extended in place. `evening_before`:
    the newsroom wrote the text the day before `published` (resolution.safely).

    A date that a bracket right after it restates (周一（8月31日）, 6月5日（周一）) is one mention: the
    clause is the sentence's, not the bracket's. It takes the date that names its month (8月31日,
    not the weekday), the first where both or neither do (2022年（去年）is 2022). So are a date without
    a year and the weekday right after it (11月9日星期二)."""
    pending: DateMention | None = None
    for d in _find_dates(text, published, [] if earlier is None else earlier, evening_before):
        if pending is not None:
            m = _APPOSED.match(text, pending.end)
            if m and m.end() == d.start and text[d.end:d.end + 1] in ("）", ")"):
                end = d.end + 1
                named = "月" in d.text and "月" not in pending.text and d.when is not None
                pending = DateMention(pending.start, end, text[pending.start:end],
                                      d.when if named else pending.when, _BOUNDS.match(text, end) is not None)
                continue
            if (d.start == pending.end and pending.text.endswith(("日", "号")) and "年" not in pending.text
                    and _WEEKDAY.fullmatch(d.text)) or _its_weekday(text, pending, d):
                # 11月9日星期二: one day, named twice; the weekday settled the date's year (a date with
                # its year and a weekday run together is a byline and a caption: 2023年11月17日|周三，…)
                pending = DateMention(pending.start, d.end, text[pending.start:d.end], pending.when,
                                      _BOUNDS.match(text, d.end) is not None)
                continue
            yield _bound(text, pending, published)
        pending = d
    if pending is not None:
        yield _bound(text, pending, published)


_YEAR = re.compile(r"\d{4}年")
# A weekday in a list of days or a run of them, which a rule or a timetable names
_DAYS_OF_A_RULE = re.compile(f"\\s*(?:(?:[、丶,，]|至|到)\\s*(?:{WK}[一二三四五六日天末]|周末)"
                             "|(?:[、丶,，和及与]|至|到)\\s*(?:法定)?(?:节假日|假日))")
_DAYS_OF_A_RULE_BEFORE = re.compile(f"(?:{WK}[一二三四五六日天]|周末)\\s*(?:[、丶,，]|至|到)\\s*$")
_TARGET = re.compile(r"(?:底|之前)?(?:前)?(?:基本|全面|全部)?(?:实现|达到|达成|达峰)")


def _bound(text: str, d: DateMention, published: date | None) -> DateMention:
    """The date, marked a bound (DateMention.since: it dates no happening) where it is the baseline of
    a comparison (比八月民调提升两个百分点) or a target's deadline (在2060年前实现碳平衡, 浙江2035年基本实现
    共同富裕, 到2025年实现碳中和)."""
    return replace(d, since=True) if not d.since and _dates_nothing(text, d, published) else d


def _dates_nothing(text: str, d: DateMention, published: date | None) -> bool:
    if text[d.start - 1:d.start] == "比" and rjieba.tag(text[max(0, d.start - 4):d.start])[-1] == ("比", "p"):
        return True  # (not 柯比|周四表示: a name's last character)
    if (_WEEKDAY.fullmatch(d.text) or d.text == "周末") and (
            _DAYS_OF_A_RULE.match(text, d.end) or _DAYS_OF_A_RULE_BEFORE.search(text, max(0, d.start - 6), d.start)):
        return True  # 周五、周末及法定节假日, 周一至周五: the days a rule names, no day that passed
    if not _YEAR.fullmatch(d.text) or d.when is None or published is None or d.when.start.year <= published.year:
        return False
    return (text.startswith("前", d.end) and not text.startswith(("前夕", "前后"), d.end)) \
        or _TARGET.match(text, d.end) is not None


def _its_weekday(text: str, day: DateMention, d: DateMention) -> bool:
    """2020年11月30日，周一上午: the day's own weekday after it and a comma names that day again (and is
    read so, not as last Monday)."""
    w = _WEEKDAY.fullmatch(d.text)
    return w is not None and day.when is not None and day.when.precision is Precision.DAY \
        and day.when.start == day.when.end and text[day.end:d.start] in ("，", ",", "，\u3000", " ") \
        and WEEKDAY[d.text[-1]] == day.when.start.weekday()


def _in_a_title(text: str, at: int) -> bool:
    """Inside 《…》: a work's title (《…二〇三五年远景目标的建议》) dates no happening of the text's."""
    opened = text.rfind("《", 0, at)
    return opened >= 0 and text.rfind("》", opened, at) < 0 and text.find("》", at) >= 0


_AGE = re.compile("[\\d一二三四五六七八九十两]+多?(?:岁|歲|出头|出頭)")


def _no_date_here(text: str, m: re.Match[str], s: int, e: int) -> bool:
    """The expression at s..e names no date: 每周三, 每年7月28日, 逢周三 recur (再逢1981年 is that year);
    1950年的一个礼拜天 is some Sunday (下一个周一 is one); 如今年过七旬 holds no 今年; 北溪2号, 嫦娥4号 number
    a thing (在2号 is a day); 今年32岁, 今年20出头 date an age, no happening."""
    return text[s - 1:s] == "每" or text.endswith(("每年", "每个月", "每月"), 0, s) or _AGE.match(text, e) is not None \
        or (text[s - 1:s] == "逢" and not _A_YEAR.match(text, s)) \
        or (m["wd"] and text.endswith(("一个", "某个", "某"), 0, s) and not text.endswith(("下一个", "上一个"), 0, s)) \
        or text[s - 1:s + 1] in _WORD_BEFORE or text[e - 1:e + 1] in _WORD_AFTER \
        or bool(m["bare"] and m["bare"].endswith("号") and "\u4e00" <= text[s - 1:s] <= "\u9fff"
                and text[s - 1] not in _BEFORE_A_DAY)


def _find_dates(text: str, published: date | None, found: list[Resolved], evening_before: bool = False
                ) -> Iterator[DateMention]:
    # found: what was resolved so far (次日 reads the day before it), extended in place
    runs_to = -1  # where the date a 从…至 span ends at stands: a bound too
    for m in PATTERN.finditer(text):
        s, e = m.span()
        if text[s - 1:s + 1] in _WORD_BEFORE and (rest := PATTERN.match(text, s + 1)) is not None:
            m, (s, e) = rest, rest.span()  # 日本周五: the date is 周五, not 本周五
        if _no_date_here(text, m, s, e):
            continue
        span = _RUNS_TO.match(text, e) if text[s - 1:s] == "从" else None
        titled = _in_a_title(text, s)
        since = _BOUNDS.match(text, e) is not None or _FIGURE_AFTER.match(text, e) is not None or span is not None \
            or s == runs_to or _GOAL_AFTER.match(text, e) is not None or titled
        runs_to = span.end() if span is not None else runs_to
        if m["vague"] or (m["ago"] and _after_a_happening(text, s)):
            yield DateMention(s, e, m.group(0), None, since)
            continue
        if published is None and not (m["year"] or m["iso"]):
            yield DateMention(s, e, m.group(0), None, since)
            continue
        r = safely(m, text, published or date(2000, 1, 1), found, None, evening_before)
        if r is None:
            continue
        if not titled:  # 《周六夜现场》…两年后: a title's weekday is nothing to count from
            found.append(r)
        yield DateMention(s, e, m.group(0), as_when(m, r), since)


def carried(found: list[Resolved], text: str) -> list[Resolved]:
    """What the paragraph after `text` may count from: its last date, its end moved back by the
    text's length so that distances run across the break. Only 当天 and its kin read it (a
    paragraph that opens "当天，" is on the day the one before it ended with); 次日, 同年 and 三年后
    carried across a break lowered event F1 on two read sets (README)."""
    return [replace(f, end=f.end - len(text), kind=CARRIED, origin=f.origin or f.kind) for f in found[-1:]]


def resolve(expression: str, published: date, future: bool = False) -> When | None:
    """One expression on its own (for tests and the README table); `future` as if the clause said 将."""
    m = PATTERN.fullmatch(expression)
    if m is None or m["vague"]:
        return None
    r = safely(m, expression, published, [], future)
    return as_when(m, r) if r is not None else None
