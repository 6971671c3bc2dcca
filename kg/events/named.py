"""Historical events that news names rather than dates ("9·11袭击", "「九一八事变」93周年"): the name
dates them. The table is data (kg/data/named_events.tsv); a name found in a sentence is a report
of that event with the table's date, and an anniversary right after it (93周年) is its date, not
another happening's."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from kg.events.dates import DateMention, Precision, When
from kg.model import EventKind

_NEAR = 3  # characters between a name and the anniversary that follows it (」, 的)


@dataclass(frozen=True, slots=True)
class NamedEvent:
    name: str  # the first of its names, the label
    names: tuple[str, ...]
    when: When
    kind: EventKind
    name_en: str
    parties: tuple[str, ...] = ()  # the places, countries and bodies it involves


@dataclass(frozen=True, slots=True)
class Named:
    """One mention of a named event in a folded text."""

    start: int
    end: int
    event: NamedEvent


def _when(text: str) -> When:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return When(day, day, Precision.DAY)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return When(date(parts[0], parts[1], 1), date(parts[0], parts[1], last), Precision.MONTH)
    return When(date(parts[0], 1, 1), date(parts[0], 12, 31), Precision.YEAR)


@cache
def table() -> tuple[dict[str, NamedEvent], re.Pattern[str]]:
    """Every name of every named event, and one pattern that finds them (longest first)."""
    rows = []
    text = files("kg.data").joinpath("named_events.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        names, when, kind, name_en, parties = line.split("\t")
        variants = tuple(names.split("|"))
        rows.append(NamedEvent(variants[0], variants, _when(when), EventKind(kind), name_en,
                               tuple(p for p in parties.split("|") if p)))
    by_name = {n: r for r in rows for n in r.names}
    pattern = re.compile("|".join(map(re.escape, sorted(by_name, key=len, reverse=True))))
    return by_name, pattern


def find_named(folded: str) -> list[Named]:
    by_name, pattern = table()
    return [Named(m.start(), m.end(), by_name[m.group(0)]) for m in pattern.finditer(folded)]


def anniversaries(named: list[Named], dates: list[DateMention]) -> set[int]:
    """The starts of the date mentions that are a named event's own: its anniversary
    (九一八事变93周年), or its date written before its name (1937年南京大屠杀), which dates no other
    happening of the sentence."""
    return {d.start for n in named for d in dates
            if (0 <= d.start - n.end <= _NEAR and d.text.endswith("周年"))
            or (0 <= n.start - d.end <= 1 and d.when is not None and n.event.when.overlaps(d.when))}
