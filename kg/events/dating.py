"""When a report happened: the date its clause gives, or one its sentence lends it (a date that
opens the sentence, a dated saying's date for what it reports, the sentence's only date), and
for meetings and calls with none, the article's news day; never a date of the clause that describes
who acts (kg.events.extract uses these)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

import rjieba

from kg.entities.lexicon import STAFF, TITLES
from kg.events.dates import DateMention, Precision, When
from kg.events.happenings import CLOSING_QUOTES, as_of, datable, quote_open_at, sets_the_scene
from kg.events.reports import Report
from kg.events.timex import FUTURE as FUTURE_WORDS
from kg.events.timex import PAST_AFTER_A_DATE, looks_ahead
from kg.events.triggers import BY_KIND, DENIALS, NEW_ASSERTION, PARTS_OF_DAY, SAID_BEFORE_DATE
from kg.events.yearless import last_day
from kg.model import Entity, EntityKind, EventKind, Mention

CLAUSE_END = "，,；;：:"
FUTURE = re.compile("将|將|计划|計劃|打算|准备")
NEWS_DAY_WINDOW = timedelta(days=7)
_NEW_ASSERTION = re.compile("[;；]|[，,]\\s*(?:" + "|".join(NEW_ASSERTION) + ")(?!色列|军|方|巴)")  # not 以色列
SAYING = ("表示", "说", "称", "指出", "证实", "宣布", "报道", "透露", "强调")
_GLOSS = re.compile(r"[（(][^（）()]{0,12}[)）]")  # 周二（25日）时: the day in brackets glosses the weekday


def clause_opening(folded: str, lo: int, at: int) -> int:
    """Where the clause holding position `at` opens: after the last clause mark in folded[lo:at]."""
    return max([folded.rfind(c, lo, at) for c in CLAUSE_END] + [lo - 1]) + 1


_NEAR = 400  # characters
_FROM_ON = "于在自从"  # before a date after a verb of saying, what was said happens on or from it (宣布自8月24日起)
_CONNECTORS = frozenset(("但", "而", "然而", "不过", "但是", "此后", "随后", "后来", "同时", "其后", "最终"))
_BEFORE_OR_AFTER_THAT = ("之前", "此前", "先前", "早前", "之后", "此后", "其后", "随后", "后来")


def take_date(r: Report, folded: str, dates: list[DateMention], clause_start: int, clause_end: int, at: int,
          s_start: int) -> None:
    """A date in the trigger's clause (one followed by 以来 is a span's start, not the date); for
    当时 ("at that time"), the sentence's date before it; for a sentence that opens with a date
    ("上周，…"), that date in the clause after it; for meetings and calls, the sentence's."""
    # a date farther from the trigger than any sentence runs is another's (and text without
    # punctuation, with thousands of triggers, stays linear)
    usable = [d for d in dates if not d.since and (d.when is None or datable(d)) and abs(d.start - at) <= _NEAR
              and not _bounded_elsewhere(folded, d, at, s_start) and not _quoted_elsewhere(folded, d, at, s_start)
              and not as_of(folded, d, s_start)]
    in_clause = [d for d in usable if clause_start <= d.start < clause_end and d.text != "当时"
                 and not (d.start > at and folded.startswith(SAID_BEFORE_DATE, at) and _closes(folded, d, clause_end))
                 and not (d.start > at and folded.startswith(DENIALS, at))  # 否认周二袭击: the attack's date
                 and not (d.start < at and _dates_a_noun(folded, d, at))  # 因为7月1日的游行被警方逮捕
                 # 李家超回应2019年修例风波: what a saying is about dates the subject, not the saying
                 and not (d.start > at and r.kind is EventKind.STATEMENT and folded[d.start - 1] not in _FROM_ON)]
    if not in_clause and "当时" in folded[clause_start:clause_end]:
        in_clause = [d for d in dates if d.start < clause_start and d.when is not None]
    if not in_clause or all(d.start > at and d.when is not None for d in in_clause):
        # (or a clause of its own inside it: 1993年公司开始运营，1999年，海航股份上市); a date after the
        # trigger dates what it names (周二晚上，特朗普…宣布参加2024年竞选时), where one opens the sentence
        lead = next((d for d in usable if (d.start == s_start or folded[d.start - 1:d.start] in ("，", ",")
                                             or folded[s_start:d.start] in _CONNECTORS)  # 但7月7日，联合国…
                     and d.end < clause_start and folded[clause_start - 1:clause_start] in "，,"
                     and _leads_to(folded[d.end:clause_start - 1])), None)
        if lead is not None:
            in_clause = [lead]
    if not in_clause and clause_start > s_start and folded[clause_start - 1] in "，,：:" \
            and not looks_ahead(FUTURE, folded, clause_start, at):
        # "韩国军方周四（1月27日）表示，朝鲜…发射了…": what a dated saying reports took place by then
        said = clause_opening(folded, s_start, clause_start - 1)
        if folded[said:clause_start - 1].rstrip().endswith(SAYING):
            in_clause = [d for d in usable if said <= d.start < clause_start - 1 and d.when is not None][:1]
    # Meetings and calls take a date from anywhere in their sentence ("2月，…在北京会晤"); other kinds
    # only from their own clause, where a sentence often dates something else, unless the sentence
    # has one date alone ("男童在本月18日上学途中，遭到…攻击后死亡").
    # 周四（1月27日）names one day twice: one date
    lone = list({d.when: d for d in reversed([d for d in usable if d.when is not None])}.values())
    if len(lone) == 1 and lone[0].start > at:
        lone = []  # after the trigger, a date belongs to what is reported, not to the report
    if len(lone) == 1 and _NEW_ASSERTION.search(folded, min(lone[0].end, at), max(lone[0].start, at)):
        lone = []  # "周三，…通话，这表明普京入侵乌克兰…": the date is not the invasion's
    if len(lone) == 1 and not clause_start <= lone[0].start < clause_end and _describes_a_thing(folded, lone[0]):
        lone = []  # "住在一个四年前遭到袭击的清真寺附近，他说": the attack's date, not the saying's
    borrow = BY_KIND[r.kind].sentence_dates
    if not in_clause and looks_ahead(FUTURE, folded, clause_start, at):
        # "周六…商定，将就…启动磋商": what is to come takes no date from what was said before it
        usable = [d for d in usable if d.start > at]
    if not in_clause and folded.startswith(_BEFORE_OR_AFTER_THAT, clause_start):
        usable = []  # "…已于今年9月解散，之前该组织的领导人已经被捕": another time than the sentence's date
    pool = in_clause or (usable if borrow or len(lone) == 1 else [])
    resolved = [d for d in pool if d.when is not None]
    # 成立103周年: an anniversary after the trigger (_counts_from) counts the years from it, whatever day the
    # clause names (7月1日是中国共产党成立103周年纪念日: founded in 1921)
    # Elsewhere an anniversary dates the happening it counts from, not this one: 在2021年7月纪念…回归24周年的
    # 仪式上讲话 is dated 2021年7月
    resolved = [d for d in resolved if d.text.endswith("周年") and _counts_from(folded, r.trigger.end, d.start)] or [
        d for d in resolved if not d.text.endswith("周年")]
    if resolved:
        d = min(resolved, key=lambda d: (d.start > at, abs(d.start - at)))
        r.when, r.date_at = d.when, d.start
    elif pool:
        r.date_text = pool[0].text


