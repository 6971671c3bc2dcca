"""What the article around a trigger says about who took part: the dateline that reports and takes
no part, the topic a clause without subject takes, the platform where something was posted, and the
governments that take part as parties (kg.events.extract reads these), and the organization a definite
description (该协会) names. Where it took place is kg.events.places'; the kind the clause gives a trigger
kg.events.kinds'."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

import rjieba

from kg.entities.lexicon import GOVERNMENT_BODIES, KIN_WORDS, STAFF, TITLES
from kg.events.dating import CLAUSE_END, SAYING, clause_opening
from kg.events.triggers import (
    CARRIED_HEDGES,
    NO_SUBJECT_WORDS,
    PARTS_OF_DAY,
    PERSONAL_ATTACKS,
    REPORTING,
    SAID_BEFORE_DATE,
    SUFFERED,
    hedged,
)
from kg.events.when import DateMention
from kg.model import Entity, EntityKind, Mention

# The characters dates are written with (2015年3月, 上周二, 本月初), for a regex character class.
DATE_CHARS = "\\d〇零一二三四五六七八九十年月日号周星期上下本这今去明昨初底中旬"
# Who a pronoun or a count of people opening a clause refers to (kg.events.extract): 他 or 她 as the
# subject, not 他的妻子 (his wife died, not he) nor 他们; 两人 (after a date at most), the two people
# last named; 两国, the two countries last named.
PRONOUN = re.compile("[他她](?![们們国人俩倆]|的?(?:" + "|".join(KIN_WORDS) + "))")  # not 他国, 他人, 他俩, 她父亲
KIN = re.compile("[他她]的?(" + "|".join(KIN_WORDS) + ")")
TWO_PEOPLE = re.compile("[\\s" + DATE_CHARS + "，,]*"
                        "(?:两人|二人|他俩|她俩|他们俩|她们俩|两口子|夫妇俩)(?![死受遇丧被])")
TWO_NATIONS = re.compile("[\\s" + DATE_CHARS + "，,]*两国(?:政府)?")
# A verb of saying, then only a date, closing the clause ("希尔德声称在2016年5月21日晚上"): the next
# clause is what was said, and the speaker takes no part in it.
SAID_THEN = re.compile("(?:" + "|".join(SAID_BEFORE_DATE) + ")[在于]?(?=[" + DATE_CHARS + "]*[年月日号周])["
                       + DATE_CHARS + PARTS_OF_DAY + "]+$")
# After an organization: its platform or its room, a place (在微信群里发布, 在推特（Twitter）上发帖, 透过微信公众号
# 发表, 在Facebook发文).
_MEDIUM_AFTER = re.compile(r"(?:\s*[（(][^（）()]{1,30}[)）])?\s*"
                           r"(?:群?[上里中内]|平台|公众号|账号|帐号|(?=发文|发帖|发表|写道|贴文))")


def a_medium(folded: str, start: int, end: int) -> bool:
    """The organization at start..end is where something was said or posted, not who said it; so is
    its name glossed in a bracket after it (推特（Twitter）上)."""
    if folded[start - 1:start] in ("（", "(") and folded[end:end + 1] in ("）", ")"):
        return _BEFORE_GLOSS.search(folded, max(0, start - 14), start - 1) is not None \
            and _MEDIUM_AFTER.match(folded, end + 1) is not None
    before = folded[max(0, start - 2):start]
    return (before.endswith(("在", "于")) or before in ("通过", "透过")) \
        and _MEDIUM_AFTER.match(folded, end) is not None


_BEFORE_GLOSS = re.compile("(?:在|于|通过|透过)[^，,。；;（(]{1,10}$")


def dateline_end(text: str) -> int:
    """Where a paragraph's opening dateline in brackets ends ("（德国之声中文网）", "（法新社巴黎电）"), else
    0: a short bracket that names a newsroom or a wire (网, 社, 台, 电), not a bracketed sentence."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


_DATELINE = re.compile("[（(][^（）()]{0,14}(?:网|網|社|台|电|電)[^（）()]{0,8}[）)]")


_DATE_TAGS = frozenset({"t", "m", "q", "x"})  # rjieba: times, numerals, measure words, punctuation


def zero_subject(folded: str, clause_start: int, t_start: int) -> bool:
    """The clause names no subject before its verb: only dates and the adverbs and linking words of
    NO_SUBJECT_WORDS stand there ("周二又签署了…" after "拜登上周访问了日本。"). Chinese leaves out
    the topic the sentence, or the sentence before, has named. A long opening has a subject."""
    if t_start - clause_start > 12:
        return False
    after_p = False  # 在本月底从伦敦|飞往: a place after a preposition says where, and is no subject
    for word, tag in rjieba.tag(folded[clause_start:t_start]):
        if not (tag in _DATE_TAGS or tag in _ADVERB_TAGS or word in NO_SUBJECT_WORDS or word in _FROM_TO
                or (after_p and tag in ("ns", "f"))):
            return False
        after_p = word in _FROM_TO
    return True


