"""Events in an article: trigger words (kg.events.triggers) in the sentences, and dated clauses no
trigger names (kg.events.happenings), with the people, organizations and places the entity layer
found around them, and a date resolved against the publication date (kg.events.dates).

One event, however many sentences report it: within an article, reports of the same kind merge
when nothing they say disagrees (their dates overlap or one has none, one's participants are among
the other's, their places are the same or one has none). A report with no date of its own that
merges with none takes, for meetings and calls, the article's news day: the nearest day named
before it, within the week before publication. Events left with no date at all, or dated only by
a vague word (数天前, 近日, 当时 with nothing before it), are dropped: a date is never guessed, and
a vague word places nothing in time. An unresolved date in words is kept as text only with no
publication date to count from (周三); with one, it dates nothing (去世六周之前).

Across articles an event is one node when its kind, its week (or month, or year: kg.events.nodes), its
participants and its place agree.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from kg.entities.context import country_of
from kg.entities.fold import fold
from kg.events.context import (
    ACCOUNT,
    KIN,
    PRONOUN,
    SAID_THEN,
    TWO_NATIONS,
    TWO_PEOPLE,
    UNDER,
    a_medium,
    acts_in,
    attacked_persons,
    attributed,
    clause_label,
    dateline_end,
    describers,
    government_parties,
    head_named,
    hoped_before,
    inside_a_body,
    meeting_host,
    opens_with_pronoun,
    pronoun_persons,
    reports_it,
    sentence_subject,
    topic,
    zero_subject,
)
from kg.events.dates import DateMention, carried, find_dates
from kg.events.dating import (
    CLAUSE_END,
    SAYING,
    a_role_described,
    clause_opening,
    dated_next,
    joined_dates,
    names_the_happening,
    news_day,
    not_describing,
    past_not_upcoming,
    take_date,
)
from kg.events.definite import definite_descriptions
from kg.events.given import given_events, historic_report
from kg.events.happenings import WORK_TITLE, find_happenings, habitual
from kg.events.kinds import not_a_happening, retyped
from kg.events.named import anniversaries, find_named
from kg.events.nodes import MOVES, to_event
from kg.events.places import LOCATIVE, attack_setting, home_country, location, placed_abroad, seats_acting
from kg.events.reports import (
    SELF_NAMED,
    Report,
    by_a_government,
    fold_back,
    fold_remarks,
    names_someone,
    one_call_a_day,
    one_per_date,
    stands,
    tells,
    unique,
)
from kg.events.timex import VAGUE
from kg.events.triggers import (
    CONCLUDED,
    MODAL,
    NEEDS_NAME,
    NO_AGENT_VERBS,
    NOT_HAPPENED,
    NOT_TRIGGERS,
    OWN_SUBJECT,
    PEOPLE_ONLY,
    PERSONAL_ATTACKS,
    REFERS_BACK,
    TRIGGERS,
    WORK_KINDS,
    a_setting_at,
    cut_from_a_word,
    hedged,
    reported_words,
)
from kg.model import Entity, EntityKind, Event, EventKind, Extraction, Fact, FactKind, Mention
from kg.text import sentences

_KIND_OF = {word: kind for kind, words in TRIGGERS.items() for word in words}
# Per trigger word, the words that hold it and are no trigger (小说, 说明), with where it stands in them.
_NOT_AROUND = {word: tuple((w, w.index(word)) for w in NOT_TRIGGERS if word in w) for word in _KIND_OF}
_TRIGGER = re.compile("|".join(sorted(map(re.escape, _KIND_OF), key=len, reverse=True)))
_LONGEST_CLAUSE = 200  # characters either side of a trigger


@dataclass(frozen=True, slots=True)
class Found:
    """An article's events, the mentions of their trigger words (keyed by event), what could not be
    done (said once), and the governments that take part in them (with where each governs)."""

    events: tuple[Event, ...]
    triggers: tuple[Mention, ...]
    warnings: tuple[str, ...]
    parties: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()


def extract_events(parts: Sequence[tuple[str, str]], extraction: Extraction, entities: dict[str, Entity],
                   published: date | None, url: str, evening_before: bool = False) -> Found:
    """The events of one article (see Found). `evening_before`: its newsroom wrote it the day before
    `published` (kg.pipeline.written_the_evening_before)."""
    reports: list[Report] = []
    occurrences: list[Report] = []
    antecedent: str | None = None  # who 他 or 她 is: the last sentence's subject (context.sentence_subject)
    pair: tuple[str, ...] = ()  # the two people 两人 refers to: the last two named, in order
    nations: tuple[str, ...] = ()  # the two countries 两国 refers to: the last two named
    dates: list[tuple[int, DateMention]] = []  # (order, date) in article order
    by_part: dict[str, list[Mention]] = {}
    datelines = {part: dateline_end(text) for part, text in parts}
    for m in extraction.mentions:
        if m.start >= datelines.get(m.part, 0):  # "（德国之声中文网）…": who reports, not who takes part
            by_part.setdefault(m.part, []).append(m)
    entities = dict(entities)
    folded_parts = [fold(text) for _, text in parts]  # once: the governments and the sentences read them
    governments = government_parties(parts, folded_parts, by_part, entities)
    definite_descriptions(parts, folded_parts, by_part, entities)  # 该协会: the association named before
    earlier: list = []  # the last date of the paragraph before (dates.carried)
    for index, ((part, text), folded) in enumerate(zip(parts, folded_parts, strict=True)):
        historic = find_named(folded)
        body = part.startswith("p")  # headline and captions stand alone
        resolved = earlier if body else []
        found = list(find_dates(folded, published, resolved, evening_before))
        earlier = carried(resolved, folded) if body else earlier
        taken = anniversaries(historic, found)  # 九一八事变93周年: the incident's date, no other's
        found = [d for d in found if d.start not in taken]
        dates += [(index * 1_000_000 + d.start, d) for d in found]
        quoted = reported_words(folded)
        mentions = by_part.get(part, [])
        starts = [m.start for m in mentions]
        reports += given_events(part, index, text, folded, mentions, entities, published, found)  # 1905-1972, 金融危机
        for s_start, s_end in sentences(text):
            in_sentence = [d for d in found if s_start <= d.start < s_end]
            here = [n for n in historic if s_start <= n.start < s_end]
            # the sentence's mentions, found by bisection (mentions are in order): linear in the paragraph
            said = mentions[bisect_left(starts, s_start):bisect_left(starts, s_end)]
            reports += [historic_report(part, index, text, n, (s_start, s_end), said, entities) for n in here]
            for t in _TRIGGER.finditer(folded, s_start, s_end):
                if any(a <= t.start() < b for a, b in quoted):
                    continue  # words in quotation marks are someone's words, not the report
                if any(n.start <= t.start() < n.end for n in here):
                    continue  # 袭击 of 9·11袭击: the named event tells it
                if any(t.start() >= at and folded.startswith(w, t.start() - at) for w, at in _NOT_AROUND[t.group(0)]) \
                        or attributed(folded, s_start, t) or inside_a_body(said, entities, t) \
                        or cut_from_a_word(folded, *t.span()):
                    continue  # 说 is a trigger, 小说 and 说明 are not; 据…称 names a source; 上诉法院
                r = _report(part, index, text, folded, t.span(), _KIND_OF[t.group(0)], (s_start, s_end),
                            said, entities, in_sentence, antecedent=antecedent, pair=pair, nations=nations)
                if r is not None:
                    r.refers_back = folded.endswith(REFERS_BACK, 0, t.start())
                    reports += [r, *joined_dates(r, folded, in_sentence)]
            occurrences += [r for r in _occurrences(part, index, text, folded, (s_start, s_end),
                                                    said, entities, in_sentence, reports, antecedent, pair, nations)
                            if not any(n.start <= r.trigger.start < n.end for n in here)]
            persons = [m for m in said if m.key in entities and entities[m.key].kind is EntityKind.PERSON]
            if not opens_with_pronoun(folded, s_start):  # 她是金正恩的妹妹: 她 is still who she was
                antecedent = sentence_subject(folded, persons) or antecedent
            for key in (m.key for m in persons):
                pair = (*[k for k in pair if k != key], key)[-2:]
            for key in (m.key for m in said if m.key in entities and entities[m.key].type == "Country"):
                nations = (*[k for k in nations if k != key], key)[-2:]
    reports = one_per_date(fold_remarks(fold_back(past_not_upcoming(reports, published))))
    merged: list[Report] = []
    for r in reports:
        home = next((m for m in merged if m.compatible(r)), None)
        if home is None:
            merged.append(r)
        else:
            home.absorb(r)
    for r in occurrences:
        # an occurrence another report already tells (拜登周四表示… after 拜登周四发表讲话) is that report
        home = next((m for m in merged if m.same_happening(r) and tells(m) and (stands(m) or not stands(r))), None)
        if home is None:
            merged.append(r)
        else:
            home.triggers += r.triggers
    news_day(merged, dates, published)
    merged = one_call_a_day(merged)
    at_home = home_country([m for ms in by_part.values() for m in ms], entities)
    if at_home:
        # Who the text places abroad: a nationality, a body's or government's place (纽约市警察局: the US).
        given = [(f.subject, f.value) for f in extraction.facts if f.kind in (FactKind.NATIONALITY, FactKind.LOCATION)]
        abroad = {k for k, c in (*given, *governments.items()) if c and country_of(c, entities) != at_home}
        for r in merged:  # not a named historical event, one with a place of its own (东京股市) or abroad
            if not (r.location or r.about or r.historic or abroad & {*r.attendees, r.organizer}
                    or placed_abroad(r.clause, by_part.get(r.part, []), entities, at_home)):
                r.home = at_home
                r.about = [at_home] if not names_someone(r) and by_a_government(r) else r.about  # 政府…宣布
    events, mentions = [], []
    kept = [r for r in merged if (r.when or (published is None and r.date_text and r.date_text not in VAGUE))
            and (names_someone(r) or (r.when and r.kind in SELF_NAMED))]
    main = next((r for part in ("headline", "caption", "p1") for r in kept
                 if any(t.part == part for t in r.triggers)), None)
    shown: dict[str, str] = {}  # each entity as the article first writes it, for the labels
    for m in extraction.mentions:
        shown.setdefault(m.key, m.text)
    for r in kept:
        # a government that takes part (日本政府决定…) acts for its country: the event is about that country
        ruled = [governments[k] for k in (*r.attendees, r.organizer) if governments.get(k) not in ("", None, r.home)]
        if ruled:
            r.about = unique((*r.about, *ruled))
        # a government its sentence names only (针对日本政府决定…) is its country here too
        r.concerns = [c for c in unique(governments.get(k, k) for k in r.concerns)
                      if c and c not in (*r.attendees, *r.about, r.organizer, r.location)]
        event = to_event(r, entities, shown, url, main=r is main)
        events.append(event)
        mentions += [replace(t, key=event.key) for t in r.triggers]
    warnings = ()
    if published is None and any(d.when is None and d.text not in VAGUE for _, d in dates):
        warnings = ("no publication date: relative dates (" + "、".join(unique(
            d.text for _, d in dates if d.when is None and d.text not in VAGUE))[:40] + ") are not resolved",)
    used = {k for e in events for k in (*e.attendees, *e.about, e.organizer)}
    parties = tuple(entities[k] for k in sorted(governments) if k in used)
    facts = tuple(Fact(k, FactKind.LOCATION, governments[k], "") for k in sorted(governments)
                  if k in used and governments[k])
    return Found(tuple(events), tuple(mentions), warnings, parties, facts)


def _occurrences(part: str, index: int, text: str, folded: str, sentence: tuple[int, int],
                 mentions: list[Mention], entities: dict[str, Entity], dates: list[DateMention],
                 reports: list[Report], antecedent: str | None, pair: tuple[str, ...] = (),
                 nations: tuple[str, ...] = ()) -> list[Report]:
    """The sentence's dated happenings (kg.events.happenings) in clauses no trigger word reported."""
    out = []
    for h in find_happenings(folded, sentence, dates):
        if any(r.part == part and h.clause[0] <= r.trigger.start < h.clause[1] and tells(r) for r in reports):
            continue  # a trigger's report tells the clause (unless it names no one: 正在扣留设施的成蕾)
        if (h.weak and not acts_in(folded, h.clause, h.date, mentions, entities)) \
                or a_role_described(folded, h.clause, h.date.end, mentions, entities):
            continue  # a verbless dated clause reports only what someone in it does; a described role, nothing
        r = _report(part, index, text, folded, h.verb, EventKind.OCCURRENCE, sentence, mentions, entities, [],
                    clause=h.clause, antecedent=antecedent, pair=pair, nations=nations)
        if r is None:
            continue
        r.when, r.date_at = h.date.when, h.date.start
        copies = joined_dates(r, folded, dates)
        chain = [h.date, *(d for d in dates if d.start in {c.date_at for c in copies})]  # 3月和7月 leaves the label
        r.label = clause_label(text, h.clause, DateMention(min(d.start for d in chain), max(d.end for d in chain), "",
                                                           None))
        out += [r, *(replace(c, label=r.label) for c in copies)]
    return out


