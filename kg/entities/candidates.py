"""Candidate spans in one piece of text, from four layers: the gazetteer, the trained tagger's
proposals (kg.entities.proposals), patterns of news Chinese, and the word tagger (rjieba), each
filtered for what it gets wrong."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import rjieba

from kg.entities import lexicon as lx
from kg.entities.addressed import a_form_of_address, addressed_persons
from kg.entities.brands import short_name_spans
from kg.entities.cases import without_case_parties
from kg.entities.described import (
    described_organizations,
    descriptions_before_names,
    latin_organizations,
    periodicals,
)
from kg.entities.dotted import dotted_as_proposed, dotted_names, named_for_persons, within_proposed
from kg.entities.edges import a_ministers_title, cuts_a_known_name
from kg.entities.facilities import facilities
from kg.entities.gazetteer import Gazetteer
from kg.entities.japanese import japanese_names
from kg.entities.kinds import a_described_kind
from kg.entities.known import a_day_before, known_names
from kg.entities.missions import sent_missions
from kg.entities.place_abbreviations import ABBREVIATIONS, pair_abbreviation
from kg.entities.proposals import Proposal, proposals
from kg.entities.romanized import rendered_persons, romanized_persons
from kg.entities.spans import (
    COMPOUND,
    GAZETTEER,
    HAN_RUN,
    MODEL,
    MODIFIER_TAGS,
    ORG,
    PATTERN,
    PERSON,
    PLACE,
    TAGGER,
    TITLED,
    Span,
    Tokens,
    a_city,
    a_common_word,
    a_distance,
    a_member_after,
    a_prize,
    is_government,
    is_translit,
    listed_with_a_place,
    person_over_town,
    place_suffixes,
    storm_names,
    variant_names,
)
from kg.entities.tidy import no_person_here, tidy_person
from kg.entities.titles import (
    latin_speakers,
    royal_persons,
    titled_persons,
)
from kg.entities.towns import described_towns, towns_after_regions
from kg.entities.vessels import NAMED_THINGS, vessel_ranges
from kg.entities.word_tagger import word_tagger_names
from kg.model import FactKind

__all__ = ["COMPOUND", "GAZETTEER", "MODEL", "PATTERN", "PERSON", "PLACE", "TAGGER", "Span", "Tokens", "find"]


def find(folded: str, gaz: Gazetteer, proposed: Sequence[Proposal] = (),
         japan: bool = False, companies: frozenset[str] = frozenset()) -> tuple[list[Span], Tokens]:
    """Every candidate in one folded text, overlapping (the caller picks among them), and the tokens.
    `proposed` are the trained tagger's spans (kg.entities.ner) in this text; `japan`, whether the
    article names Japan (then Japanese names are read, kg.entities.japanese); `companies`, the short
    names the article uses for their companies (苹果: kg.entities.brands)."""
    tok = Tokens(folded)
    spans = known_names(folded, tok, gaz) + (short_name_spans(folded, tok, gaz, companies) if companies else [])
    known_to: dict[int, int] = {}  # start -> the farthest end of a known name of two characters or more there
    for s in spans:
        if s.length >= 2:
            known_to[s.start] = max(known_to.get(s.start, 0), s.end)
    spans += [s for s in proposals(folded, tok, proposed, gaz, {s.end: s.start for s in spans if s.kind is PLACE})
              if not cuts_a_known_name(s, known_to) and not _a_name_and_a_word(s, folded, known_to)]
    persons = {(s.start, s.end) for s in spans if s.rank == MODEL and s.kind is PERSON}
    romanized = romanized_persons(folded, gaz) + rendered_persons(folded, gaz) if "(" in folded else []
    named = {(s.start, s.end) for s in romanized}  # 大使格林菲尔德(Linda Thomas-Greenfield): no town
    spans = [s for s in spans if not (s.rank == GAZETTEER and (s.start, s.end) in persons
                                      and person_over_town(gaz.entities.get(s.key), folded, s.start, s.end)
                                      and not listed_with_a_place(s, folded, spans))
             # 退役上将蒙哥马利(Mark Montgomery): a title, a city's name and a person's Western name: the person
             and not (s.kind is PLACE and (s.start, s.end) in named and a_city(gaz.entities.get(s.key)))
             # 与傅飞岚(Franciscus Verellen): a person's Western name, no body's; 特派记者麦肯锡（Jean
             # Mackenzie）: a reporter, though the gazetteer knows a firm by the name
             and not (s.kind is ORG and (s.start, s.end) in named)]
    spans = _without_run_on_places(spans, folded)
    by_end: dict[int, list[Span]] = {}
    for s in spans:
        by_end.setdefault(s.end, []).append(s)
    starts_by_end: dict[int, list[int]] = {}
    for a, b in sorted(persons):
        starts_by_end.setdefault(b, []).append(a)
    spans += [within_proposed(dotted_as_proposed(d, folded, tok, starts_by_end, gaz), folded, persons, gaz)
              for d in dotted_names(folded, tok, gaz)]
    spans += word_tagger_names(folded, tok, gaz, proposed)
    spans += place_suffixes(tok, gaz)
    spans += periodicals(folded, gaz)
    spans += latin_organizations(folded, gaz)
    described = described_organizations(folded, gaz)
    bodies = {(s.start, s.end) for s in described}  # 人权组织阿戈拉的负责人: a body, though the tagger read a person
    spans = [s for s in spans
             if not (s.kind is PERSON and s.rank == MODEL and not s.key and (s.start, s.end) in bodies)]
    spans += described
    spans += _org_compounds(folded, tok, by_end, gaz) + addressed_persons(folded, tok)
    spans += titled_persons(folded, tok, gaz, spans) + royal_persons(folded, tok, gaz, spans)
    spans += latin_speakers(folded, gaz)
    spans += romanized
    if japan:
        spans += japanese_names(folded, tok)
    spans = [t for s in spans if (t := tidy_person(_to_romanization(s, folded), folded, tok)) is not None
             and (t := no_person_here(t, folded)) is not None and (t := _by_the_words_around(t, folded)) is not None]
    spans = named_for_persons(variant_names(storm_names(towns_after_regions(spans, folded), folded), folded),
                              folded, gaz)
    spans = descriptions_before_names(described_towns(spans, folded, tok, gaz), folded, gaz)
    if "《" in folded:  # a person inside a work's title is the work's words (《致埃文·汉森》, 《莱姆酒日记》)
        titles = [m.span() for m in _TITLE_SPAN.finditer(folded)]  # in order, none overlapping
        starts = [a for a, _ in titles]

        def in_title(s: Span) -> bool:
            i = bisect_right(starts, s.start - 1) - 1  # the last title opening before the span
            return i >= 0 and s.end < titles[i][1]

        spans = [s for s in spans if not (s.kind in (PERSON, PLACE) and in_title(s))]
    if "文件" in folded:  # “巴拿马文件”, 潘多拉文件: a leak's name, no mention of the place or of anyone
        spans = [s for s in spans if not (s.kind in (PERSON, PLACE) and folded.startswith("文件", s.end)
                                          and (folded[s.start - 1:s.start] == "“" or not s.key))]
    if "诉" in folded:  # 罗伊诉韦德案: a case's name
        spans = without_case_parties(spans, folded)
    spans = [s for s in facilities(spans, folded, tok, gaz)
             if not (s.kind is PERSON and not s.key and cuts_a_known_name(s, known_to))]  # 齐聚南|美
    spans += sent_missions(spans, folded) if "驻" in folded else []  # 以色列驻|华大使馆
    gone = [s for s in spans if _no_name(s)]
    spans = [s for s in spans if not _no_name(s)
             # a name inside what is no name is none either: 克钦 of 克钦代表团 is no person
             and not (s.rank == TAGGER and any(g.start <= s.start and s.end <= g.end for g in gone))]
    # ships' names, and what lies inside them (罗纳德 of 罗纳德·里根号), are no mention of a person or place
    vessels = vessel_ranges(spans, folded, tok) if any(w in folded for w in NAMED_THINGS) else []
    spans = [_with_capital(s, folded) for s in spans] if "资本" in folded else spans
    pairs = {(s.start, s.end) for s in spans if pair_abbreviation(s, tok)}  # 中欧|互信: China and Europe
    spans += [Span(a + k, a + k + 1, PLACE, e.name, GAZETTEER, key=e.key, type=e.type)
              for a, _ in pairs for k in (0, 1) if (e := gaz.named(ABBREVIATIONS.get(folded[a + k], ""))) is not None]
    peers = {(s.start, s.end) for s in spans
             if s.kind is PLACE and s.type != "Country" and _A_PEERAGE.match(folded, s.end)}
    return [s for s in spans if (s.start, s.end) not in pairs and not a_distance(folded, s.start)
            and not (s.kind is PLACE and a_day_before(folded, s.start, s.end))
            and not (s.kind is ORG and _a_trade(folded, s, gaz))
            and not (s.kind is PLACE and _opens_a_foreign_name(s, tok, gaz))
            and not (s.kind is ORG and _students(folded, s, tok))
            # 外交部门, 外交部长: a department, a minister
            and not (s.kind is ORG and folded.endswith("部", s.start, s.end)
                     and (folded.startswith("门", s.end) or a_ministers_title(s, folded, gaz)))
            and not (s.kind is PERSON and not s.key and folded.startswith("族", s.end))  # 梅蒂斯族: a people
            and not (s.kind is PLACE and _a_tongue(folded, s.end))
            and not (s.kind is PLACE and folded[s.start:s.end + 1] in _PEOPLES_OF_THE_AMERICAS)
            and not ((s.start, s.end) in peers and (s.kind is PLACE or not s.key))
            and not (s.kind is PLACE and s.type != "Country" and _A_SHIP.match(folded, s.end))  # 山东舰: a ship
            and not (s.kind is PERSON and (i := tok.at_start.get(s.start)) is not None and tok.ends[i] > s.end
                     and tok.words[i].endswith(_LANGUAGE_ENDINGS))  # 希伯|来语: a language's name
            and not (s.kind is PERSON and folded.startswith("主义", s.end))  # 马克思主义: a doctrine
            and not (s.kind in (PERSON, PLACE) and not s.key and folded.startswith("式", s.end)
                     and is_translit(s.name))  # 奥威尔式的传奇: a style, named after someone
            and not (s.kind is ORG and _AN_INDEX.match(folded, s.end))  # 道琼斯指数, 标准普尔500指数: an index
            and not a_prize(s, folded, tok) and not (s.kind in (PERSON, PLACE) and any(
                a <= s.start and s.end <= b for a, b in vessels))], tok


# 海曼资本: an investment firm's name ends with 资本 (not 资本主义, 资本市场: capitalism, capital markets)
_CAPITAL = re.compile("资本(?!主义|市场|家|外流|管制|流动|开支|支出|金|运作|积累|充足|收益|利得)")


def _with_capital(s: Span, folded: str) -> Span:
    """海曼|资本创始人: a body the tagger ended before 资本, which is its name's last word."""
    if s.kind is not ORG or s.key or not _CAPITAL.match(folded, s.end):
        return s
    return Span(s.start, s.end + 2, ORG, s.name + "资本", s.rank, type=s.type, facts=s.facts, aliases=s.aliases)