_FROM_TO = ("从", "自", "由", "往", "向")
_ADVERB_TAGS = ("ad",)  # 直接呼吁, 正式宣布: how it was done, no one (not "d": 首相 is one to the tagger)


def hoped_before(folded: str, s_start: int, clause_start: int, t_start: int) -> bool:
    """The clause before the trigger's hopes or supposes what it reports, and the trigger's clause has
    no subject of its own (所以他们希望能在下周二…前，再次会见杨恒均): nothing happened."""
    return zero_subject(folded, clause_start, t_start) and hedged(
        folded[clause_opening(folded, s_start, max(clause_start - 1, s_start)):clause_start], CARRIED_HEDGES)


def meeting_host(folded: str, here: list[Mention], kinds: dict[str, EntityKind], at: tuple[int, int, int, int, int],
                 antecedent: str | None, pronoun: re.Pattern) -> str | None:
    """Who met the people a meeting verb names after it, in a clause with no subject of its own
    ("1938年他…前往延安，会见了毛泽东、周恩来"): the sentence's subject, a 他 or 她 before the clause
    being the person last named, who is a person whether or not this sentence names them; so is a 他
    or 她 that opens the clause itself; and the person who opens the clause after a setting ("在…与王毅
    会面时，马斯表示"). at: the sentence's, the clause's and the verb's starts, the verb's and the
    sentence's ends."""
    s_start, clause_start, t_start, t_end, s_end = at
    if (m := _SETTING_THEN.match(folded, t_end)) is not None and folded.startswith("在", clause_start):
        return next((p.key for p in here if m.end() <= p.start <= m.end() + 2 and p.start < s_end
                     and kinds[p.key] is EntityKind.PERSON), None)
    if any(clause_start <= m.start < t_start for m in here):
        return None
    if pronoun.match(folded, clause_start) and "的" not in folded[clause_start:t_start]:
        who = antecedent  # "他会见了岸田文雄": the clause's subject is he, the person last named
    elif not zero_subject(folded, clause_start, t_start):
        return None
    else:
        who = antecedent if pronoun.search(folded, s_start, clause_start) else topic(
            folded, here, kinds, s_start, clause_start, antecedent)
    return who if who and kinds.get(who, EntityKind.PERSON) is EntityKind.PERSON else None


_SETTING_THEN = re.compile("(?:时|期间|之际)[，,]")
# A clause of circumstance before the one that reports (在德国政府的介入下，中国宣布…): its names lend the
# report no participant.
UNDER = re.compile(r"\s*在[^，,。；;]{1,24}(?:之下|下)\s*[，,]")


def head_named(folded: str, here: list[Mention], t_end: int, clause_end: int) -> bool:
    """The verb modifies what follows 的: a name ("在周二实施了全国封锁的邻国马来西亚"), which is its
    subject, or a thing at once ("根据周一发表的声明"), whose maker the sentence need not name."""
    de = folded.find("的", t_end, clause_end)
    return de >= 0 and (de == t_end or any(de < m.start < clause_end for m in here))


def topic(folded: str, here: list[Mention], kinds: dict[str, EntityKind], s_start: int, clause_start: int,
           antecedent: str | None) -> str | None:
    """Who a clause without a subject is about: the first name of its sentence before it when that
    is a person or an organization; else, when the sentence names nothing before it, the person the
    last sentence was about."""
    first = next((m for m in here if s_start <= m.start < clause_start), None)
    if first is None:
        return antecedent
    if not any(rx.fullmatch(folded, s_start, first.start) for rx in (_OPENING, _TITLED_OPENING)):
        return None  # "据路透社报道，…": a source, not the sentence's topic (but 但是总统戈塔巴亚 is)
    return first.key if kinds[first.key] in (EntityKind.PERSON, EntityKind.ORGANIZATION) else None


def sentence_subject(folded: str, persons: Sequence[Mention]) -> str | None:
    """The person a sentence is about, for a 他 or 她 in the next: the first it names, unless 的 ties
    that one to the next person as a modifier (沃伦·巴菲特…的得力助手查理·芒格 is about 芒格)."""
    for i, m in enumerate(persons):
        between = folded[m.end:persons[i + 1].start] if i + 1 < len(persons) else ""
        tail = between.rpartition("的")[2]  # the head noun the 的 phrase ends in: a role (得力助手), short
        if not ("的" in between and len(tail) <= 6 and not any(c in between for c in CLAUSE_END)):
            return m.key
    return None