def _counts_from(folded: str, trigger_end: int, at: int) -> bool:
    """The anniversary counts from the trigger: right after it (成立103周年), or after its object in
    the same clause (轰炸中国驻贝尔格莱德大使馆25周年)."""
    between = folded[trigger_end:at]
    return trigger_end <= at and len(between) <= 20 and not any(c in between for c in "，,。；;：:") \
        and not any(w in between for w in _CELEBRATING)  # 抵达香港参加庆祝…回归25周年: the return's


_CELEBRATING = ("庆祝", "纪念", "参加", "出席", "举行", "迎来", "迎接")


def _dates_a_noun(folded: str, d: DateMention, at: int) -> bool:
    """The date before 的 dates the noun after it (因为今年7月1日的游行被警方逮捕: the march's day), where
    a preposition or a verb stands between that noun and the trigger: not the trigger's date (在去年
    的选举中当选 is)."""
    if not folded.startswith("的", d.end) or folded[d.end + 1:at].endswith(_WHEN_ENDS):
        return False  # (自1月29日的农历新年假期开始时上映: a time clause dates what follows it)
    words = rjieba.tag(folded[d.end + 1:at])
    return len(words) >= 2 and any(tag in ("p", "v") for _, tag in words[1:])


_WHEN_ENDS = ("时", "时候", "之际", "期间", "后", "之后", "以后", "前", "之前")
_ATTRIBUTE = re.compile("[^，,。；;：:“”「」]{1,10}?的")


def _describes_a_thing(folded: str, d: DateMention) -> bool:
    """The date opens a clause that describes a thing (四年前遭到袭击的清真寺): a verb, then 的."""
    m = _ATTRIBUTE.match(folded, d.end)
    return m is not None and any(tag.startswith("v") for _, tag in rjieba.tag(m.group(0)[:-1]))


def _leads_to(between: str) -> bool:
    """What stands between a date that opens its sentence and the trigger's clause leaves the date to
    that clause: nothing but a part of the day, then clauses that set the scene (在…的地方)."""
    first, *rest = re.split("[，,]", _GLOSS.sub("", between))
    return first.strip(PARTS_OF_DAY) == "" and all(sets_the_scene(c) for c in rest)