def _a_name_and_a_word(s: Span, folded: str, known_to: dict[int, int]) -> bool:
    """The tagger's person made of a known name and the first character of the next word (乌克兰|拉回,
    波兰|基督教): no person."""
    return s.kind is PERSON and not s.key and known_to.get(s.start) == s.end - 1 \
        and any(rjieba.has_word(folded[s.end - 1:s.end + n]) for n in (1, 2))


def _students(folded: str, s: Span, tok: Tokens) -> bool:
    """纽约|大学生, 北京|大学生: a city's students, no university (北京大学|生命科学学院 is one)."""
    i = tok.across(s.end - 1)
    return folded.endswith("大学", s.start, s.end) and i is not None and tok.words[i].startswith("大学生")


def _opens_a_foreign_name(s: Span, tok: Tokens, gaz: Gazetteer) -> bool:
    """A small area's two-character name that a transliterated word continues: the start of a
    foreign name (阿纳|斯塔西娅号, not Samoa's A'ana), not a country or a town of known size."""
    e = gaz.entities.get(s.key)
    nxt = tok.at_start.get(s.end)
    return e is not None and s.length == 2 and e.type != "Country" and not e.population and nxt is not None \
        and tok.tags[nxt] == "nrt" and len(tok.words[nxt]) >= 2 and is_translit(s.name)  # 加州 is no such name