def pronoun_persons(folded: str, here: Sequence[Mention], kinds: Mapping[str, EntityKind],
                    at: tuple[int, int, int, int], antecedent: str | None) -> list[str]:
    """The persons of a clause a 他 or 她 opens, where it names no person before its trigger (at: the
    sentence's, the clause's and the trigger's starts, the clause's end): who the pronoun is, the
    person the sentence is about so far (马云是…企业家，20年前，他第一个表示), else the last sentence's
    subject (文在寅表示…。他将…与拜登见面: not 拜登), then those the clause names after the trigger. A
    他们 or 她们 that opens it is the people the sentence named before it, where it named two or more."""
    s_start, clause_start, t_start, clause_end = at
    persons = [m for m in here if kinds[m.key] is EntityKind.PERSON and s_start <= m.start < clause_end]
    if _THEY.match(folded, clause_start) and not any(clause_start <= m.start < t_start for m in persons):
        # 巴兹尔·拉贾帕克萨和查马尔·拉贾帕克萨…，…他们于上个月辞职: the people the sentence named before
        before = list(dict.fromkeys(m.key for m in persons if m.start < clause_start))
        return before if len(before) >= 2 else []
    pronoun = PRONOUN.search(folded, clause_start, t_start)
    after = [m.key for m in persons if m.start >= t_start]
    if pronoun is None or any(clause_start <= m.start < t_start for m in persons) \
            or (after and folded.startswith("的", pronoun.end())):
        return []  # (他的助手会见了岸田文雄: his aide met him, not he; but 他的追悼会 is his)
    who = sentence_subject(folded, [m for m in persons if m.start < clause_start]) or antecedent
    return list(dict.fromkeys([who, *after])) if who else []


_THEY = re.compile("[\\s" + DATE_CHARS + "，,]*(?:他们|她们)(?![的俩])")
ACCOUNT = re.compile("[但而另]?据|根据")  # a clause on whose account the sentence reports (据…报道，)


# Verbs of saying that a clause opening with 据 or 根据 governs.
_ATTRIBUTING = ("说", "称", "表示", "透露")


def attributed(folded: str, s_start: int, trigger: re.Match[str]) -> bool:
    """A verb of saying in a clause that opens with 据 (据了解会议情况的官员称，…) names whose account
    the sentence gives: no statement of its own (卫生部长根据最新数据表示 still is one)."""
    opening = clause_opening(folded, s_start, trigger.start())
    return trigger.group(0) in _ATTRIBUTING and folded.startswith(("据", "根据"), opening)


def inside_a_body(said: Sequence[Mention], entities: dict[str, Entity], trigger: re.Match[str]) -> bool:
    """A trigger word inside an organization's name, not its last word, names the body, not a happening
    (国际特赦组织, 美国联邦上诉法院, 香港立法会, 中央选举委员会; 北约峰会 ends with its happening)."""
    return any(m.start <= trigger.start() and trigger.end() < m.end and m.key in entities
               and entities[m.key].kind is EntityKind.ORGANIZATION for m in said)


def reports_it(folded: str, m: Mention) -> bool:
    """Who reports rather than what is reported: 据路透社, 根据…, 新华社消息, 美联社援引, 白宫发言人说,
    《纽约时报》报道, 白宫表示. Not a name whose verb of saying describes a noun (美国宣布的新制裁,
    美国表示不满的做法): that is what the report is about."""
    if folded[m.start - 1:m.start] == "据":
        return True
    at = m.end + (folded[m.end:m.end + 1] in ("》", "」"))  # a closing title mark: 《纽约时报》报道
    if folded.startswith(REPORTING, at):
        return True
    if not folded.startswith(SAYING, at):
        return False
    rest = folded[at:at + 8]
    stop = min((i for i in map(rest.find, "，,。；;：:") if i >= 0), default=len(rest))
    return "的" not in rest[:stop]


# What may open a sentence before its topic: a date, punctuation.
_OPENING = re.compile("[\\s" + DATE_CHARS + "前后，,、“”（）()]*")
# A linking word and a title before the first name (但是总统|戈塔巴亚表示，…): still the sentence's topic.
_TITLED_OPENING = re.compile(_OPENING.pattern + "(?:但是|但|而|然而|不过|此外|另外|同时|随后)?"
                             + _OPENING.pattern + "(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")")


def opens_with_pronoun(folded: str, s_start: int) -> bool:
    """他 or 她 opens the sentence, after its date if any (1999年，他被时任总统叶利钦任命为总理): the
    sentence is still about who 他 was, not about the first person it names."""
    return PRONOUN.match(folded, _OPENING.match(folded, s_start).end()) is not None


_ADMINISTRATION = ("政府", "的政府")  # 拜登政府, 拜登的政府: a leader's administration


