"""Events the text gives whole, with their date: a named historical event (kg.events.named), a
person's years of life in brackets after their name (埃德加·斯诺（Edgar Snow 1905-1972）, 哈维尔
（Václav Havel, 1936-2011）), which date their birth and their death; careful readers list both
(bench/blind2, bench/blind7); and a crisis, games or a quake its date names (2008年金融危机, 2018年世界杯)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date

from kg.events.happenings import datable
from kg.events.named import Named
from kg.events.reports import Report
from kg.events.when import DateMention, Precision, When
from kg.model import Entity, EntityKind, EventKind, Mention
from kg.text import sentences

# The bracket right after the name: an optional Latin rendering, then two years joined by a dash.
_YEAR = r"(1[5-9]\d\d|20[0-4]\d)"
LIFE_YEARS = re.compile(r"[（(](?:[A-Za-zÀ-ÿĀ-ž .'’-]+[,，]?\s*)?" + _YEAR + r"\s*[-–—~～]\s*" + _YEAR + r"\s*[）)]")
_BORN, _DIED = "出生", "去世"


def life_events(part: str, index: int, text: str, folded: str, mentions: Sequence[Mention],
                entities: dict[str, Entity], published: date | None) -> list[Report]:
    """A birth and a death for each person whose years of life the text gives after the name.
    A death year after the article was written is no death (a misread range), and neither event is
    made then."""
    ends = {m.end: m for m in mentions if m.key in entities and entities[m.key].kind is EntityKind.PERSON}
    out = []
    for m in LIFE_YEARS.finditer(folded):
        person = ends.get(m.start())
        born, died = int(m.group(1)), int(m.group(2))
        if person is None or not born < died or (published is not None and died > published.year):
            continue
        for kind, year, group, word in ((EventKind.BIRTH, born, 1, _BORN), (EventKind.DEATH, died, 2, _DIED)):
            a, b = m.span(group)
            trigger = Mention(part, a, b, text[a:b], "", person.sentence_start, person.sentence_end)
            r = Report(kind, part, index * 1_000_000 + a, trigger,
                       sentence=text[person.sentence_start:person.sentence_end])
            r.triggers.append(trigger)
            r.when = When(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)
            r.date_at, r.attendees = a, [person.key]
            r.label = f"{text[person.start:person.end]}{word}"
            r.clause = (index * 1_000_000 + person.start, index * 1_000_000 + m.end())
            out.append(r)
    return out


def historic_report(part: str, index: int, text: str, n: Named, sentence: tuple[int, int],
                    mentions: Sequence[Mention], entities: dict[str, Entity]) -> Report:
    """A report of a named event (kg.events.named): its name, its date from the table, and what
    its name names (苏联 of 苏联解体)."""
    s_start, s_end = sentence
    r = Report(n.event.kind, part, index * 1_000_000 + n.start,
               Mention(part, n.start, n.end, text[n.start:n.end], "", s_start, s_end), sentence=text[s_start:s_end])
    r.triggers.append(r.trigger)
    r.when, r.date_at, r.label, r.historic, r.name_en = n.event.when, n.start, n.event.name, True, n.event.name_en
    r.clause = (index * 1_000_000 + n.start, index * 1_000_000 + n.end)
    inside = [m.key for m in mentions if n.start <= m.start and m.end <= n.end and m.key in entities]
    inside += _parties(n, entities)  # 美国2001年“911袭击”: the article's 美国, which the table names
    r.about = list(dict.fromkeys(k for k in inside if entities[k].kind is EntityKind.PLACE))
    r.attendees = list(dict.fromkeys(k for k in inside if entities[k].kind is not EntityKind.PLACE))
    return r


def _parties(n: Named, entities: dict[str, Entity]) -> list[str]:
    """The article's entities that the named event's row lists as involved, by any of their names."""
    wanted = set(n.event.parties)
    return [k for k, e in sorted(entities.items()) if wanted & {e.name, *e.aliases}]


# Happenings a date names: the date, 的, up to four characters of where or which (亚洲, 北京夏季, 区议会;
# no 的 among them: 2019年举行的选举 is a clause the trigger words read), and the happening's head
# (2008年的次贷危机, 2008年北京夏季奥运会; 2017年8月那样的日全食 is not one). A crisis
# said without a date (债务危机已经结束, 防止货币危机) is a state of affairs or a fear, and no event. (An
# election a date names, 2020年大选, is as often the setting of what the sentence reports, which careful
# readers do not list: measured, and left to the trigger words.)
_DATED_HEADS = {
    **dict.fromkeys(("金融危机", "次贷危机", "经济危机", "债务危机", "银行危机", "货币危机", "石油危机", "金融风暴",
                     "金融海啸", "股灾"), EventKind.CRISIS),
    **dict.fromkeys(("奥运会", "冬奥会", "夏奥会", "残奥会", "亚运会", "世界杯", "欧洲杯", "世博会", "日全食", "日环食",
                     "月全食"), EventKind.OCCURRENCE),
    **dict.fromkeys(("大地震", "海啸"), EventKind.DISASTER),
}
_DATED = re.compile("的?((?:(?!的)[\u4e00-\u9fff]){0,4}?)("
                    + "|".join(sorted(_DATED_HEADS, key=len, reverse=True)) + ")")


def given_events(part: str, index: int, text: str, folded: str, mentions: Sequence[Mention],
                 entities: dict[str, Entity], published: date | None, dates: Sequence[DateMention]) -> list[Report]:
    """The births and deaths of life_events and the happenings dated_happenings finds."""
    return life_events(part, index, text, folded, mentions, entities, published) + dated_happenings(
        part, index, text, folded, mentions, entities, dates, published)


def dated_happenings(part: str, index: int, text: str, folded: str, mentions: Sequence[Mention],
                     entities: dict[str, Entity], dates: Sequence[DateMention], published: date | None
                     ) -> list[Report]:
    """A happening each dated mention names (1981年香港股灾, 2018年世界杯), about the places its sentence
    names, with the bodies it names taking part. Games are history only in a year before the
    publication's (可口可乐是北京2022年冬奥会的赞助商之一, written in January 2022, reports no games)."""
    out: list[Report] = []
    bounds: list[tuple[int, int]] = []  # the part's sentences, split once where one is found
    starts = [x.start for x in mentions]  # mentions are in order: a sentence's are found by bisection
    for d in dates:
        m = _DATED.match(folded, d.end)
        if d.when is None or d.since or m is None or not datable(d):  # 90年代的亚洲金融风暴: no one year
            continue
        kind = _DATED_HEADS[m.group(2)]
        if kind is EventKind.OCCURRENCE and (published is None or d.when.end.year >= published.year):
            continue
        a, b = m.span(2)
        bounds = bounds or sentences(text)
        s_start, s_end = bounds[max(0, bisect_right(bounds, (d.start, len(text) + 1)) - 1)]
        # what its sentence names: the places hit, the bodies that weathered it (1998年金融危机期间，金管局…)
        said = [x.key for x in mentions[bisect_left(starts, s_start):bisect_left(starts, s_end)] if x.key in entities]
        where = [k for k in said if entities[k].kind is EntityKind.PLACE]
        trigger = Mention(part, a, b, text[a:b], "", s_start, s_end)
        r = Report(kind, part, index * 1_000_000 + a, trigger, sentence=text[s_start:s_end])
        r.triggers.append(trigger)
        r.when, r.date_at, r.label, r.about = d.when, d.start, text[m.start(1):b], list(dict.fromkeys(where))
        r.attendees = list(dict.fromkeys(k for k in said if entities[k].kind is EntityKind.ORGANIZATION))
        r.clause = (index * 1_000_000 + d.start, index * 1_000_000 + b)
        out.append(r)
    return out