_SECTORS = ("银行", "航空", "保险", "证券", "电信", "钢铁")


def _a_trade(folded: str, s: Span, gaz: Gazetteer) -> bool:
    """A body named by a place and its trade, then 业 or a word for the trade's firms: the trade
    (美国银行业 is American banking, no Bank of America; 这家中国电信巨头, no China Telecom). Not 业绩 or
    业务 after it (招商银行业绩, 汇丰银行业务: the bank's results and business)."""
    if not folded.endswith(_SECTORS, s.start, s.end):
        return False
    after = folded[s.end:s.end + 3]
    if not (after.startswith(("巨头", "运营商")) or (after[:1] == "业" and after[1:2] not in ("绩", "务"))):
        return False
    return any((p := gaz.named(folded[s.start:s.start + n])) is not None and p.kind is PLACE for n in (2, 3, 4))


def _no_name(s: Span) -> bool:
    """Whatever layer proposed it, an ordinary word (lexicon.NOT_NAMES: 上市公司, 国际舞台), a
    description of people (德普团队, 国会代表团) the gazetteer does not know, a weekday taken for a
    person (上周四), a direction taken for a place (北部地区) or a form of address (张经理, 英女王) is
    no name."""
    return not s.key and (s.name in lx.NOT_NAMES or (s.kind is ORG and s.name.endswith(lx.NOT_ORG_ENDINGS))
                          or (s.kind is PERSON and lx.WEEKDAY_NAME.fullmatch(s.name) is not None)
                          or (s.kind is PERSON and len(s.name) > 2 and s.name.endswith(lx.DESCRIPTORS))  # 澳智库
                          or (s.kind is PLACE and lx.DIRECTION_REGION.fullmatch(s.name) is not None)
                          or (s.kind is PERSON and a_form_of_address(s.name))
                          or (s.kind is PERSON and len(s.name) == 2 and s.name[0] in ABBREVIATIONS
                              and s.name[1] in lx.LANGUAGE_ENDINGS)  # 德文, 日语: a language
                          or (s.kind is PERSON and len(s.name) == 2 and s.name[0] in lx.SURNAMES
                              and s.name[1] in lx.SPEECH)  # 李说: a surname alone, and what was said
                          or (s.kind is PERSON and len(s.name) == 2 and all(c in ABBREVIATIONS for c in s.name)
                              and s.rank != TITLED and not s.facts))  # (议员欧德（Ayman Odeh）: a person)


