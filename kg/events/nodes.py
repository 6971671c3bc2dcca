"""A merged report as the Event the graph maps: its label in the article's words, its date, and
the key that makes one node of one event across articles."""

from __future__ import annotations

import hashlib
from datetime import date

from kg.events.dates import Precision
from kg.events.reports import Report
from kg.events.triggers import LABELS
from kg.model import Entity, Event, EventDate, EventKind

MOVES = frozenset({EventKind.VISIT, EventKind.TRANSPORT})  # the place after the trigger is where they went


def to_event(r: Report, entities: dict[str, Entity], shown: dict[str, str], url: str, main: bool) -> Event:
    names = [shown.get(k, entities[k].name) for k in (r.attendees or r.about)]
    if r.label:
        label = r.label
    elif r.kind in LABELS and r.kind is not EventKind.ATTACK and len(names) >= 2:
        label = LABELS[r.kind].format(a=names[0], b=names[1])
    elif r.kind is EventKind.ATTACK and r.location:
        target = shown.get(r.location, entities[r.location].name)
        agent = next((shown.get(k, entities[k].name) for k in r.about if k != r.location), "")
        label = f"{agent}对{target}发起攻击" if agent else f"{target}遭到攻击"
    elif (r.kind in MOVES or r.kind is EventKind.DISASTER) and r.location:  # 拉什迪搬到纽约, 登陆台湾: where
        place = shown.get(r.location, entities[r.location].name)
        label = "、".join(n for n in names[:3] if n != place) + r.trigger.text + place
    else:
        place = shown.get(r.location, "") if r.location else ""
        # 在尼泊尔坠毁, not 尼泊尔在尼泊尔坠毁: the place it is about is named once, as where
        label = "、".join([n for n in names if n != place][:3]) + (f"在{place}" if place else "") + r.trigger.text
    if r.works and not r.label:
        label = "、".join(f"《{w}》" for w in r.works[:2]) + r.trigger.text  # 《哪吒2》上映
    when = EventDate(r.when.start, r.when.end, r.when.precision.value) if r.when else None
    if when is not None and when.precision == "year" and when.end.year != when.start.year:
        # what happened over years (2014到2015年…收购) is dated, as the gold dates a range of days, by its first
        when = EventDate(when.start, date(when.start.year, 12, 31), "year")
    return Event(key=event_key(r, url), kind=r.kind, name=label, when=when, date_text="" if when else r.date_text,
                 attendees=tuple(r.attendees), organizer=r.organizer, location=r.location or r.home,
                 about=tuple(r.about), concerns=tuple(r.concerns), works=tuple(r.works),
                 description=r.sentence.strip(), main=main, name_en=r.name_en)


def event_key(r: Report, url: str) -> str:
    """Kind, period, participants and place: two articles' reports of one meeting agree. The period
    is the ISO week of a day or of a range within a week (上周 and 周四 of that week meet; calls two
    weeks apart do not), else the month, or the year; a statement's is its day, where it has one."""
    if r.when is None:
        period = "undated:" + url
    elif r.when.precision is Precision.YEAR:
        period = r.when.start.strftime("%Y")
    elif r.kind is EventKind.STATEMENT and r.when.precision is Precision.DAY and r.when.start == r.when.end:
        period = r.when.start.isoformat()  # a spokeswoman speaks daily: two days' statements are two
    elif r.when.precision is Precision.DAY and r.when.start.isocalendar()[:2] == r.when.end.isocalendar()[:2]:
        year, week, _ = r.when.start.isocalendar()
        period = f"{year}-W{week:02d}"
    else:
        period = r.when.start.strftime("%Y-%m")
    who = ",".join(sorted(set(r.attendees) | set(r.about)))
    what = f"|{','.join(sorted(r.works))}" if r.works else ""  # two films released in one month: two events
    if not (who or r.location or what or r.historic):
        what = "|" + url  # nothing says which happening it is: two articles' "发生了" in 2020 are two events
    elif r.kind is EventKind.OCCURRENCE:
        what += "|" + r.trigger.text  # of no kind: its verb tells one of a country's happenings that week from another
    digest = hashlib.sha256(f"{r.kind}|{period}|{who}|{r.location}{what}".encode()).hexdigest()[:12]
    return f"event:{r.kind}:{period if r.when else 'undated'}:{digest}"
