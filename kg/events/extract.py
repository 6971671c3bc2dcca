"""Events in an article: trigger words (kg.events.triggers) in the sentences, with the people,
organizations and places the entity layer found around them, and a date resolved against the
publication date (kg.events.dates).

One event, however many sentences report it: within an article, reports of the same kind merge
when nothing they say disagrees (their dates overlap or one has none, one's participants are among
the other's, their places are the same or one has none). A report with no date of its own that
merges with none takes, for meetings and calls, the article's news day: the nearest day named
before it, within the week before publication. Events left with no date at all, and no date in
words either, are dropped: a date is never guessed.

Across articles an event is one node when its kind, its week (or month, or year: see _key), its
participants and its place agree.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from kg.entities.fold import fold
from kg.events.dates import DateMention, Precision, When, find_dates
from kg.events.triggers import BY_KIND, HYPOTHETICALS, LABELS, NEEDS_NAME, NEGATIONS, TRIGGERS
from kg.model import Entity, EntityKind, Event, EventDate, EventKind, Extraction, Mention
from kg.text import sentences

_KIND_OF = {word: kind for kind, words in TRIGGERS.items() for word in words}
_TRIGGER = re.compile("|".join(sorted(map(re.escape, _KIND_OF), key=len, reverse=True)))
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")
_CLAUSE_END = "，,；;：:"
_SPECIFIC = {"City": 0, "AdministrativeArea": 1, "Place": 2, "Continent": 3, "Country": 4}
_HOSTING = ("接待", "接见")
# Kinds whose participants are people, or organizations when the clause names no one.
_PEOPLE_ONLY = frozenset({EventKind.MEETING, EventKind.PHONE_CALL, EventKind.AGREEMENT})
# Kinds whose trigger and date say enough without a named participant or place ("这部电影…上映").
_SELF_NAMED = frozenset({EventKind.RELEASE, EventKind.LAUNCH, EventKind.DISASTER, EventKind.ACCIDENT,
                         EventKind.ELECTION, EventKind.DEATH, EventKind.WAR})
_GATHERINGS = frozenset({EventKind.MEETING, EventKind.PHONE_CALL, EventKind.SUMMIT, EventKind.VISIT})
NEWS_DAY_WINDOW = timedelta(days=7)
_VAGUE = frozenset(["数天前", "几天前", "数日前", "近日", "日前", "不久前", "早些时候", "当时", "此前", "近期", "最近"])


@dataclass
class _Report:
    """One sentence's report of an event, before reports merge."""

    kind: EventKind
    part: str
    order: int  # position in the article, for "nearest before"
    trigger: Mention
    sentence: str
    when: When | None = None
    date_text: str = ""
    attendees: list[str] = field(default_factory=list)
    organizer: str = ""
    location: str = ""
    about: list[str] = field(default_factory=list)
    label: str = ""  # for kinds labelled by a name (北约峰会) or a thing (公路桥开通)
    triggers: list[Mention] = field(default_factory=list)

    def compatible(self, other: _Report) -> bool:
        if self.kind != other.kind:
            return False
        if self.when and other.when and not self.when.overlaps(other.when):
            return False
        if self.location and other.location and self.location != other.location:
            return False
        mine, theirs = set(self.attendees) | set(self.about), set(other.attendees) | set(other.about)
        return not mine or not theirs or mine <= theirs or theirs <= mine

    def absorb(self, other: _Report) -> None:
        if other.when and (self.when is None or _narrower(other.when, self.when)):
            self.when = other.when
        self.date_text = self.date_text or other.date_text
        self.attendees += [a for a in other.attendees if a not in self.attendees]
        self.about += [a for a in other.about if a not in self.about]
        self.location = self.location or other.location
        self.organizer = self.organizer or other.organizer
        self.label = self.label or other.label
        if self.part == "headline" and other.part != "headline":
            self.sentence = other.sentence  # the body's sentence says more than the headline
        self.triggers += other.triggers


