"""One sentence's report of an event (a trigger or a dated clause), before reports merge, and
how reports fold: what is said at a gathering is part of it, and a sentence reports one happening
per date (kg.events.extract uses these)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.events.dates import Precision, When
from kg.model import EventKind, Mention

# Kept first among one sentence's reports of one date: a named kind, then these (kg.events.extract).
RANK = {EventKind.STATEMENT: 2, EventKind.OCCURRENCE: 3}
REMARKS = frozenset({EventKind.STATEMENT, EventKind.AGREEMENT})
GATHERINGS = frozenset({EventKind.MEETING, EventKind.PHONE_CALL, EventKind.SUMMIT, EventKind.VISIT})
# Kinds whose trigger and date say enough without a named participant or place ("这部电影…上映").
SELF_NAMED = frozenset({EventKind.RELEASE, EventKind.LAUNCH, EventKind.DISASTER, EventKind.ACCIDENT,
                        EventKind.ELECTION, EventKind.DEATH, EventKind.WAR, EventKind.OCCURRENCE,
                        EventKind.CRISIS})


@dataclass
class Report:
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
    home: str = ""  # the article's country, for a report whose text names no place: not its identity
    about: list[str] = field(default_factory=list)
    # Who or what else its sentence names (its object, target or setting: 批评了美国, 内蒙古的官员拘捕…;
    # and what the sentence says around it): what the event concerns beside its parties, loosely.
    # Never part of its identity or its merging.
    concerns: list[str] = field(default_factory=list)
    label: str = ""  # for kinds labelled by a name (北约峰会) or a thing (公路桥开通)
    works: list[str] = field(default_factory=list)  # 《titles》 of what it releases or enacts
    triggers: list[Mention] = field(default_factory=list)
    date_at: int = -1  # where the date it took stands in its part
    setting: bool = False  # the trigger names the backdrop: "在联合国高层会议期间"
    clause: tuple[int, int] = (0, 0)  # the trigger's clause, in article order
    historic: bool = False  # a named event (kg.events.named): its name and the table date it
    name_en: str = ""  # a named event's English name
    introduces: bool = False  # the trigger ends its clause ("韩国军方表示，"): the next clause is its content
    refers_back: bool = False  # "这次通话", "此次会晤": the trigger names a happening already told
    untargeted: bool = False  # an attack word with no target, only a place (莫斯科的袭击)

    def compatible(self, other: Report) -> bool:
        if self.kind != other.kind:
            return False
        if self.when and other.when and not self.when.overlaps(other.when):
            return False
        if self.location and other.location and self.location != other.location:
            return False
        mine, theirs = set(self.attendees) | set(self.about), set(other.attendees) | set(other.about)
        nameless = other if mine else self  # of two statements, the one that names no one
        if self.kind is EventKind.STATEMENT and bool(mine) != bool(theirs) and nameless.location \
                and not (self.part == other.part and self.sentence == other.sentence):
            return False  # 大众汽车…宣布 and 上海周四宣布: who spoke, and where someone spoke, are two statements
        return not mine or not theirs or mine <= theirs or theirs <= mine

    def same_happening(self, other: Report) -> bool:
        """Another sentence's occurrence on the same day (or month, or year) with a participant or
        the place in common, or another clause of the same sentence on that date."""
        if self.when is None or other.when is None:
            return False
        if self.when != other.when and not (other.when.precision is self.when.precision
                                            and other.when.overlaps(self.when)):
            return False
        if self.part == other.part and self.sentence == other.sentence:
            return True
        if self.when.is_range != other.when.is_range and self.kind is not other.kind:
            return False  # 周一，民众再次聚集… and 预计他将于本周辞职: a day's deed, and another kind within a week
        if not (other.attendees or other.about or other.location):
            return True  # "根据周一发表的声明": nothing to tell it from what else happened that day
        if set(self.attendees) & set(other.attendees) or (self.location and self.location == other.location):
            return True
        # a country both concern tells one day's happenings apart from none, but not a month's
        # (朝鲜本月测试了… and 朝鲜本月曾表示… are two)
        return self.when.precision is Precision.DAY and bool(
            (set(self.attendees) | set(self.about)) & (set(other.attendees) | set(other.about)))

    def absorb(self, other: Report) -> None:
        if other.when and (self.when is None or narrower(other.when, self.when)):
            self.when = other.when
        self.date_text = self.date_text or other.date_text
        self.attendees += [a for a in other.attendees if a not in self.attendees]
        self.about += [a for a in other.about if a not in self.about]
        self.concerns += [a for a in other.concerns if a not in self.concerns]
        self.location = self.location or other.location
        self.works += [w for w in other.works if w not in self.works]
        self.organizer = self.organizer or other.organizer
        self.label = self.label or other.label
        self.name_en = self.name_en or other.name_en
        if self.part == "headline" and other.part != "headline":
            self.sentence = other.sentence  # the body's sentence says more than the headline
        self.triggers += other.triggers


def fold_remarks(reports: list[Report]) -> list[Report]:
    """What is said or agreed at a meeting, call, summit or visit belongs to it: a statement or
    agreement in the sentence of such an event ("接待普京时，两位领导人宣布…"), or on its day with
    none but its participants ("根据周一发表的声明，双方同意…"), is no event of its own."""
    hosts = [r for r in reports if r.kind in GATHERINGS]

    def folded(r: Report) -> bool:
        if r.kind not in REMARKS:
            return False
        if any(h.part == r.part and h.sentence == r.sentence and h.order < r.order for h in hosts):
            return True  # said at the gathering the sentence reported first
        who = set(r.attendees) | set(r.about)
        return r.when is not None and r.when.start == r.when.end and any(
            h.when == r.when and who <= set(h.attendees) | set(h.about) for h in hosts)

    return [r for r in reports if not folded(r)]


def fold_back(reports: list[Report]) -> list[Report]:
    """A trigger after a demonstrative ("在这次通话中", "此次会晤期间") names a happening of its kind
    told before: it is evidence of the last such report, not an event of its own. Whom its clause
    names are sources as often as parties ("一位官员告诉法新社，在这次通话中"), so they are not
    added; a finer date of its own, within the last one's, narrows it. With none of its kind before,
    or a date of its own that the last one's does not share ("1918年的那场大流行" after an undated
    one, or this year's), it stands."""
    out: list[Report] = []
    for r in sorted(reports, key=lambda r: r.order):
        earlier = next((e for e in reversed(out) if e.kind == r.kind), None) if r.refers_back else None
        if earlier is not None and r.when and not (earlier.when and r.when.overlaps(earlier.when)):
            earlier = None
        if earlier is None:
            out.append(r)
            continue
        earlier.triggers += r.triggers
        if r.when and (earlier.when is None or narrower(r.when, earlier.when)):
            earlier.when, earlier.date_at = r.when, r.date_at  # 这次会晤于上周三举行: that day, within the week told
    return out


