"""The trained tagger's spans (kg.entities.ner) as candidates: trimmed of what a tagger trained on
1998 newspaper text glues to names in today's news, then typed and linked by the gazetteer."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import (
    HAN_RUN,
    INITIAL,
    MODEL,
    ORG,
    PERSON,
    PLACE,
    Span,
    Tokens,
    a_kind_of_body,
    a_known_place,
    a_member_after,
    a_place_then,
    is_translit,
    known_after_place,
    org_location,
    person_over_town,
    suffix_fits,
    title_after,
)
from kg.model import EntityKind

Proposal = tuple[int, int, str]  # (start, end, "PER" | "LOC" | "ORG"), from kg.entities.ner

_KINDS = {"PER": PERSON, "LOC": PLACE, "ORG": ORG}
_TIME_TAIL = re.compile("|".join(map(re.escape, lx.TIME_TAILS)))  # longest first, as TIME_TAILS is sorted
_LONGEST_TAIL = max(map(len, lx.TIME_TAILS))


def proposals(folded: str, tok: Tokens, proposed: Sequence[Proposal], gaz: Gazetteer,
              place_ends: dict[int, int]) -> list[Span]:
    """The trained tagger's spans, trimmed of what it glues to names. The gazetteer types and links
    what it knows by that name; an organization that starts with a known place is located there
    (中国外交部). place_ends: where the gazetteer's places end, and where each begins."""
    out = []
    pending = _rejoined(folded, proposed)[::-1]
    while pending:
        start, end, label = pending.pop()
        kind = _KINDS[label]
        if kind is ORG and folded.endswith(lx.POWER_PLANTS, start, end):
            kind = PLACE  # 秦山核电站: a power plant is a place where things happen, no body
            country = next((k for k in range(end - 4, start, -1) if (c := gaz.named(folded[start:k])) is not None
                            and c.type == "Country"), None)
            start = country or start  # 日本|福岛第一核电站: the country, and the plant in it
        start = next((e for e in range(end - 1, start, -1) if place_ends.get(e, start) < start), start)
        # 北方邦|哈特拉斯 read as 邦哈特拉斯: a name that begins inside a known place begins after it
        if kind is ORG and folded.endswith(lx.KIN_WORDS, 0, start) and (
                person_like(folded[start:end]) or romanized(folded, start, end)):
            kind = PERSON  # 母亲迪帕(Deepa), 妹妹卡哈珊(Kahkashan): a mother is no organization
        full = gaz.named(lx.ABBREVIATIONS.get(folded[start], "")) if kind is PLACE and end - start == 1 else None
        if full is not None:
            out.append(Span(start, end, full.kind, full.name, MODEL, key=full.key, type=full.type))
            continue
        edges = _trimmed(folded, start, end, kind, tok, gaz)
        if edges is None:
            continue
        start, end = edges
        if kind is ORG and (split := _known_org_first(folded, tok, start, end, gaz)) is not None:
            end, rest = split  # 新东方和高途公司: two names; 香港中文大学研究…: a name and a clause
            if rest is not None:
                pending.append((rest, edges[1], label))
        if kind is PLACE and folded[end:end + 1] in lx.LANGUAGE_ENDINGS and end not in tok.at_end:
            continue  # 日本语: a language, one word with the place's name in it
        name = folded[start:end]
        if kind is ORG and name[1:2] == "资" and name.startswith(lx.OWNERSHIP_PREFIXES) \
                and not name[2:].startswith(lx.OWNED_BODY_HEADS) and (start + 2) in tok.at_start:
            start, name = start + 2, name[2:]  # 英资渣打银行: Standard Chartered, British-owned (not 港资银行公会)
        if kind is ORG and (at := _party_after_place(folded, start, end, gaz)) is not None:
            start, name = at, folded[at:end]  # 俄亥俄州民主党众议员: the member's state, then the party
        if kind is PERSON and (at := _known_person_ending(folded, start, end, gaz)) is not None:
            start, name = at, folded[at:end]  # 何方普京: words glued before a person the gazetteer knows
        if kind is PERSON and "·" in name:
            name = INITIAL.sub("", name)  # 约瑟夫·R·拜登 is 约瑟夫·拜登, as _dotted reads it
        if kind is ORG and name.endswith(lx.HEADQUARTERS) and gaz.named(name) is None:
            end -= 2  # 纽约联合国总部, 北京百度总部: the organization (in that place), not its building
            name = name[:-2]
        known = gaz.named(folded[start:end]) or gaz.named(name)
        if kind is PERSON and person_over_town(known, name):
            known = None  # 杰克逊, 安德森: the tagger's person, not the gazetteer's small town
        if known is None and kind is ORG and name.endswith(lx.GENERIC_ORG_SUFFIXES):
            # Counterpoint Research公司, 华为公司: the organization the gazetteer knows, and its kind of body
            stem = gaz.named(name.removesuffix(next(s for s in lx.GENERIC_ORG_SUFFIXES if name.endswith(s))).strip())
            known = stem if stem is not None and stem.kind is ORG else None
        if known is not None:
            out.append(Span(start, end, known.kind, known.name, MODEL, key=known.key, type=known.type))
            continue
        if kind is ORG and _LATIN_COMPANY.fullmatch(name):  # Freightos公司: Freightos, a company
            out.append(Span(start, end, ORG, name[:-2].strip(), MODEL, type=ORG.value, aliases=(name,)))
            continue
        if kind is PLACE and (suffixed := _suffixed_place(name, start, end, gaz)):
            out.append(suffixed)
            continue
        if kind is PLACE and name.endswith("市") and len(name) >= 4 and is_translit(name[:-1]):
            # 安克雷奇市: a foreign city the gazetteer does not know, whose name the word tagger cuts
            out.append(Span(start, end, PLACE, name[:-1], MODEL, type=lx.PLACE_SUFFIXES["市"], aliases=(name,)))
            continue
        if kind is PLACE and folded[end:end + 1] in ("族", "人"):
            continue  # 维吾尔族, 维吾尔人: a people; a place the gazetteer knows was taken above
        if kind is PLACE and name in lx.WITHIN_WORDS and start in place_ends:
            continue  # 中国东北边境城市: a direction within the place before it
        if kind is ORG and (named := _named_after_description(name, start, end, gaz)):
            out.append(named)
            continue
        if kind is ORG and folded[end:end + 1].isascii() and folded[end:end + 1].isalpha():
            continue  # 加拿大研究公司TechInsights: a description before the name, written in Latin
        if kind is not PERSON and not (start in tok.at_start and (end in tok.at_end or (
                kind is ORG and (title_after(folded, tok, end) or _head_then_word(folded, tok, end))))):
            continue  # an unknown place or organization cuts no word in two (天发射中心, 哥斯拉大),
            # save a body named inside a title (外交部长, 吉林省委书记) or ending with its head, which
            # the tokenizer joined to the next word (昆士兰大学|毕业, 韩国国家情报院|所收集)
        if name in lx.NOT_NAMES or name in lx.TITLES:
            continue
        if (i := tok.at_start.get(start)) is not None and tok.ends[i] == end and tok.tags[i] == "r":
            continue  # 每州, 该州, 本省: a pronoun of the dictionary ("each state"), no name
        if kind is ORG and len(name) >= lx.ORG_FREE_LENGTH and not org_ending(name):
            continue
        if kind is ORG and _verb_object_end(tok, end, start):
            continue  # 旧金山排队, 中国车企合资建厂: the head character ends a verb's word, not a name
        if kind is ORG and a_place_then(name, lx.OFFICE_HEADS, gaz):
            continue  # 柏林办公室, 华盛顿分社: someone's office in a place, the place named
        if kind is ORG and (name in lx.KIND_OF_BODY_HEADS or a_kind_of_body(name, gaz)):
            continue  # 海军, 美国公司, 中资银行: bodies of a kind, not one body
        span = Span(start, end, kind, name, MODEL, type=kind.value)
        if kind is ORG:
            org_location(span, name, start, gaz)
            span = known_after_place(span, gaz)
        out.append(span)
    return out