def _a_tongue(folded: str, end: int) -> bool:
    """福建话, 广东话: a tongue the name makes with what follows, no mention of a place. (Not 印度裔: the
    read sets' gold lists 印度 from 印度裔 where the text names it only so.)"""
    return folded[end:end + 1] == "话" and folded[end + 1:end + 2] not in _NOT_TONGUE


_LANGUAGE_ENDINGS = tuple(lx.LANGUAGE_ENDINGS)
# Hispanic and Latino: the Americas' peoples named for a tongue or a region, no mention of Spain or of
# Latin America (the read sets' gold lists neither from them)
_PEOPLES_OF_THE_AMERICAS = frozenset(("西班牙裔", "拉美裔", "拉丁裔", "拉丁美洲裔"))
# A peer's or a royal house's title named for a place (萨塞克斯公爵, 威尔士亲王, 温莎王朝): a title, no
# mention of the place (the read sets' gold lists none of them). Not a country's (英国公爵).
_A_PEERAGE = re.compile("公爵|伯爵|侯爵|亲王|王妃|王朝")
_A_SHIP = re.compile("舰(?!队|艇)")  # 山东舰, 辽宁舰 (not 舰队, a fleet; 舰艇, vessels)
_NOT_TONGUE = tuple("题剧语筒费")  # 话题, 话剧, 话语, 话筒, 话费
_NOT_NAME_AFTER_PLACE = "一两几这该某其每"  # 胡志明市一公园: a place, then "a park"
_NUMERALS = "二三四五六七八九十百千万0123456789"  # 马萨诸塞三州: "the three states", no place