def _fold_remarks(reports: list[_Report]) -> list[_Report]:
    """What is said at a meeting, call, summit or visit belongs to it ("接待普京时，两位领导人宣布…"):
    a statement in the sentence of such an event is no event of its own."""
    hosts = {(r.part, r.sentence) for r in reports if r.kind in _GATHERINGS}
    return [r for r in reports if not (r.kind is EventKind.STATEMENT and (r.part, r.sentence) in hosts)]


def _narrower(a: When, b: When) -> bool:
    return (a.end - a.start) < (b.end - b.start) and a.within(b)


def extract_events(parts: Sequence[tuple[str, str]], extraction: Extraction, entities: dict[str, Entity],
                   published: date | None, url: str) -> tuple[tuple[Event, ...], tuple[Mention, ...], tuple[str, ...]]:
    """The events of one article, the mentions of their trigger words (keyed by event), and what
    could not be done (said once)."""
    reports: list[_Report] = []
    dates: list[tuple[int, DateMention]] = []  # (order, date) in article order
    by_part: dict[str, list[Mention]] = {}
    for m in extraction.mentions:
        by_part.setdefault(m.part, []).append(m)
    for index, (part, text) in enumerate(parts):
        folded = fold(text)
        found = list(find_dates(folded, published))
        dates += [(index * 1_000_000 + d.start, d) for d in found]
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(folded)]
        for s_start, s_end in sentences(text):
            for t in _TRIGGER.finditer(folded, s_start, s_end):
                if any(a <= t.start() < b for a, b in quoted):
                    continue  # words in quotation marks are someone's words, not the report
                r = _report(part, index, text, folded, t, (s_start, s_end), by_part.get(part, []), entities,
                            [d for d in found if s_start <= d.start < s_end])
                if r is not None:
                    reports.append(r)
    reports = _fold_remarks(reports)
    merged: list[_Report] = []
    for r in reports:
        home = next((m for m in merged if m.compatible(r)), None)
        if home is None:
            merged.append(r)
        else:
            home.absorb(r)
    _news_day(merged, dates, published)
    events, mentions = [], []
    kept = [r for r in merged if (r.when or r.date_text) and (r.attendees or r.location or r.about
                                                              or (r.when and r.kind in _SELF_NAMED))]
    main = next((r for part in ("headline", "caption", "p1") for r in kept
                 if any(t.part == part for t in r.triggers)), None)
    shown: dict[str, str] = {}  # each entity as the article first writes it, for the labels
    for m in extraction.mentions:
        shown.setdefault(m.key, m.text)
    for r in kept:
        event = _event(r, entities, shown, url, main=r is main)
        events.append(event)
        mentions += [replace(t, key=event.key) for t in r.triggers]
    warnings = ()
    if published is None and any(d.when is None and d.text not in _VAGUE for _, d in dates):
        warnings = ("no publication date: relative dates (" + "、".join(_unique(
            d.text for _, d in dates if d.when is None and d.text not in _VAGUE))[:40] + ") are not resolved",)
    return tuple(events), tuple(mentions), warnings