def _report(part: str, index: int, text: str, folded: str, span: tuple[int, int], kind: EventKind,
            sentence: tuple[int, int], mentions: list[Mention], entities: dict[str, Entity],
            dates: list[DateMention], clause: tuple[int, int] | None = None,
            antecedent: str | None = None, pair: tuple[str, ...] = (), nations: tuple[str, ...] = ()
            ) -> Report | None:
    (t_start, t_end), (s_start, s_end) = span, sentence
    word = folded[t_start:t_end]
    clause_start = clause_opening(folded, s_start, t_start)
    clause_end = min((i for i in (folded.find(c, t_end, s_end) for c in CLAUSE_END) if i >= 0), default=s_end)
    if clause is not None:
        clause_start, clause_end = clause
    since = folded.rfind("自", clause_start, t_start)
    embedded = since >= 0 and (until := folded.find("以来", t_end, clause_end)) >= 0
    if embedded:
        # "是自1991年苏联解体以来…首次访朝": between 自 and 以来, a happening of its own, of what it names
        clause_start, clause_end = since, until
    # A clause longer than any sentence is unpunctuated text: read near the trigger, in linear time.
    clause_start, clause_end = max(clause_start, t_start - _LONGEST_CLAUSE), min(clause_end, t_end + _LONGEST_CLAUSE)
    before = folded[clause_start:t_start]
    kind = retyped(kind, before, folded[t_end:clause_end])  # 台风袭击台湾: a disaster
    if not names_the_happening(folded, dates, t_start) and (
            hedged(before, NOT_HAPPENED) or not_a_happening(kind, folded[t_end:clause_end], before)
            or hoped_before(folded, s_start, clause_start, t_start)
            or habitual(folded, clause_start, t_start) or MODAL.search(before)):
        return None  # 没有会晤, 否认…袭击, 可能会晤, 需要会晤, 每天…通话: not a report that it happened
    here = [m for m in mentions if s_start <= m.start < s_end and m.key in entities
            and not (entities[m.key].kind is EntityKind.ORGANIZATION and a_medium(folded, m.start, m.end))]
    kinds = {m.key: entities[m.key].kind for m in here}
    r = Report(kind, part, index * 1_000_000 + t_start,
                Mention(part, t_start, t_end, text[t_start:t_end], "", s_start, s_end),
                sentence=text[s_start:s_end])
    r.triggers.append(r.trigger)
    r.setting = a_setting_at(folded, t_end) or folded.startswith("的", t_end)  # 特朗普提名的商务部长: a modifier
    r.clause = (index * 1_000_000 + clause_start, index * 1_000_000 + clause_end)
    r.introduces = not folded[t_end:clause_end].strip(" 了道")  # "…表示，": what follows is what it says
    if word in NEEDS_NAME:
        named = next((m for m in here if kinds[m.key] is EntityKind.ORGANIZATION
                      and (m.end == t_start or (m.start < t_start and m.end == t_end))), None)
        if named is None:
            return None
        r.attendees.append(named.key)
        r.label = entities[named.key].name if named.end == t_end else named.text + word
    elif kind is not EventKind.ATTACK or attacked_persons(word, folded, here, kinds, (t_start, t_end),
                                                          (clause_start, clause_end)):
        # The people of the trigger's clause, or, when it names none, of the clause before (its subject)
        prev_start = clause_start if embedded else clause_opening(folded, s_start, max(clause_start - 1, s_start))
        said_then = folded[clause_start - 1:clause_start] in ("，", ",") and SAID_THEN.search(
            folded, prev_start, max(clause_start - 1, prev_start)) is not None
        says = folded[prev_start:max(clause_start - 1, prev_start)].rstrip().endswith((*SAYING, "显示")) \
            and any(clause_start <= m.start < t_start for m in here)
        if said_then or says or ACCOUNT.match(folded, prev_start) or UNDER.fullmatch(folded, prev_start, clause_start):
            prev_start = clause_start  # who says is not who did: 韩国军方表示，朝鲜发射了…; 据《南华早报》报道，她…
        described = describers(folded, here, kinds, (clause_start, clause_end))
        persons = unique(m.key for m in here if kinds[m.key] is EntityKind.PERSON and m.key not in described
                          and clause_start <= m.start < clause_end) or unique(
            m.key for m in here if kinds[m.key] is EntityKind.PERSON and prev_start <= m.start < clause_start)
        orgs = unique(m.key for m in here if kinds[m.key] is EntityKind.ORGANIZATION
                       and clause_start <= m.start < clause_end) or ([] if persons else unique(
            m.key for m in here if kinds[m.key] is EntityKind.ORGANIZATION and prev_start <= m.start < clause_start))
        if not persons and len(pair) == 2 and TWO_PEOPLE.match(folded, clause_start):
            persons = list(pair)  # "两人在2011年又碰面了": the two people last named (not 造成两人死亡)
        if subject := pronoun_persons(folded, here, kinds, (s_start, clause_start, t_start, clause_end), antecedent):
            persons = subject  # "他在周日参观了…": the sentence's subject so far, else the last sentence's
        elif not persons and antecedent and (kin := KIN.search(folded, clause_start, t_start)):
            r.label = f"{entities[antecedent].name}的{kin.group(1)}{word}"  # 她的母亲…去世: not she
        if (not persons and not orgs and not said_then and kind not in OWN_SUBJECT and word not in NO_AGENT_VERBS
                and zero_subject(folded, clause_start, t_start)
                and not head_named(folded, here, t_end, clause_end)):
            who = topic(folded, here, kinds, s_start, clause_start, antecedent)
            if who is not None:
                (persons if kinds.get(who) is not EntityKind.ORGANIZATION else orgs).append(who)
        at = (s_start, clause_start, t_start, t_end, s_end)  # "…前往延安，会见了毛泽东": the sentence's subject
        if persons and kind is EventKind.MEETING and (met_by := meeting_host(folded, here, kinds, at, antecedent,
                                                                           PRONOUN)):
            persons = unique([met_by, *persons])
        r.attendees = persons or orgs if kind in PEOPLE_ONLY else unique(persons + orgs)
        if not r.attendees and (kind not in PEOPLE_ONLY or any(w in word for w in CONCLUDED)):  # 中国宣布制裁
            r.about = unique([*(m.key for m in here if clause_start <= m.start < clause_end
                                and (entities[m.key].type == "Country" or (kind is EventKind.OCCURRENCE
                                     and kinds[m.key] is EntityKind.PLACE))),
                              *seats_acting(folded, here, entities, clause_start, t_start)])  # 台北与华盛顿签署
            if not r.about and len(nations) == 2 and TWO_NATIONS.match(folded, clause_start):
                r.about = list(nations)  # "七个月前，两国签订贸易协议": the two countries last named
        subject = next((m for m in here if dated_next(folded, m.end, t_start, dates) and kinds[m.key] is
                        EntityKind.PLACE and folded[m.start - 1:m.start] not in LOCATIVE), None)  # not 在纽约创办
        if subject is not None and kind not in PEOPLE_ONLY and subject.key not in r.about:
            r.about.insert(0, subject.key)  # 苏联解体, 台湾大选: the place right before the word is its subject
        if word in ("接待", "接见"):  # hosting: who receives is the one before the word
            host = [m for m in here if kinds[m.key] is EntityKind.PERSON and clause_start <= m.start < t_start]
            if host:
                r.organizer = host[-1].key
    if kind in WORK_KINDS:
        # The object: the works its clause names in 《》, else the last one named before the trigger in
        # its sentence ("《战狼2》，这部2017年上映的动作片"); never a publication the entity layer knows.
        papers = [(m.start, m.end) for m in here if kinds[m.key] is EntityKind.ORGANIZATION]
        titles = [t for t in WORK_TITLE.finditer(folded, s_start, s_end)
                  if t.group(1).strip() and not any(a <= t.start() + 1 < b for a, b in papers)]
        own = [t for t in titles if t.start() < clause_end and t.end() > clause_start]
        before = [t for t in titles if t.end() <= clause_start]
        r.works = unique(text[t.start(1):t.end(1)] for t in own) or (
            [text[before[-1].start(1):before[-1].end(1)]] if before else [])
    places = [m for m in here if kinds[m.key] is EntityKind.PLACE]
    if kind is EventKind.ATTACK:
        setting = attack_setting(folded, (t_start, t_end), (s_start, clause_start, clause_end), places, entities)
        if setting is None and not (r.attendees and word in PERSONAL_ATTACKS):
            return None
        r.location, r.about, r.untargeted = setting or ("", r.about, False)
    elif kind is not EventKind.PHONE_CALL:
        r.location = location(folded, t_start, s_start, places, entities, kind, clause_start, clause_end)
        if not r.location and (kind in MOVES or kind is EventKind.DISASTER):  # 搬到了纽约, 袭击了佛罗里达州
            to = next((m for m in places if 0 <= m.start - t_end <= 1), None)
            r.location = to.key if to is not None else ""
    if kind is EventKind.OPENING:
        cities = [entities[m.key].name for m in places if clause_start <= m.start < clause_end
                  and entities[m.key].type == "City"]
        head = folded[folded.rfind("的", t_end, clause_end) + 1:clause_end].rstrip("。！？")
        head = head if 0 < len(head) <= 5 and "的" in folded[t_end:clause_end] else ""
        r.label = "—".join(unique(cities)) + head + word
    take_date(r, folded, not_describing(folded, dates, here, kinds, clause_start, t_start),
              clause_start, clause_end, t_start, s_start)
    if r.untargeted:  # labelled by its clause: "一名男子在波威的一座犹太教堂开枪杀害了一名女子"
        r.label = clause_label(text, (clause_start, clause_end), next((d for d in dates if d.start == r.date_at), None),
                               entities[r.location].name if r.location else "")
    parties = {*r.attendees, *r.about, r.organizer, r.location}
    r.concerns = unique(m.key for m in here if m.key not in parties and not reports_it(folded, m))
    return r