# What a journey from a place goes on with (从哈威奇|坐火车): a place, where the tagger read a person.
_TRAVEL_AFTER = re.compile("坐|乘|搭|飞往|出发|前往|来到|抵达|启程|转往|开往|驶往|赶往|逃往|逃到|搬到|迁往|撤离")


def _by_the_words_around(s: Span, folded: str) -> Span | None:
    """婚后姓|哈密尔顿: a family name, no place and no person; 从|哈威奇|坐火车: where a journey starts,
    a transliterated name the gazetteer does not know, is a place."""
    if folded.endswith("姓", 0, s.start) and not folded.endswith("百姓", 0, s.start):
        return None
    if s.kind is PERSON and not s.key and folded.endswith("从", 0, s.start) and _TRAVEL_AFTER.match(folded, s.end) \
            and is_translit(s.name):
        return Span(s.start, s.end, PLACE, s.name, s.rank, type="Place")
    return s


def _without_run_on_places(spans: list[Span], folded: str) -> list[Span]:
    """The tagger's unknown place that is known places run together (越南胡志明市: Vietnam, Ho Chi Minh
    City), or known places followed by a numeral or a demonstrative (越南胡志明市一公园), is none: the
    gazetteer's places stand. One that is known places and then a name (北方邦哈特拉斯) is that name."""
    known = {(s.start, s.end) for s in spans if s.rank == GAZETTEER and s.kind is PLACE}
    ends_from: dict[int, set[int]] = {}
    for a, b in known:
        ends_from.setdefault(a, set()).add(b)

    def _reach(a: int, b: int) -> set[int]:
        reach, todo = set(), [a]  # the ends that known places chained from a reach, up to b
        while todo:
            for e in ends_from.get(todo.pop(), ()):
                if e <= b and e not in reach:
                    reach.add(e)
                    todo.append(e)
        return reach

    out = []
    for s in spans:
        if s.rank != MODEL or s.kind is not PLACE or s.key or s.name.endswith(lx.POWER_PLANTS):
            out.append(s)  # 福岛第一核电站: a plant named after its place is one name
            continue
        reach = _reach(s.start, s.end)  # where known places chained from its start end
        if s.end in reach or any(folded[e] in _NOT_NAME_AFTER_PLACE for e in reach if e < s.end):
            continue  # known places run together
        rest = folded[max(reach, default=s.start):s.end]
        if reach and rjieba.tag(rest)[0][1] in lx.NOT_NAME_START_TAGS:
            continue  # 乌克兰防御俄罗斯: known places and a verb phrase; the gazetteer's places stand
        if reach and len(rest) >= 2 and HAN_RUN.match(rest) and rest[0] not in _NUMERALS \
                and rest not in lx.NOT_PLACES and rest not in lx.WITHIN_WORDS and not rest.endswith(lx.FACILITY_HEADS) \
                and not (len(rest) == 2 and rest[1] in lx.PLACE_SUFFIXES):  # 坦帕|雷市: one name
            if a_common_word(rest):
                continue  # 王府井|书店, 华盛顿|智库: known places, then a common noun; they stand
            # 北方邦哈特拉斯: known places, then a place of its own (not 仰光国际机场, a facility's name)
            out.append(Span(max(reach), s.end, PLACE, rest, MODEL, type=PLACE.value))
        else:
            out.append(s)
    return out