def _report(part: str, index: int, text: str, folded: str, t: re.Match[str], sentence: tuple[int, int],
            mentions: list[Mention], entities: dict[str, Entity], dates: list[DateMention]) -> _Report | None:
    word, kind = t.group(0), _KIND_OF[t.group(0)]
    s_start, s_end = sentence
    clause_start = max([folded.rfind(c, s_start, t.start()) for c in _CLAUSE_END] + [s_start - 1]) + 1
    ends = [i for i in (folded.find(c, t.end(), s_end) for c in _CLAUSE_END) if i >= 0]
    clause_end = min(ends, default=s_end)
    before = folded[clause_start:t.start()]
    if any(w in before for w in NEGATIONS + HYPOTHETICALS):
        return None  # 没有会晤, 否认…袭击, 可能会晤: not a report that it happened
    here = [m for m in mentions if s_start <= m.start < s_end and m.key in entities]
    kinds = {m.key: entities[m.key].kind for m in here}
    r = _Report(kind, part, index * 1_000_000 + t.start(),
                Mention(part, t.start(), t.end(), text[t.start():t.end()], "", s_start, s_end),
                sentence=text[s_start:s_end])
    r.triggers.append(r.trigger)
    if word in NEEDS_NAME:
        named = next((m for m in here if kinds[m.key] is EntityKind.ORGANIZATION
                      and (m.end == t.start() or (m.start < t.start() and m.end == t.end()))), None)
        if named is None:
            return None
        r.attendees.append(named.key)
        r.label = entities[named.key].name if named.end == t.end() else named.text + word
    elif kind is not EventKind.ATTACK:
        # The people of the trigger's clause, or, when it names none, of the clause before (its subject).
        prev_start = max([folded.rfind(c, s_start, max(clause_start - 1, s_start)) for c in _CLAUSE_END]
                         + [s_start - 1]) + 1
        persons = _unique(m.key for m in here if kinds[m.key] is EntityKind.PERSON
                          and clause_start <= m.start < clause_end) or _unique(
            m.key for m in here if kinds[m.key] is EntityKind.PERSON and prev_start <= m.start < clause_start)
        orgs = _unique(m.key for m in here if kinds[m.key] is EntityKind.ORGANIZATION
                       and clause_start <= m.start < clause_end) or ([] if persons else _unique(
            m.key for m in here if kinds[m.key] is EntityKind.ORGANIZATION and prev_start <= m.start < clause_start))
        r.attendees = persons or orgs if kind in _PEOPLE_ONLY else _unique(persons + orgs)
        if not r.attendees and kind not in _PEOPLE_ONLY:  # the countries taking part (中国宣布制裁)
            r.about = _unique(m.key for m in here if clause_start <= m.start < clause_end
                              and entities[m.key].type == "Country")
        if word in _HOSTING:
            host = [m for m in here if kinds[m.key] is EntityKind.PERSON and clause_start <= m.start < t.start()]
            if host:
                r.organizer = host[-1].key
    places = [m for m in here if kinds[m.key] is EntityKind.PLACE]
    if kind is EventKind.ATTACK:
        target = next((m for m in places if m.start >= t.end() and m.start - t.end() <= 2), None) or next(
            (m for m in places if clause_start <= m.start < t.start() and folded[m.start - 1:m.start] == "对"), None)
        if target is None:
            return None
        r.location = target.key
        r.about = _unique(m.key for m in places if clause_start <= m.start < clause_end
                          and entities[m.key].type == "Country")
    elif kind is not EventKind.PHONE_CALL:
        r.location = _location(folded, t.start(), s_start, places, entities, kind, clause_start, clause_end)
    if kind is EventKind.OPENING:
        cities = [entities[m.key].name for m in places if clause_start <= m.start < clause_end
                  and entities[m.key].type == "City"]
        head = folded[folded.rfind("的", t.end(), clause_end) + 1:clause_end].rstrip("。！？")
        head = head if 0 < len(head) <= 5 and "的" in folded[t.end():clause_end] else ""
        r.label = "—".join(_unique(cities)) + head + word
    _date(r, folded, dates, clause_start, clause_end, t.start(), s_start)
    return r


def _location(folded: str, at: int, s_start: int, places: list[Mention], entities: dict[str, Entity],
              kind: EventKind, clause_start: int, clause_end: int) -> str:
    """The place after the nearest 在 before the trigger (the most specific one between them); for
    an opening, the first city of the clause."""
    zai = folded.rfind("在", s_start, at)
    span = [m for m in places if zai >= 0 and zai < m.start < at]
    if not span and kind is EventKind.OPENING:
        span = [m for m in places if clause_start <= m.start < clause_end]
    if not span:
        return ""
    best = min(span, key=lambda m: (_SPECIFIC.get(entities[m.key].type, 2), m.start))
    return best.key


