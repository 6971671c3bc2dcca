"""Events the text gives whole, with their date: a named historical event (kg.events.named), and a
person's years of life in brackets after their name (埃德加·斯诺（Edgar Snow 1905-1972）, 哈维尔
（Václav Havel, 1936-2011）), which date their birth and their death; careful readers list both
(bench/blind2, bench/blind7)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kg.events.named import Named
from kg.events.reports import Report
from kg.events.when import Precision, When
from kg.model import Entity, EntityKind, EventKind, Mention

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
    r.about = list(dict.fromkeys(k for k in inside if entities[k].kind is EntityKind.PLACE))
    r.attendees = list(dict.fromkeys(k for k in inside if entities[k].kind is not EntityKind.PLACE))
    return r
