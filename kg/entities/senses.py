"""One name, one kind, one sense in one article: what the article says of a name in one place
settles what the tagger read of it in another (kg.entities.extract uses these)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from kg.entities import lexicon as lx
from kg.entities.candidates import PERSON, PLACE, Span, Tokens
from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer, entity_key
from kg.entities.proposals import person_like, romanized
from kg.entities.spans import MODEL, ORG, is_translit, title_before
from kg.model import EntityKind


class Part(Protocol):
    """A part of the article as the extractor holds it: its folded text and the spans it chose."""

    folded: str
    tok: Tokens
    by_start: dict[int, Span]  # the chosen spans by where they start

    @property
    def chosen(self) -> list[Span]: ...

    def give_way(self, spans: list[Span]) -> None: ...


def meeting_nicknames(doc: Sequence[Part]) -> None:
    """蔡麦会 (蔡英文 and 麦卡锡's meeting), 习拜会, 特金会: the first characters of two people the article
    names, then 会, is how news Chinese names their meeting, not a person or an organization."""
    initials = {n[0] for part in doc for s in part.chosen if s.kind is PERSON
                for n in (s.name, s.name.rsplit("·", 1)[-1])}
    for part in doc:
        part.give_way([s for s in part.chosen if s.length == 3 and s.kind is not PLACE and not s.key
                       and s.name[2] == "会" and s.name[0] != s.name[1] and {s.name[0], s.name[1]} <= initials])


def one_kind(doc: Sequence[Part]) -> None:
    """One name, one kind in one article: a name the tagger read as an organization once, with no
    organization's ending, is the person the article names so elsewhere (关闭了林郑月娥的帐号); so is
    a place only the tagger read, where the article names the person more often (_persons_over_places);
    a transliterated "person" in a list of places or of companies is one of them (_listed); a ship is
    no person (_vessels), and two characters that open a company's or a foreign place's name are
    that company or place (_parts_of_longer_names)."""
    for part in doc:
        _listed(part)
    _vessels(doc)
    _parts_of_longer_names(doc)
    persons = {s.name for part in doc for s in part.chosen if s.kind is PERSON}
    _persons_over_places(doc)
    for part in doc:
        chosen = sorted(part.chosen, key=lambda s: s.start)
        for i, s in enumerate(chosen):
            if s.kind is not EntityKind.ORGANIZATION or s.key or s.rank != MODEL or org_ending(s.name):
                continue
            # 沙姆沙德(Shamshad)和沙南(Shabnam): names joined by "and" are of one kind, where the name
            # looks like a person's and a romanization follows it
            beside = [(o, part.folded[o.end:s.start] if o.end <= s.start else part.folded[s.end:o.start])
                      for o in chosen[max(0, i - 1):i + 2] if o is not s]
            if s.name in persons or (romanized(part.folded, s.start, s.end) and person_like(s.name) and any(
                    o.kind is PERSON and _joined(between) for o, between in beside)):
                s.kind, s.type = PERSON, PERSON.value


# 号 after a name makes it a ship's (贾格·阿南德号, 阿纳斯塔西娅号(Anastasia)), not these words.
_NOT_A_VESSEL = ("号码", "号召", "号称", "号令", "号角", "号外", "号脉")


def _vessels(doc: Sequence[Part]) -> None:
    """A name the article writes with 号 after it is a ship's, and no person's anywhere in the
    article (阿纳斯塔西娅号的船员…阿纳斯塔西娅的船东: the ship, both times); not where a title stands by
    it (戴高乐号航母…戴高乐将军, 林肯号…林肯总统: a person, and a ship named after them), nor a name of
    a Chinese shape (郑和号, 张丽号渔船), nor a known person."""
    names = {s.name for part in doc for s in part.chosen
             if s.kind is PERSON and not s.key and not (len(s.name) <= 3 and s.name[0] in lx.SURNAMES)}
    lengths = {len(n) for n in names}
    # each 号 once, and the names that end right before it: linear in the text, however many names
    written = {part.folded[i - n:i] for part in doc for i in _occurrences(part.folded, "号") for n in lengths
               if i >= n and not part.folded.startswith(_NOT_A_VESSEL, i)}
    ships = {n for n in names & written if not any(
        _titled(part.folded, i, i + len(n)) for part in doc for i in _occurrences(part.folded, n))}
    for part in doc:
        part.give_way([s for s in part.chosen if s.kind is PERSON and s.name in ships])


_TITLES_AFTER = (*lx.TITLES, *lx.TITLES_AFTER_NAME)


def _titled(folded: str, start: int, end: int) -> bool:
    return title_before(folded, start) or folded.startswith(_TITLES_AFTER, end)


def _occurrences(text: str, name: str) -> list[int]:
    out, i = [], text.find(name)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1)
    return out


def _parts_of_longer_names(doc: Sequence[Part]) -> None:
    """Two characters the tagger read as a person that open a company's name or a foreign place's
    the article also gives are that company or place, shortened, where a noun follows them as it
    follows a name that qualifies it: 嘉吉 of 嘉吉公司 (嘉吉|远洋运输业务总裁), 加泰 of 加泰罗尼亚
    (两名加泰|领袖). Not where a title stands by them or a verb, a time or a preposition follows (创始人
    李宁周三出席, 梅西在比赛中: the person after whom the company is named)."""
    named = Counter(s.name for part in doc for s in part.chosen if s.kind is PLACE)
    # a place the gazetteer knows, or a long one named twice: no tagger's guess of one mention (哈里梅根)
    longer = [s for part in doc for s in part.chosen if (s.kind is EntityKind.ORGANIZATION and s.name.endswith(
        lx.GENERIC_ORG_SUFFIXES)) or (s.kind is PLACE and len(s.name) >= 4 and is_translit(s.name) and (
            s.key or (len(s.name) >= 5 and named[s.name] >= 2)))]
    opening: dict[str, list[Span]] = {}  # by their first two characters
    for o in longer:
        opening.setdefault(o.name[:2], []).append(o)
    for part in doc:
        for s in part.chosen:
            if s.kind is not PERSON or s.rank != MODEL or s.key or len(s.name) != 2 \
                    or not _qualifies(part, s):
                continue
            whole = next((o for o in opening.get(s.name, ()) if o.kind is PLACE or any(
                o.name == s.name + x for x in lx.GENERIC_ORG_SUFFIXES)), None)
            if whole is not None:
                s.kind, s.type, s.key, s.name = whole.kind, whole.type, whole.entity_key(), whole.name


def _qualifies(part: Part, s: Span) -> bool:
    nxt = part.tok.at_start.get(s.end)
    # a noun, a noun phrase (远洋运输, tagged l) or a verbal noun after it (加泰|领导人), no title before
    return nxt is not None and (part.tok.tags[nxt][:1] == "n" or part.tok.tags[nxt] in ("l", "vn")) \
        and not title_before(part.folded, s.start)


def _listed(part: Part) -> None:
    """A transliterated name the tagger read as a person is what the list it stands in says it is:
    a place, where the list's other names (two or more) are all places the gazetteer knows (基辅、切尔
    尼戈夫、苏梅和马里乌波尔: a town no list holds); a company, where 等 and a kind of company close the
    list (AT&T和威瑞森等大公司). Not a Chinese name (北京、李明和上海 lists a person)."""
    chosen = sorted(part.chosen, key=lambda s: s.start)
    companies = "等" in part.folded
    for i, s in enumerate(chosen):
        if s.kind is not PERSON or s.key or s.rank != MODEL or not is_translit(s.name):
            continue
        before, after = _along(part, chosen, i, -1), _along(part, chosen, i, 1)
        if len(before) + len(after) >= 2 and all(o.kind is PLACE and o.key for o in (*before, *after)):
            s.kind, s.type = PLACE, PLACE.value
        elif companies and _KIND_AFTER_A_LIST.match(part.folded, (after or [s])[-1].end):
            s.kind, s.type = EntityKind.ORGANIZATION, EntityKind.ORGANIZATION.value


# 等大公司, 等企业: what a list of names is (AT&T和威瑞森等大公司)
_KIND_AFTER_A_LIST = re.compile("等(?:大|小|主要|知名|其他|多家|几家)?"
                                "(?:公司|企业|银行|品牌|运营商|巨头|集团|车企|科技公司)")


def _along(part: Part, chosen: list[Span], i: int, step: int) -> list[Span]:
    """The names listed with chosen[i] on one side: each joined to the one before by 、, 和 or 及."""
    out = []
    while 0 <= i + step < len(chosen):
        a, b = (chosen[i + step], chosen[i]) if step < 0 else (chosen[i], chosen[i + step])
        if not _joined(part.folded[a.end:b.start]):
            break
        i += step
        out.append(chosen[i])
    return out


def _persons_over_places(doc: Sequence[Part]) -> None:
    """A place only the tagger read (no gazetteer's, no suffix) whose name the article gives a person
    more often is that person (美国前总统肯尼迪…肯尼迪发表该演说: no place Kennedy); the
    reverse is place_senses'."""
    persons: dict[str, int] = {}
    unsure: dict[str, int] = {}
    for part in doc:
        for s in part.chosen:
            if s.kind is PERSON:
                persons[s.name] = persons.get(s.name, 0) + 1
            elif s.kind is PLACE:
                sure = bool(s.key) or s.rank != MODEL or s.name[-1:] in lx.PLACE_SUFFIXES \
                    or part.folded[s.start:s.end] != s.name  # 安克雷奇市: written with its suffix
                unsure[s.name] = -1 if sure or unsure.get(s.name) == -1 else unsure.get(s.name, 0) + 1
    for part in doc:
        for s in part.chosen:
            if s.kind is PLACE and unsure.get(s.name, -1) > 0 and persons.get(s.name, 0) > unsure[s.name]:
                s.kind, s.type = PERSON, PERSON.value


# The suffixes a place's short name drops: PLACE_SUFFIXES, and 邦, the states of India and Myanmar
# (克钦邦: 克钦 of 克钦独立军 is that state, no person).
_STEM_SUFFIXES = (*lx.PLACE_SUFFIXES, "邦")


def place_senses(doc: Sequence[Part], persons: set[str] = frozenset()) -> dict[str, Span]:
    """One name, one sense in one article: the names the tagger read as a person that are the place
    the article also names so, where that place is sure (the gazetteer's, or written with its
    suffix: 瑞丽市 for 在瑞丽生活的…) or named as a place more often than as a person; by name, the
    place. Not the names in persons, that the article itself glosses as someone's."""
    counts: dict[str, int] = {}
    places: dict[str, Span] = {}
    for part in doc:
        for s in part.chosen:
            if s.kind is PERSON:
                counts[s.name] = counts.get(s.name, 0) - 1
            elif s.kind is PLACE:
                stem = s.name[:-1] if s.name[-1:] in _STEM_SUFFIXES and len(s.name) > 2 else s.name
                sure = bool(s.key) or stem != s.name or part.folded[s.start:s.end] != s.name
                counts[stem] = counts.get(stem, 0) + (100 if sure else 1)
                places.setdefault(stem, s)
    return {name: place for name, place in places.items() if counts[name] > 0 and name not in persons}


def places_stay_places(doc: Sequence[Part], senses: dict[str, Span]) -> None:
    """The persons place_senses found to be places become those places (found by the tagger, or
    by the rescan that took its name: an unlinked person's key)."""
    for part in doc:
        for s in part.chosen:
            if s.kind is PERSON and s.rank == MODEL and s.key in ("", entity_key(PERSON, s.name)) \
                    and "·" not in s.name and (place := senses.get(s.name)) is not None:
                s.kind, s.type, s.key, s.name = PLACE, place.type, place.entity_key(), place.name


def _joined(between: str) -> bool:
    """What stands between two names that "and" joins (和, 、, 及), after a bracket or not; 与 and 跟
    are "with" as often (李明与摩托罗拉签约)."""
    return re.sub(r"[(（][^()（）]{0,40}[)）]", "", between).strip() in lx.NAME_JOINERS


def towns_for_universities(doc: Sequence[Part], gaz: Gazetteer) -> None:
    """在斯坦福求学: a small town's name the article also writes as its university's (斯坦福大学) is
    that university, not the town the gazetteer gives the name (Stamford, Connecticut). Towns whose
    size the gazetteer does not know (普林斯顿) stay."""
    bodies = {s.name: s for part in doc for s in part.chosen if s.kind is ORG and s.name.endswith(lx.SCHOOLS)}
    for part in doc:
        for s in part.chosen:
            e = gaz.entities.get(s.key) if s.kind is PLACE else None
            body = next((bodies[s.name + h] for h in lx.SCHOOLS if s.name + h in bodies), None) if e else None
            if body is not None and e.type == "City" and 0 < e.population < lx.SMALL_TOWN_BELOW:
                s.kind, s.type, s.key, s.name = ORG, body.type, body.entity_key(), body.name