_ONE_CHARACTER_HEADS = frozenset(h for h in (*lx.ORG_ENDINGS, *lx.MORE_ORG_ENDINGS) if len(h) == 1)
_INSTITUTIONS = frozenset((*lx.ORG_ENDINGS, *lx.MORE_ORG_ENDINGS, *lx.ORG_HEADS, *lx.NAMED_ORG_HEADS,
                           *lx.OFFICE_HEADS, *lx.INSTITUTION_WORDS))
_MULTI_CHARACTER_HEADS = tuple(h for h in _INSTITUTIONS if len(h) > 1)


def _rejoined(folded: str, proposed: Sequence[Proposal]) -> list[Proposal]:
    """李安纳|度·狄|卡比奥: a dotted name the tagger read as two persons, the dot and a character or
    two on either side of it left out, is one person."""
    out: list[Proposal] = []
    for p in proposed:
        if out and out[-1][2] == p[2] == "PER" and 0 < p[0] - out[-1][1] <= 3 \
                and (gap := folded[out[-1][1]:p[0]]).count("·") == 1 \
                and all(c == "·" or HAN_RUN.fullmatch(c) for c in gap):
            out[-1] = (out[-1][0], p[1], "PER")
            continue
        out.append(p)
    return out


def _and_in_name(folded: str, tok: Tokens, i: int, start: int, end: int, gaz: Gazetteer) -> bool:
    """与 joins two words of one name (疾病控制与预防中心), not two names (外交部与国防部, 首尔与高通
    公司): what precedes it is no organization's name nor a name the gazetteer knows, what follows
    none the gazetteer knows, and the span ends as an organization's name does."""
    before, after = folded[start:tok.starts[i]], folded[tok.ends[i]:end]
    return (tok.words[i] == lx.IN_ORG_AND and before and after and org_ending(folded[start:end])
            and not org_ending(before) and gaz.named(before) is None and gaz.named(after) is None)