def _closes(folded: str, d: DateMention, clause_end: int) -> bool:
    """The date after a verb of saying closes its clause ("声称在2016年5月21日晚上，德普…"): it dates
    what the next clause reports (kg.events.happenings), not the saying (成立于2019年9月 is dated)."""
    return clause_end < len(folded) and folded[clause_end] in "，," and not folded[d.end:clause_end].strip(PARTS_OF_DAY)


def names_the_happening(folded: str, dates: list[DateMention], at: int) -> bool:
    """A date that names the happening at `at` ("对1月13日的总统大选产生影响") dates what is scheduled
    or done, whatever its clause says may come of it. It names it through 的: a date right before a
    verb (可能会在周五会见) dates the act, which a hedge still governs."""
    return any(_DATED_NOUN.fullmatch(folded, d.end, at) for d in dates if d.end <= at)


_DATED_NOUN = re.compile("的(?:总统|议会|国会|中期|地方|州长|市长)?")  # 1月13日的(总统)大选


def _quoted_elsewhere(folded: str, d: DateMention, at: int, s_start: int) -> bool:
    """A date inside quotation marks, with the trigger outside them, is the speaker's words ("“2020年，
    …囤积了食品，”…说"): it dates what is quoted, not the saying."""
    opened = quote_open_at(folded, s_start, d.start)
    if opened < 0:
        return False
    closed = min((i for i in (folded.find(q, d.end) for q in CLOSING_QUOTES) if i >= 0), default=-1)
    return closed >= 0 and not opened < at < closed


def _bounded_elsewhere(folded: str, d: DateMention, at: int, s_start: int) -> bool:
    """A date inside "自…以来" dates what lies there, not a trigger outside it (自1991年苏联解体以来…访朝);
    so does one 以来 follows with no 自 (台日1972年断交以来…拜访日本)."""
    until = folded.find("以来", d.end, d.end + 30)
    if until < 0 or any(c in folded[d.end:until] for c in CLAUSE_END):
        return False
    since = folded.rfind("自", s_start, d.start)
    if since < 0 or any(c in folded[since:d.start] for c in CLAUSE_END):
        since = d.start
    return not since <= at < until


def news_day(reports: list[Report], dates: list[tuple[int, DateMention]], published: date | None) -> None:
    if published is None:
        return
    days = [(order, d.when) for order, d in dates if d.when is not None and not d.since
            and d.when.precision is Precision.DAY and d.when.start == d.when.end
            and published - NEWS_DAY_WINDOW <= d.when.start <= published]
    for r in reports:
        if r.when is None and not r.date_text and r.kind in (EventKind.MEETING, EventKind.PHONE_CALL):
            before = [w for order, w in days if order < r.order]
            if before:
                r.when = before[-1]


_TITLES = tuple(sorted({*TITLES, *STAFF}, key=len, reverse=True))  # 的高级工程经理戴维·迪克说: STAFF too
_AGENT_GAP = re.compile(r"\s*(?:[（(][^（）()]{0,40}[)）])?\s*(?:先生|女士|博士|教授)?\s*(?:在[^，,。；;的]{0,20})?")


def _described(folded: str, clause_start: int, start: int) -> bool:
    """The person at `start` follows a 的 that ends a describing clause, right before the name or
    before a title (于上月遇刺的前日本首相安倍晋三)."""
    if folded[start - 1:start] == "的":
        return True
    of = folded.rfind("的", clause_start, start)
    title = folded[of + 1:start].removeprefix("前")
    return of >= 0 and 0 < len(title) <= 8 and title.endswith(_TITLES)


def not_describing(folded: str, dates: list[DateMention], here: list[Mention], kinds: dict[str, EntityKind],
                    clause_start: int, at: int) -> list[DateMention]:
    """The dates that may date the trigger: not one inside a clause that describes who acts
    ("直到去年还在担任白宫经济顾问的杰瑞德·伯恩斯坦说", "2016年至2019年担任大使的彼得·特施强调"): that
    date is the role's. The describing clause ends in 的 right before the person who acts or their
    title (于上月遇刺的前日本首相安倍晋三), just before the trigger (a romanization, 先生, or where they
    act, 在…, between them); before an organization it often
    describes the event the trigger names (将于本月底举行的北约峰会), and stays. The clause names no
    person before that one: in "习近平周二对来访的布林肯说" the one after 的 is the listener, and 周二 the
    saying's."""
    agent = next((m for m in here if m.end <= at and _described(folded, clause_start, m.start)
                  and kinds[m.key] is EntityKind.PERSON and _AGENT_GAP.fullmatch(folded, m.end, at)), None)
    if agent is None or any(clause_start <= m.start < agent.start and kinds[m.key] is EntityKind.PERSON
                            for m in here):
        return dates
    return [d for d in dates if not (clause_start <= d.start and d.end < agent.start
                                     and _a_verb_between(folded, d.end, agent.start))]