def one_per_date(reports: list[Report]) -> list[Report]:
    """A sentence reports one happening per date: "金正恩今年6月向普京发送贺电，承诺…" is one event,
    told by its first trigger; the others stay as its evidence. Reports with no date of their own
    are left to merge by what they say."""
    groups: dict[tuple[str, str, When], list[Report]] = {}
    out = []
    for r in reports:
        if r.when is None:
            out.append(r)
        else:
            groups.setdefault((r.part, r.sentence, r.when), []).append(r)
    for group in groups.values():
        # A named kind before a trip, a trip before a saying, a saying before a bare verb ("前往北京
        # 与…举行谈话" is the talks; "周四宣布辞职" the resignation); an attack with no target after a
        # death in its clause ("遭…持刀攻击后死亡" is the death); a setting ("在…会议期间") last;
        # then the predicate nearest after the date.
        deaths = {r.clause for r in group if r.kind is EventKind.DEATH}
        home = min(group, key=lambda r: (r.setting or r.refers_back,  # 对于此次通话: told before; the saying leads
                                         RANK.get(r.kind, int(r.untargeted and r.clause in deaths)),
                                         r.trigger.start < r.date_at,
                                         abs(r.trigger.start - r.date_at)))
        # A leader that names no one would be dropped, and the sentence's event with it: a report told
        # before it that names someone leads instead ("宝文14日表示，两国继续保持交谈…" is his statement,
        # "一个克钦代表团前往中国进行会谈" the trip to China, not talks between no one).
        if not stands(home):
            home = next((r for r in group if stands(r) and r.trigger.start < home.trigger.start), home)
        out.append(home)
        for r in group:
            if r is home:
                continue
            if _apart(r, home):
                out.append(r)
            else:
                home.triggers += r.triggers
    return sorted(out, key=lambda r: r.order)