def _date(r: _Report, folded: str, dates: list[DateMention], clause_start: int, clause_end: int, at: int,
          s_start: int) -> None:
    """A date in the trigger's clause (one followed by 以来 is a span's start, not the date); for
    当时 ("at that time"), the sentence's date before it; for a sentence that opens with a date
    ("上周，…"), that date in the clause after it; for meetings and calls, the sentence's."""
    usable = [d for d in dates if not d.since]
    in_clause = [d for d in usable if clause_start <= d.start < clause_end and d.text != "当时"]
    if not in_clause and "当时" in folded[clause_start:clause_end]:
        in_clause = [d for d in dates if d.start < clause_start and d.when is not None]
    if not in_clause:
        lead = next((d for d in usable if d.start == s_start and folded[d.end:d.end + 1] in "，,"), None)
        if lead is not None and lead.end + 1 == clause_start:
            in_clause = [lead]
    # Meetings and calls take a date from anywhere in their sentence ("2月，…在北京会晤"); other kinds
    # only from their own clause, where a sentence often dates something else.
    pool = in_clause or (usable if BY_KIND[r.kind].sentence_dates else [])
    resolved = [d for d in pool if d.when is not None]
    if resolved:
        r.when = min(resolved, key=lambda d: (d.start > at, abs(d.start - at))).when
    elif pool:
        r.date_text = pool[0].text


def _news_day(reports: list[_Report], dates: list[tuple[int, DateMention]], published: date | None) -> None:
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


def _unique(keys) -> list[str]:
    return list(dict.fromkeys(keys))


def _event(r: _Report, entities: dict[str, Entity], shown: dict[str, str], url: str, main: bool) -> Event:
    names = [shown.get(k, entities[k].name) for k in (r.attendees or r.about)]
    if r.label:
        label = r.label
    elif r.kind in LABELS and r.kind is not EventKind.ATTACK and len(names) >= 2:
        label = LABELS[r.kind].format(a=names[0], b=names[1])
    elif r.kind is EventKind.ATTACK and r.location:
        target = shown.get(r.location, entities[r.location].name)
        agent = next((shown.get(k, entities[k].name) for k in r.about if k != r.location), "")
        label = f"{agent}对{target}发起攻击" if agent else f"{target}遭到攻击"
    else:
        place = shown.get(r.location, "") if r.location else ""
        label = "、".join(names[:3]) + (f"在{place}" if place else "") + r.trigger.text
    when = EventDate(r.when.start, r.when.end, r.when.precision.value) if r.when else None
    return Event(key=_key(r, url), kind=r.kind, name=label, when=when, date_text="" if when else r.date_text,
                 attendees=tuple(r.attendees), organizer=r.organizer, location=r.location, about=tuple(r.about),
                 description=r.sentence.strip(), main=main)


def _key(r: _Report, url: str) -> str:
    """Kind, period, participants and place: two articles' reports of one meeting agree. The period
    is the ISO week of a day or of a range within a week (上周 and 周四 of that week meet; calls two
    weeks apart do not), else the month, or the year."""
    if r.when is None:
        period = "undated:" + url
    elif r.when.precision is Precision.YEAR:
        period = r.when.start.strftime("%Y")
    elif r.when.precision is Precision.DAY and r.when.start.isocalendar()[:2] == r.when.end.isocalendar()[:2]:
        year, week, _ = r.when.start.isocalendar()
        period = f"{year}-W{week:02d}"
    else:
        period = r.when.start.strftime("%Y-%m")
    who = ",".join(sorted(set(r.attendees) | set(r.about)))
    digest = hashlib.sha256(f"{r.kind}|{period}|{who}|{r.location}".encode()).hexdigest()[:12]
    return f"event:{r.kind}:{period if r.when else 'undated'}:{digest}"