def a_role_described(folded: str, clause: tuple[int, int], after: int, here: list[Mention],
                     entities: dict[str, Entity]) -> bool:
    """曾在2013年至2015年担任奥巴马总统幕僚的美国前国防部长黑格尔: a dated role (from `after`, the date's
    end) in a clause that describes the person after its 的, no happening of its own."""
    return _ROLE.match(folded, after, clause[1]) is not None and any(
        after <= m.start < clause[1] and (e := entities.get(m.key)) is not None and e.kind is EntityKind.PERSON
        and _described(folded, after, m.start) and _ROLE.match(folded, after, m.start) for m in here)


_ROLE = re.compile(r"[^，,。；;]{0,12}?(?:担任|出任|任职)")


def _a_verb_between(folded: str, start: int, end: int) -> bool:
    """A describing clause has its predicate (担任, 遇刺) or where they worked (在特斯拉负责管理…): 7月份内蒙古
    大学的…专家 is a date and a possessive, no clause about the person."""
    return any(tag.startswith("v") or word == "在" for word, tag in rjieba.tag(folded[start:end]))


# Dates joined by "and" (在3月和7月上调了利率, 8月31日和9月1日均…回应): one happening on each.
_DATE_JOINS = frozenset("和、及与")


def joined_dates(r: Report, folded: str, dates: list[DateMention]) -> list[Report]:
    """Copies of a dated report for each date joined by "and" to the one it took, on either side."""
    taken = next((d for d in dates if d.start == r.date_at and d.when == r.when), None)
    if taken is None or r.when is None:
        return []
    by_end = {d.end: d for d in dates if d.when is not None and d.when.precision == r.when.precision}
    by_start = {d.start: d for d in by_end.values()}
    chain, d = [], taken
    while d.start > 0 and folded[d.start - 1] in _DATE_JOINS and (d := by_end.get(d.start - 1)) is not None:
        chain.append(d)
    d = taken
    while d.end < len(folded) and folded[d.end] in _DATE_JOINS and (d := by_start.get(d.end + 1)) is not None:
        chain.append(d)
    return [replace(r, when=d.when, date_at=d.start, attendees=list(r.attendees), about=list(r.about),
                    concerns=list(r.concerns), works=list(r.works), triggers=list(r.triggers)) for d in chain]


def dated_next(folded: str, end: int, at: int, dates: Sequence[DateMention]) -> bool:
    """A name right before the word at `at`, or with only its date between (苏联于1991年解体,
    台湾1月13日大选): the word's subject."""
    if end == at:
        return True
    start = end + 1 if folded[end:end + 1] in ("于", "在") else end
    return any(d.start == start and d.end == at for d in dates)


# Happenings nobody reports for a day to come without a word of the future (预计, 将于): a death, a
# disaster, an accident, an injury, a birth.
PAST_ONLY = frozenset({EventKind.DEATH, EventKind.DISASTER, EventKind.ACCIDENT, EventKind.INJURY, EventKind.BIRTH,
                       EventKind.CRISIS})
_YEARLESS = re.compile("[0-9〇零一二三四五六七八九十]{1,3}月(?:[0-9〇零一二三四五六七八九十]{1,3}[日号號])?")


def past_not_upcoming(reports: list[Report], published: date | None) -> list[Report]:
    """A yearless date after publication reads as one to come (kg.events.resolution); for these kinds,
    or a deed told as done (会见了), with no word of the future in the sentence, it is last year's:
    陈彦霖于9月19日死亡 in a page of 11 September 2020 is the death of 19 September 2019 (not
    台风预计将于9月19日登陆, a forecast)."""
    for r in reports:
        at = r.date_at - r.trigger.sentence_start
        if (r.kind in PAST_ONLY or _told_as_done(r)) and published is not None and r.when is not None \
                and r.when.start > published \
                and at >= 0 and _YEARLESS.match(r.sentence, at) and r.sentence[at - 1:at] != "年" \
                and not FUTURE_WORDS.search(r.sentence):
            r.when = When(_year_before(r.when.start), _year_before(r.when.end), r.when.precision)
    return reports


def _told_as_done(r: Report) -> bool:
    """2月27日，他会见了…, 曾会见, 已经会见: the sentence tells the deed as done, whatever its kind."""
    at, end = r.trigger.start - r.trigger.sentence_start, r.trigger.end - r.trigger.sentence_start
    return r.sentence.startswith("了", end) or r.sentence[max(0, at - 2):at].endswith((*PAST_AFTER_A_DATE, "已经"))


def _year_before(d: date) -> date:
    return d.replace(year=d.year - 1, day=min(d.day, last_day(d.year - 1, d.month)))