def names_someone(r: Report) -> bool:
    return bool(r.attendees or r.location or r.about or r.historic)


def stands(r: Report) -> bool:
    """The report can be an event of its own once dated: it names someone or somewhere, or its kind
    needs no one."""
    return names_someone(r) or r.kind in SELF_NAMED


def tells(r: Report) -> bool:
    """A report that names someone or somewhere, needs no one (a launch, a disaster) or is a remark
    (周一发表的声明, which a meeting of that day takes in): a dated clause it holds is its own, no
    occurrence."""
    return stands(r) or r.kind in REMARKS


def _apart(r: Report, home: Report) -> bool:
    """Two happenings of one sentence and date: clauses of their own, each with actors of its own
    and neither introducing the other ("1998年，在伊朗政府宣布不再支持该教令之后，拉什迪搬到了纽约")."""
    mine, theirs = set(r.attendees) | set(r.about), set(home.attendees) | set(home.about)
    if r.clause == home.clause or not mine or not theirs or r.introduces or home.introduces:
        return False
    # actors of their own, or other first actors (中国宣布暂停进口日本水产品，香港也宣布禁止…: 日本 is
    # what both concern, not who acts)
    return not mine & theirs or _first_actor(r) != _first_actor(home)


def _first_actor(r: Report) -> str:
    return (r.attendees or r.about)[0]


def narrower(a: When, b: When) -> bool:
    return (a.end - a.start) < (b.end - b.start) and a.within(b)


def one_call_a_day(reports: list[Report]) -> list[Report]:
    """A phone call that names no person and at most one party (白宫表示，通话…), on the day of the one
    call that names people (拜登与习近平通电话), is that call. Two parties of its own (日本政府与韩国政府
    通电话) make a call of its own; so does a day with two calls that name people."""
    calls = [r for r in reports if r.kind is EventKind.PHONE_CALL and r.when and r.when.precision is Precision.DAY]
    out = []
    for r in reports:
        named = [h for h in calls if h is not r and h.when == r.when and _persons(h.attendees)]
        parties = set(r.attendees) | set(r.about)
        if r in calls and not _persons(r.attendees) and len(named) == 1 and (
                len(parties) <= 1 or parties & (set(named[0].attendees) | set(named[0].about))):
            named[0].absorb(r)
        else:
            out.append(r)
    return out


def _persons(keys: list[str]) -> list[str]:
    return [k for k in keys if k.startswith("Person:")]


def unique(keys: Iterable[str]) -> list[str]:
    """The keys in the order first given, each once."""
    return list(dict.fromkeys(keys))


# 政府在12月7日宣布, 三天后，政府提议, 迫使政府…取消: a government its clause does not name
_BARE_GOVERNMENT = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[使让令由被后]))(?:联邦政府|政府|当局)")


def by_a_government(r: Report) -> bool:
    """The report's clause, before its word, has a government it does not name: the article's own
    country's, where it has one (kg.events.extract)."""
    start = r.clause[0] % 1_000_000 - r.trigger.sentence_start
    return _BARE_GOVERNMENT.search(r.sentence, max(start, 0), r.trigger.start - r.trigger.sentence_start) is not None
