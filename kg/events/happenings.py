"""Happenings no trigger word names: a clause that a date expression anchors, whose predicate is a
verb of doing (rjieba's part-of-speech tags), not of being or of figures (kg.events.triggers'
STATIVE and STATISTICS). "周一，中国商务部威胁要对欧洲进口的猪肉征收关税" is one; "去年布鲁克林的一个
食品银行" (no verb) and "上季度美国经济增长了4.9%" (a figure) are not.

The date governs the clause it stands in; a date that opens its sentence alone ("周五，…",
"2019年8月的一个下午，…") governs the clause after it. A date followed by 以来 dates what lies
between it and 以来 ("自1991年苏联解体以来"), not the sentence around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

import rjieba

from kg.events.dates import DateMention, Precision
from kg.events.timex import PATTERN
from kg.events.triggers import (
    ACTIONS,
    AS_OF,
    BOILERPLATE,
    CALLED_OFF,
    HABITUAL,
    HYPOTHETICALS,
    LINKS,
    MODAL,
    NEGATIONS,
    NO_COMMENT,
    NOT_SCENE_OPENINGS,
    PARTS_OF_DAY,
    REFUSALS,
    SAID_BEFORE_DATE,
    SCENE_OPENINGS,
    STATES,
    STATISTICS,
    STATIVE,
    hedged,
)

_CLAUSE_END = "，,；;：:（）()“”「」"
_SCENE_LENGTH = 30  # characters: a clause that sets a scene is a phrase, not a report
_TIME_OF = ("前夕", "期间", "之际", "之时")
_PHOTO_DATED = ("摄于", "摄於", "拍摄于", "拍摄於")  # taken at: a photo's date
_PHOTO_TAKEN = (*_PHOTO_DATED, "摄")  # and a date before 摄 (上周四摄于平壤)
_SETTING_ENDS = ("上", "中", "时")  # 在…听证会上: a setting, not a report (and any clause ending in _TIME_OF)
_VERB_TAGS = frozenset({"v", "vd", "vi", "vg", "vn"})
# Tags after which rjieba's "verb" is a noun: 的 (周一的例行记者会, 冬奥会的赞助商), a numeral or a
# measure word (一家超市).
_NOUN_MARKERS = frozenset({"uj", "m", "q"})
_COPULAS = frozenset({"是", "有", "为"})
# a clause that gives a share or a population's count reports a figure (又回到了31.8％, 出生率7.52‰,
# 超一半儿童青少年近视, 中国出生人口1062万人)
_SHARE_OR_COUNT = re.compile(r"\d\s*[%％‰]|[一二三四五六七八九十百千万]分之|一半|半数|人口(?:为|达|约|有|是|总数)?\d")
_NOT_DONE = tuple(w for w in NEGATIONS if w not in CALLED_OFF) + HYPOTHETICALS  # 取消了巡演 was done
# A comparison ("比越南的总和还高", "比2017年水平高出2000亿美元") states how things stand.
# 比 in names and words (比尔, 利比亚, 利比里亚, 莫桑比克, 加勒比, 比亚迪, 比赛, 比例) is no comparison.
_COMPARISON = re.compile("(?<![利桑加])比(?![尔亚赛例如较重分利特起率值拟里克什勒绍])[^，,。；;]{1,24}?(?:还|更|要)?"
                         "(?:高|低|多|少|大|小|强|弱|快|慢|好|差|贵|便宜|长|短)")


# 可能 before a number hedges the figure ("可能数千名", "可能多达"), not whether it happened.
_HEDGED_NUMBER = re.compile("可能(?=[数几上近约逾多\\d一二两三四五六七八九十百千万])")


@dataclass(frozen=True, slots=True)
class Happening:
    """A dated clause and the verb that reports what happened in it (offsets into the part)."""

    clause: tuple[int, int]
    verb: tuple[int, int]  # for a weak one, the date: no word of the clause reports it
    date: DateMention
    weak: bool = False  # no verb of doing found: a happening only where the clause names who acts


def _clause(folded: str, at: int, lo: int, hi: int, past: int | None = None) -> tuple[int, int]:
    """The clause around folded[at:past]: a date may hold a bracket (周一（6月12日）), and a name in
    quotation marks (在国家体育场“鸟巢”举行) is part of its clause."""
    start = at
    while True:
        start = max([folded.rfind(c, lo, start) for c in _CLAUSE_END] + [lo - 1])
        opened = _quoted_name_opening(folded, lo, start)
        if opened < 0:
            start += 1
            break
        start = opened
    end = at if past is None else past
    while True:
        end = min([i for i in (folded.find(c, end, hi) for c in _CLAUSE_END) if i >= 0], default=hi)
        closed = folded.find("”", end + 1, min(hi, end + 2 + _QUOTED_NAME)) if folded.startswith("“", end) else -1
        if closed < 0 or any(c in folded[end + 1:closed] for c in _CLAUSE_END + "。"):
            return start, end
        end = closed + 1


_A_SETTING = re.compile("在[^，,。；;：:]{1,10}")  # 周三在北京，…: where, after the date that opens the sentence
_QUOTED_NAME = 10  # characters: a short quotation with no punctuation names something (“鸟巢”, “守护孩子”)


def _quoted_name_opening(folded: str, lo: int, at: int) -> int:
    """Where the opening mark stands of the quoted name whose closing mark is at `at`, or -1."""
    if at < lo or not folded.startswith("”", at):
        return -1
    opened = folded.rfind("“", max(lo, at - _QUOTED_NAME - 1), at)
    if opened < 0 or any(c in folded[opened + 1:at] for c in _CLAUSE_END + "。"):
        return -1
    return opened


def _verb(folded: str, clause: int, start: int, end: int) -> tuple[int, int] | None:
    """The first verb of doing in folded[start:end], unless the clause (from `clause`) is a figure,
    an assessment, or negated or hypothetical (a hedge on a number is neither: "杀害了数百甚至可能
    数千名抗议者")."""
    text = _HEDGED_NUMBER.sub("", folded[clause:end])
    if _states(text) or hedged(text, HYPOTHETICALS) or _COMPARISON.search(folded, clause, end):
        return None
    tagged = rjieba.tag(folded[start:end])
    if any(_a_figure(word) for word, _ in tagged) or _SHARE_OR_COUNT.search(text):
        return None
    at = start
    modifier: tuple[int, int] | None = None
    previous = ""
    for word, tag in tagged:
        w_start, at = at, at + len(word)
        if word in REFUSALS and tag in _VERB_TAGS and (w_start == 0 or folded[w_start - 1] not in "和与及的") \
                and not hedged(folded[clause:w_start], _NOT_DONE) \
                and not folded.startswith(NO_COMMENT, at + folded.startswith("了", at)):
            return w_start, at  # 于12月3日拒绝其保释: the refusal happened
        if word in _NOT_DONE:
            return None  # 可能, 没有: what may or did not happen
        after_noun_marker, previous = previous in _NOUN_MARKERS, tag
        if tag in _VERB_TAGS and word not in STATIVE and (len(word) > 1 or word in ACTIONS) and not after_noun_marker:
            before = folded[clause:w_start]
            if hedged(before, _NOT_DONE) or MODAL.search(before) \
                    or habitual(folded, clause, w_start):
                return None
            if folded.startswith("的", at):
                # 上个月发布的手机: a verb that modifies a noun reports something only when nothing
                # else in the clause does, and the clause is no "X是Y" (在中国销售的手机有四分之三是苹果手机)
                if modifier is None:
                    modifier = (w_start, at)
                continue
            return w_start, at
    if modifier is not None and not any(w in _COPULAS for w, _ in tagged if w):
        return modifier
    return None


WORK_TITLE = re.compile(r"《([^《》]{1,40})》")  # the title of a work, where words name things (《每日电讯报》)
_HABIT_REACH = 8  # characters before the verb


def habitual(folded: str, start: int, at: int) -> bool:
    """The verb at `at` reports what happens again and again: a habit word (triggers.HABITUAL: 每天,
    经常) among the words just before it, in its clause from `start`. One farther off, or before a 的,
    describes someone or something else (经常批评中国的参议员…访问了台湾; 每年举行的论坛…开幕); inside
    a word it is none (普通常驻, 统一向)."""
    near = WORK_TITLE.sub("", folded[max(start, at - _HABIT_REACH):at])
    near = near[near.rfind("的") + 1:]
    return any(w in HABITUAL for w in rjieba.cut(near))


def opens_alone(before: str) -> bool:
    """What stands before a date in its clause leaves the date to the clause after it: nothing but a
    preposition, a word that links it to what was said before (所以, 但是), or a verb of saying (and
    在 or 于)."""
    before = before.strip("在于从自 ")
    return not before or before.endswith(SAID_BEFORE_DATE) or before.removesuffix("在") in LINKS



def sets_the_scene(clause: str) -> bool:
    """在拉古纳伍兹东南仅110公里的地方, 据美联社报道: a short clause that says where, or on whose
    account, what the next clause reports happened (triggers.SCENE_OPENINGS)."""
    return clause.startswith(SCENE_OPENINGS) and not clause.startswith(NOT_SCENE_OPENINGS) \
        and len(clause) <= _SCENE_LENGTH


def _plain(folded: str, start: int, end: int) -> bool:
    """A dated clause with no verb of doing that still reads as a report: not negated, hypothetical
    or owed, no assessment, figure, comparison or X是Y, no page furniture, photo date or habit."""
    text = folded[start:end]
    ends = text.rstrip("，, ")
    if (text.startswith(SCENE_OPENINGS) and ends.endswith(_SETTING_ENDS)) or ends.endswith(_TIME_OF):
        return False  # 在周三的…听证会上, 乌克兰战争前夕: the setting of what the sentence goes on to report
    words = [w for w, _ in rjieba.tag(text)]
    return not (hedged(text, _NOT_DONE) or _states(text) or any(b in text for b in BOILERPLATE)
                or MODAL.search(text) or _COMPARISON.search(text) or any(p in text for p in _PHOTO_DATED)
                or _SHARE_OR_COUNT.search(text)
                or any(_a_figure(w) or w in _COPULAS or w in HABITUAL for w in words))


# A word of comparison before 的 describes a noun ("有相似之处的帖子", "类似的事件"), not the clause.
# (not 是不可想象的, which says how things are)
_ATTRIBUTIVE = re.compile("(?<!是)(?:" + "|".join(STATES) + ")(?:之处)?的(?=[^，,。；;！？”\\s])")


def _states(text: str) -> bool:
    """The clause compares or assesses (triggers.STATES), other than in what describes a noun."""
    text = _ATTRIBUTIVE.sub("", text)
    return any(s in text for s in STATES)


def _a_figure(word: str) -> bool:
    """A verb of figures, or a word that ends with one (快速增长, 大幅下降: one word to the dictionary)."""
    return word in STATISTICS or (len(word) > 2 and word.endswith(_FIGURE_ENDINGS))


# Figures that change by themselves (快速增长); not 提高 or 降低, which act on something (逐步提高…关税: a measure)
_FIGURE_ENDINGS = ("增长", "下降", "下跌", "上涨", "上升", "减少", "攀升", "下滑", "飙升", "暴涨", "暴跌", "激增",
                   "骤降", "锐减", "猛增")


def as_of(folded: str, d: DateMention, s_start: int) -> bool:
    """A date that says when things stood so ("截至2015年", "到今年4月为止"), not when anything happened;
    not one that 才 follows (一直到今年8月才再有机会探望她: not until then, when it happened)."""
    return (folded[max(s_start, d.start - 3):d.start].endswith(AS_OF) and not folded.startswith("才", d.end)) \
        or folded.startswith("为止", d.end)


def datable(d: DateMention) -> bool:
    """A date an event can take: a day, a range of days, a month, one year or a span of years
    written as one (2014到2015年, dated by its first); not a decade, a century or a stretch of time
    (20世纪80年代 and 过去三年 date a period, not a happening)."""
    when = d.when
    return when is not None and (when.start.year == when.end.year or (
        when.precision is Precision.YEAR and (m := PATTERN.fullmatch(d.text)) is not None and bool(m["yrange"])))


_SEEMING = ("似乎", "看来", "看起来", "看似", "好像", "仿佛", "显得")
_WEEKDAY = re.compile("(?:周|星期|礼拜)[一二三四五六日天末]")


OPENING_QUOTES = ("“", "「", "『")
CLOSING_QUOTES = ("”", "」", "』")


def quote_open_at(folded: str, lo: int, at: int) -> int:
    """Where the quotation mark opens that is still open at `at` (one opened in folded[lo:at] and not
    closed before `at`), or -1."""
    opened = max(folded.rfind(q, lo, at) for q in OPENING_QUOTES)
    return opened if opened >= 0 and max(folded.rfind(q, opened, at) for q in CLOSING_QUOTES) < 0 else -1


def _a_quoted_weekday(folded: str, d: DateMention, dates: list[DateMention], sentence: tuple[int, int]) -> bool:
    """A weekday in quoted words that the sentence dates otherwise ("2018年，他在采访时提到，“我周末会去
    庙宇…”"): the speaker's week, told long before the article's, or their habit; no day to resolve."""
    s_start, s_end = sentence
    if not _WEEKDAY.match(d.text):
        return False
    opened = quote_open_at(folded, s_start, d.start)
    if opened < 0:
        return False
    return any(o.when is not None and s_start <= o.start < s_end and o.end <= opened and not _WEEKDAY.match(o.text)
               for o in dates)


def find_happenings(folded: str, sentence: tuple[int, int], dates: list[DateMention]) -> list[Happening]:
    """The dated happenings of one sentence: per clause, the most precise date that anchors a verb
    of doing."""
    s_start, s_end = sentence
    out: list[Happening] = []
    if folded[s_start:s_end].rstrip().endswith(("？", "?")):
        return out  # 2020年中国出生人口为多少？: a question reports nothing
    for d in sorted(dates, key=lambda d: (d.when.end - d.when.start) if d.when else timedelta.max):
        if not datable(d) or d.since:
            continue  # "自2月以来": the start of a span, not when something happened
        if as_of(folded, d, s_start):
            continue  # "截至2015年": how things stood then
        if _a_quoted_weekday(folded, d, dates, sentence):
            continue
        start, end = _clause(folded, d.start, s_start, s_end, d.end)
        if any(h.clause[0] <= d.start < h.clause[1] for h in out):
            continue  # 今年的2月1日: one date per clause
        text = folded[start:end]
        if any(b in folded[s_start:s_end] for b in BOILERPLATE):
            continue
        if start - 1 > s_start and (text[:d.start - start].strip() in _PHOTO_TAKEN or (
                not text[:d.start - start].strip() and folded.startswith(_PHOTO_TAKEN, d.end))):
            # a caption's "…打出警告横幅，摄于2021年3月" or "…的新闻，上周四摄于平壤": the photo's date is
            # the scene's, the clause before
            start, end = _clause(folded, start - 2, s_start, s_end)
            verb = _verb(folded, start, start, end)
            if verb is None and _plain(folded, start, end):
                out.append(Happening((start, end), (d.start, d.end), d, weak=True))
            elif verb is not None:
                out.append(Happening((start, end), verb, d))
            continue
        ylai = folded.find("以来", d.end, end)
        verb = _verb(folded, start, d.end, ylai if ylai >= 0 else end)
        if (verb is None and end < s_end and opens_alone(text[:d.start - start])
                and (not text[d.end - start:].strip(PARTS_OF_DAY) or _A_SETTING.fullmatch(text, d.end - start))):
            # the date opens the sentence alone, or what is said ("…声称在2016年5月21日晚上，"):
            # it governs the clause after it
            start, end = _clause(folded, end + 1, s_start, s_end)
            verb = _verb(folded, start, start, end)
            while end < s_end and folded[end] in "，," and sets_the_scene(folded[start:end]):
                # "2019年，在…110公里的地方，一名男子…开枪", "据美联社报道，": a clause that says where, or
                # on whose word, passes the date on
                start, end = _clause(folded, end + 1, s_start, s_end)
                verb = _verb(folded, start, start, end)
        if any(h in folded[start:end] for h in _SEEMING):
            continue  # 新西兰人似乎存在分歧, 似乎可以看出…: how things seem, no happening
        if verb is None:
            if _plain(folded, start, end):
                # no verb of doing, yet dated and plain: kg.events.extract keeps it where it names a
                # person or an organization (2014年，印度下院通过刑法修正案: 通过 is no verb of doing)
                out.append(Happening((start, end), (d.start, d.end), d, weak=True))
            continue
        out.append(Happening((start, end), verb, d))
    return sorted(out, key=lambda h: h.clause)