def _known_org_first(folded: str, tok: Tokens, start: int, end: int, gaz: Gazetteer
                     ) -> tuple[int, int | None] | None:
    """An organization's span that opens with an organization the gazetteer knows, ending at a word's
    edge, and goes on with 和, 及 or 、 holds two names (新东方和高途公司: the second is proposed on its
    own); one that goes on with a verb is the name and a clause (香港中文大学研究中国传媒格局), unless its
    last word is an organization's head (复旦大学发展研究院). (end of the first name, start of the
    second or None), or None where the span is one name."""
    inside = _tokens_within(tok, start, end)
    for i in reversed(inside[1:]):
        known = gaz.named(folded[start:tok.starts[i]])
        if known is None or known.kind is not ORG:
            continue
        if tok.words[i] in lx.NAME_JOINERS:
            return tok.starts[i], (tok.ends[i] if tok.ends[i] < end else None)
        last = inside[-1]
        if tok.tags[i] in ("v", "vn") and tok.words[last] not in _INSTITUTIONS \
                and not tok.words[last].endswith(_MULTI_CHARACTER_HEADS) and len(tok.words[last]) > 1:
            return tok.starts[i], None
        return None
    return None


def _known_person_ending(folded: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a person the gazetteer knows by two characters or more ends the span, after words that
    are no part of their name (战争走向何方普京: 普京); not after a given name and its dot (约翰·拜登)."""
    if gaz.named(folded[start:end]) is not None:
        return None  # the whole span is a name the gazetteer knows
    for at in range(start + 1, end - 1):  # the longest known name first
        known = gaz.named(folded[at:end])
        if known is not None and known.kind is PERSON and folded[at - 1] != "·":
            return at
    return None


def _party_after_place(folded: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where an organization the gazetteer knows begins after a place it knows, in a span a title
    follows (俄亥俄州民主党众议员, 缅因州民主党人): the place and the party describe the person, not a
    state's party as a body of its own. The place is then found as a place."""
    if not a_member_after(folded, end):
        return None
    for at in range(start + 1, end - 1):
        place, body = gaz.named(folded[start:at]), gaz.named(folded[at:end])
        if place is not None and place.kind is PLACE and body is not None and body.kind is ORG \
                and gaz.named(folded[start:end]) is None:
            return at
    return None


def _verb_object_end(tok: Tokens, end: int, start: int) -> bool:
    """The word that ends the span is a verb and its object (排队, 建厂, 开会), whose object happens
    to be an organization's head character, after a name (旧金山排队, 中国建厂). Not an abbreviation
    (建委 of 北京市住建委), nor a word that is the whole span (招行, 交行: a name of its own)."""
    i = tok.at_end.get(end)
    word = tok.words[i] if i is not None else ""
    return (len(word) == 2 and word[1] in _ONE_CHARACTER_HEADS and word not in _INSTITUTIONS
            and tok.starts[i] > start and tok.tags[i] != "j" and rjieba.tag(word[0])[0][1].startswith("v"))


# 会 and 社 end bodies too, but in 普京会|面 and 中国社|交媒体 they begin the next word
_TOKEN_JOINED_HEADS = (*lx.STRONG_ORG_HEADS, "院")


def _head_then_word(folded: str, tok: Tokens, end: int) -> bool:
    """The span ends with an organization's head (大学, 院) inside a token that begins in the span,
    and the rest of that token is a word of its own or one character (大学|毕业, 院|所)."""
    i = tok.across(end)
    if i is None:
        return False
    rest = folded[end:tok.ends[i]]
    return folded.endswith(_TOKEN_JOINED_HEADS, 0, end) and (
        len(rest) == 1 or rjieba.has_word(rest))


def _suffixed_place(name: str, start: int, end: int, gaz: Gazetteer) -> Span | None:
    """布拉戈维申斯克市 is the city the gazetteer knows as 布拉戈维申斯克 (as _place_suffixes reads it);
    巴恩斯特布尔县 is not the town 巴恩斯特布尔 but a county the gazetteer does not know."""
    suffix = name[-1]
    stem = gaz.named(name[:-1]) if suffix in lx.PLACE_SUFFIXES and len(name) >= 3 else None
    if stem is None or stem.kind is not PLACE:
        return None
    if not suffix_fits(stem, suffix):
        return Span(start, end, PLACE, name, MODEL, type=lx.PLACE_SUFFIXES[suffix])
    return Span(start, end, PLACE, stem.name, MODEL, key=stem.key, type=stem.type)


def _named_after_description(name: str, start: int, end: int, gaz: Gazetteer) -> Span | None:
    """俄罗斯通讯社国际文传电讯社: a description, then the name the gazetteer knows; the organization is
    the named one (as _appositions reads the rules' compounds)."""
    for k in range(2, len(name) - 2):
        known = gaz.named(name[k:])
        if known is not None and known.kind is ORG and (org_ending(name[:k]) or name[:k].endswith(lx.DESCRIPTORS)) \
                and not a_known_place(gaz, name[:k]):  # 广东省 is a place (spans.known_after_place), no description
            return Span(start + k, end, ORG, known.name, MODEL, key=known.key, type=known.type)
    return None


_LATIN_COMPANY = re.compile(r"[A-Za-z][A-Za-z0-9 .&'’-]*公司")


def _trimmed(folded: str, start: int, end: int, kind: EntityKind, tok: Tokens, gaz: Gazetteer
             ) -> tuple[int, int] | None:
    """A proposal's edges without brackets, quotes and (after a person) a time word; None when what
    is left is no name: one character (中, 美: MSRA's abbreviations), no Han (the model reads
    Chinese; Latin names come from bylines and the gazetteer), or an organization with a preposition
    in it (纽约州劳工部对神韵艺术团). An organization loses the words that never begin a name (200场)."""
    while start < end and (folded[start] in lx.SPAN_BREAKS or folded[start].isspace()):
        start += 1  # a bracket, a quote, a space (代表 约翰尼·德普: the tagger took the space in)
    cut = next((i for i in range(start, end) if folded[i] in lx.SPAN_BREAKS), end)
    end = cut
    while end > start and (folded[end - 1] == "·" or folded[end - 1].isspace()):
        end -= 1
    if kind is PERSON:  # 普京周二: the name ends where a time word starts, even one the span cuts
        tail = _TIME_TAIL.search(folded, max(start, end - _LONGEST_TAIL + 1), end + _LONGEST_TAIL)
        if tail is not None and tail.start() < end:
            end = tail.start()
        edges = _person_edges(folded, start, end, tok, gaz)
        if edges is None:
            return None
        start, end = edges
    if kind is PLACE and start in tok.at_start and len(tok.words[i := tok.at_start[start]]) == 1 \
            and tok.tags[i] in lx.NOT_PLACE_START_TAGS and a_known_place(gaz, folded[start + 1:end]):
        start += 1  # 比广岛原子弹: a preposition glued to a place the gazetteer knows
    if kind is PLACE and (verb := _verb_before_place(folded, start, end, tok, gaz)) is not None:
        start = verb  # 日本称|尖阁诸岛, 日本排放|福岛第一核电站: who says or does, then the place
    if kind is ORG and (dash := folded.rfind("——", start, end)) >= 0:
        start = dash + 2  # 黑人大学——霍华德大学: a description, a dash, and the name (中国—东盟 is one name)
    if kind is ORG:
        inside = _tokens_within(tok, start, end)
        while inside and (tok.tags[inside[0]] in lx.NOT_ORG_START_TAGS or tok.words[inside[0]] in lx.CLAUSE_VERBS
                          ) and not a_known_place(gaz, tok.words[inside[0]]) and not (
                len(inside) > 1 and tok.tags[inside[0]] == "f" and tok.words[inside[0]] in lx.ABBREVIATIONS):
            # 大连万达俱乐部: the word tagger calls 大连 an adverb; a place the gazetteer knows stays, and
            # so does a country's one-character short form that begins a name (中储粮, 中彩中心)
            start = tok.ends[inside.pop(0)]
        if len(inside) >= 2 and tok.words[inside[-1]] in lx.TITLES and tok.ends[inside[-1]] == end:
            end = tok.starts[inside.pop()]  # 国民党|立委: a title after the body is no part of its name
        # 国立中山大学政治学: the name ends with its head; a tail that ends no organization's name
        # (北京大学医学部 and 北京大学附属中学 do) is no part of it, nor judged with it (…医院|呼吸与危重症…)
        cut = max((folded.rfind(h, start, end) + len(h) for h in lx.STRONG_ORG_HEADS
                   if folded.rfind(h, start, end) > start), default=-1)
        if start + 2 < cut < end and not folded[cut:end].endswith((*lx.ORG_ENDINGS, "中学", "小学")):
            end = cut
            inside = [i for i in inside if tok.starts[i] < end]
        if any(tok.tags[i] in lx.NOT_IN_ORG_TAGS and not _and_in_name(folded, tok, i, start, end, gaz)
               for i in inside) \
                or folded.endswith(lx.NOT_ORG_ENDINGS, start, end):
            return None
        if any(tok.tags[a] in lx.NAMED_TAGS and tok.words[b] in lx.CLAUSE_VERBS for a, b in pairwise(inside)):
            return None  # 民主党能保住众议院, 德普否认新闻集团: a name and what it says or may do make a clause
        if inside and tok.tags[inside[-1]] in lx.NOT_ORG_END_TAGS and not org_ending(folded[start:end]):
            return None  # 旧金山排队: a place and what happens there, no organization
    if end - start < 2 or not HAN_RUN.search(folded, start, end):
        return None
    return start, end


def _verb_before_place(folded: str, start: int, end: int, tok: Tokens, gaz: Gazetteer) -> int | None:
    """Where a place begins after a verb the span took in from its clause, leaving two characters or
    more: a verb after or before a place the gazetteer knows (日本排放|福岛第一核电站, 经营|福岛核电站,
    伫立|哈尔滨), or a verb of saying (称|尖阁诸岛). A verb that opens a name stays (游泳训练基地)."""
    i = tok.at_start.get(start)
    after_place = i is not None and i + 1 < len(tok) and a_known_place(gaz, tok.words[i]) and tok.ends[i] < end
    if after_place:
        i += 1
    if i is None or not tok.tags[i].startswith("v") or end - tok.ends[i] < 2 or tok.ends[i] >= end:
        return None
    place_next = i + 1 < len(tok) and a_known_place(gaz, tok.words[i + 1])  # 经营|福岛核电站
    return tok.ends[i] if after_place or place_next or tok.words[i] in lx.SPEECH else None


def _person_edges(folded: str, start: int, end: int, tok: Tokens, gaz: Gazetteer) -> tuple[int, int] | None:
    """A person's edges where the words around them say so: the span does not begin inside a word
    (官方吉祥物 holds no 方吉祥), loses a function word glued to its end (唐金已与, 阻止本国: the word
    that 已 or 本 begins or is) and the start of a known place it cuts (希尔德|伦敦), and is not one
    ordinary word (时间)."""
    first = tok.across(start)
    if first is not None and rjieba.has_word(tok.words[first]):
        return None  # inside a dictionary word (官方), not a word the tokenizer guessed (藏人丹增)
    cut = tok.across(end)
    if cut is not None and tok.starts[cut] > start and start in tok.at_start and rjieba.has_word(tok.words[cut]) \
            and a_known_place(gaz, folded[start:tok.starts[cut]]):
        return None  # 韩国民|众: a place the gazetteer knows, and the first character of a word
    last = bisect_right(tok.starts, end - 1) - 1
    if last >= 0 and tok.starts[last] > start and tok.ends[last] > end and a_known_place(gaz, tok.words[last]):
        end = tok.starts[last]  # 艾梅柏·希尔德伦|敦: the place after the name is no part of it
        last -= 1
    if last >= 0 and tok.starts[last] == end - 1 > start and ((
            tok.tags[last] in lx.NOT_IN_NAME_TAGS and (
                tok.words[last][0] in lx.AFTER_NAME or (tok.tags[last] in ("t", "r") and tok.ends[last] > end)))
            or (tok.words[last] in lx.AFTER_NAME_WORDS and end - 1 - start >= 2)):
        # 唐金已与, 阻止本国: the word after the name begins inside the span (侯友宜为 keeps its 宜,
        # and 张韵清 its 清: a one-character "word" wholly inside the name is part of it)
        end -= 1
    elif last >= 0 and tok.starts[last] == end - 1 and tok.ends[last] > end and folded[end - 3:end - 2] == "·" \
            and folded[end - 2] in lx.SURNAMES and tok.tags[last].startswith("v"):
        end -= 1  # 桑尼·刘|发来: a Chinese surname after the dot, and the verb the span cut
    inside = _tokens_within(tok, start, end)
    surnamed = _surname_shaped(tok, start, end)
    if len(inside) == 1 and tok.tags[inside[0]] not in lx.NAME_LIKE_TAGS and tok.ends[inside[0]] == end \
            and not surnamed:
        return None  # 阻止, 时间: one ordinary word (余协中 is a surname and a given name, whatever its tag)
    return start, end


def _surname_shaped(tok: Tokens, start: int, end: int) -> bool:
    """A Chinese name's shape: a common surname and one or two characters more."""
    text = "".join(tok.words[i] for i in _tokens_within(tok, start, end)) if end - start <= 4 else ""
    if len(text) != end - start:
        return False
    surname = text[:2] if text[:2] in lx.SURNAMES else text[:1]
    return surname in lx.SURNAMES and 2 <= len(text) <= len(surname) + 2


def _tokens_within(tok: Tokens, start: int, end: int) -> list[int]:
    """The tokens wholly inside start..end."""
    i = bisect_right(tok.starts, start - 1)
    out = []
    while i < len(tok) and tok.starts[i] < end:
        if tok.ends[i] <= end:
            out.append(i)
        i += 1
    return out


_ORG_ENDS = (*lx.ORG_ENDINGS, *lx.MORE_ORG_ENDINGS, *sorted(lx.NAMED_ORG_HEADS))


def org_ending(name: str) -> bool:
    return name.endswith(_ORG_ENDS)


_ROMANIZED_AFTER = re.compile(r"\s*[(（][A-Z][a-z]")


def romanized(folded: str, start: int, end: int) -> bool:
    """沙南(Shabnam): a name with no organization's ending, romanized in the bracket after it (the
    tagger's span may hold the bracket)."""
    name = re.split("[(（]", folded[start:end])[0]
    return bool(name) and not org_ending(name) and _ROMANIZED_AFTER.match(folded, start + len(name)) is not None


def person_like(name: str) -> bool:
    """A name an organization could not be (what the tagger read as one, and context says is a
    person's): no organization's ending, and a Chinese surname or transliteration characters only
    (迪帕, 沙南; not 联邦快递, 迪士尼乐园)."""
    name = name.split("(")[0].split("（")[0]
    return not org_ending(name) and (name[:1] in lx.SURNAMES or is_translit(name))