def government_parties(parts: Sequence[tuple[str, str]], folded_parts: Sequence[str], by_part: dict[str, list[Mention]],
                 entities: dict[str, Entity]) -> dict[str, str]:
    """A country followed by 政府, 当局 or 军方 (日本政府决定…) takes part in what its clause reports as
    that body: an organization of the events alone (the article still mentions the country, as the
    entity layer reads it); so does a person followed by 政府 (拜登政府, his administration). The
    mentions are replaced in by_part; returns each body's country key ("" for an administration)."""
    out: dict[str, str] = {}
    for (part, text), folded in zip(parts, folded_parts, strict=True):
        mentions = by_part.get(part, [])
        for i, m in enumerate(mentions):
            country = entities.get(m.key)
            leader = country is not None and country.kind is EntityKind.PERSON
            if country is None or (country.type != "Country" and not leader):
                continue
            # 拜登政府: a leader's administration; 日本政府, 韩国军方: a country's bodies
            body = next((w for w in (_ADMINISTRATION if leader else GOVERNMENT_BODIES)
                         if folded.startswith(w, m.end)), None)
            if body is None:
                continue
            name = text[m.start:m.end] + body if leader else country.name + body
            key = f"Organization:{name}"
            entities.setdefault(key, Entity(key, EntityKind.ORGANIZATION, name, type="GovernmentOrganization"))
            mentions[i] = replace(m, end=m.end + len(body), text=text[m.start:m.end + len(body)], key=key)
            out[key] = "" if leader else country.key
    return out


def clause_label(text: str, clause: tuple[int, int], date: DateMention | None, place: str = "") -> str:
    """A label in the clause's words, without its date (cut by offsets: the date's text is folded,
    the clause's may be traditional), with the place first where the clause does not name it
    (在拉古纳伍兹，枪击事件发生在周日: 拉古纳伍兹枪击事件)."""
    a, b = clause
    label = (text[a:date.start] + text[date.end:b] if date is not None and a <= date.start and date.end <= b
             else text[a:b]).strip(" 的，,。").removesuffix("发生在").removesuffix("发生于")[:40]
    return place + label if place and place not in label else label


def acts_in(folded: str, clause: tuple[int, int], date: DateMention, mentions: list[Mention],
            entities: dict[str, Entity]) -> bool:
    """Someone acts in a dated clause that has no verb of doing: a person or a body it names, or a
    country that opens it, its subject (2014年，印度通过…; not 前中国领导人画像, a qualifier)."""
    a, b = clause
    return any(a <= m.start < b and m.key in entities and (
        entities[m.key].kind is not EntityKind.PLACE
        or (entities[m.key].type == "Country" and folded[m.start] not in "该該"  # 该国一半以上的病例: a figure
            and _only_the_date_before(folded, a, m.start, date)))
        for m in mentions)


def _only_the_date_before(folded: str, clause_start: int, at: int, date: DateMention) -> bool:
    """Nothing but the clause's date stands before `at` in its clause."""
    before = folded[clause_start:at]
    if clause_start <= date.start and date.end <= at:
        before = folded[clause_start:date.start] + folded[date.end:at]
    return not before.strip(" ，,")


_ROLES = tuple(sorted({*TITLES, *STAFF, "顾问", "助手", "助理", "幕僚", "盟友", "政府", "团队", "竞选团队"},
                      key=len, reverse=True))


def describers(folded: str, here: Sequence[Mention], kinds: dict[str, EntityKind], clause: tuple[int, int]) -> set[str]:
    """The persons of a clause who only describe another it names after them (前特朗普顾问罗杰·斯通,
    拜登的国安顾问沙利文): a role of theirs follows them, then the person who acts."""
    start, end = clause
    persons = [m for m in here if kinds[m.key] is EntityKind.PERSON and start <= m.start < end]
    out = set()
    for i, m in enumerate(persons[:-1]):
        after = folded[m.end:persons[i + 1].start].removeprefix("的")
        if after and len(after) <= 8 and after.endswith(_ROLES) and not any(c in after for c in "，,、和与及"):
            out.add(m.key)
    return out


def attacked_persons(word: str, folded: str, here: Sequence[Mention], kinds: Mapping[str, EntityKind],
                     trigger: tuple[int, int], clause: tuple[int, int]) -> bool:
    """An attack on people, who are its parties wherever it happened: named after the word (殴打王晋年),
    or before a word that they suffered it (特朗普遇刺, 里根肺部中弹, 吉福兹遭枪击)."""
    (t_start, t_end), (clause_start, clause_end) = trigger, clause
    if word in PERSONAL_ATTACKS and any(kinds[m.key] is EntityKind.PERSON and t_end <= m.start < clause_end
                                        for m in here):
        return True
    return (word in SUFFERED or folded[t_start - 1:t_start] in ("遭", "被")) and any(
        kinds[m.key] is EntityKind.PERSON and clause_start <= m.start < t_start for m in here)