_ROMANIZED = re.compile(r"\([A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)+\)")


def _to_romanization(s: Span, folded: str) -> Span:
    """黄泉友|彦（Tomohiko Kurosumi）: a three-character person one Han character short of the
    romanized name in brackets takes that character (a Japanese four-character name the tagger
    read as Chinese), unless it is a word that follows names (说, 称)."""
    if s.kind is not PERSON or s.key or s.length != 3 or "·" in s.name:
        return s
    tail = folded[s.end:s.end + 1]
    if not (tail and HAN_RUN.match(tail)) or tail in lx.AFTER_NAME or not _ROMANIZED.match(folded, s.end + 1):
        return s
    return Span(s.start, s.end + 1, s.kind, folded[s.start:s.end + 1], s.rank, type=s.type, facts=s.facts)


_AN_INDEX = re.compile(r"\s?[0-9]*\s?指数")

_TITLE_SPAN = re.compile(r"《[^《》\n]{1,60}》")


def _org_compounds(folded: str, tok: Tokens, by_end: dict[int, list[Span]], gaz: Gazetteer) -> list[Span]:
    """A place, up to two modifiers, and an organization head: 俄罗斯联邦安全会议, 俄罗斯外交部."""
    out = []
    for end, spans in by_end.items():
        place = max((s for s in spans if s.kind is PLACE), key=lambda s: s.length, default=None)
        if place is None or end not in tok.at_end:
            continue
        k = tok.at_end[end] + 1
        text = ""
        best = None
        for m in range(k, min(k + 3, len(tok))):
            if (tok.tags[m] not in MODIFIER_TAGS and tok.words[m] not in lx.ORG_HEADS
                    and tok.words[m] not in lx.NAMED_ORG_HEADS) or tok.words[m] in lx.DESCRIPTORS:
                break  # 台湾智库|中华经济研究院: a description, then a name of its own
            text += tok.words[m]
            head = next((h for h in lx.ORG_HEADS if text.endswith(h)), None)
            # A generic head names an organization only after a word of its own: 美国芭蕾舞剧团,
            # 远东联邦大学; 美国大学 is America's universities.
            head = head or next((h for h in lx.NAMED_ORG_HEADS if text.endswith(h) and len(text) > len(h)), None)
            if head and text not in lx.GOVERNMENT_WORDS and text not in lx.KIND_OF_BODY_HEADS:
                best = (m, head)  # not 中国军队: China's armed forces, a kind of body
        if best and folded.endswith(lx.HEADQUARTERS, 0, tok.ends[best[0]]):
            continue  # 纽约联合国总部: the organization's seat; the gazetteer names the organization
        if best and best[1] in lx.PARTY_HEADS and place.type != "Country" \
                and a_member_after(folded, tok.ends[best[0]]):
            continue  # 俄亥俄州民主党众议员: a member's state and party, not the state's party
        if best and any(s.kind is ORG and s.start >= place.end and (
                (s.key and folded[s.start:s.end] not in lx.ORG_HEADS) or folded[place.start:s.end] in s.aliases)
                        for s in by_end.get(tok.ends[best[0]], ())):
            # 华盛顿美国企业研究所: an organization the gazetteer knows, in a place named before it (not
            # a head it knows by a name, 日本时报), or one with a name of its own that was split off the
            # place (澳大利亚|新南威尔士大学, spans.names_its_own)
            continue
        if best and a_described_kind(folded[place.start:tok.ends[best[0]]], gaz):
            continue  # 中国顶尖大学, 德国私人电视台: bodies of a kind, described
        if best:
            m, head = best
            org = Span(place.start, tok.ends[m], ORG, folded[place.start:tok.ends[m]], COMPOUND,
                       type="GovernmentOrganization" if is_government(head) else "Organization")
            org.facts.append((FactKind.LOCATION, place))
            out.append(org)
    return out

