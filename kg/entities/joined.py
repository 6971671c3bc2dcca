"""A proposed organization's span that holds two names (新东方和高途公司) or a name and a clause
(香港中文大学研究中国传媒格局): where the first name ends (kg.entities.proposals uses this)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kg.entities import lexicon as lx
from kg.entities.edges import org_ending, tokens_within
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import HAN_RUN, ORG, Tokens, is_translit

Proposal = tuple[int, int, str]  # (start, end, "PER" | "LOC" | "ORG"), from kg.entities.ner

INSTITUTIONS = frozenset((*lx.ORG_ENDINGS, *lx.MORE_ORG_ENDINGS, *lx.ORG_HEADS, *lx.NAMED_ORG_HEADS,
                          *lx.OFFICE_HEADS, *lx.INSTITUTION_WORDS))
_MULTI_CHARACTER_HEADS = tuple(h for h in INSTITUTIONS if len(h) > 1)


def known_org_first(folded: str, tok: Tokens, start: int, end: int, gaz: Gazetteer
                    ) -> tuple[int, int | None] | None:
    """An organization's span that opens with an organization the gazetteer knows, or with a name and
    its head (布朗大学和明治大学), ending at a word's edge, and goes on with 和, 及 or 、 holds two
    names (新东方和高途公司: the second is proposed on its own); one that goes on with a verb is the
    name and a clause (香港中文大学研究中国传媒格局), unless its last word is an organization's head
    (复旦大学发展研究院). (end of the first name, start of the second or None), or None where the span
    is one name."""
    inside = tokens_within(tok, start, end)
    for i in inside[1:]:
        first, second = folded[start:tok.starts[i]], folded[tok.ends[i]:end]
        if tok.words[i] in lx.NAME_JOINERS and len(first) >= 2 and len(second) >= 2 and (
                (_headed(first) and _headed(second)) or (org_ending(second) and not _modifier(tok, i - 1))):
            # 布朗大学和明治大学: each name ends with its own head; 隆基乐叶和晶澳太阳能: the second ends as a
            # body's name does, and the first is no common noun sharing its head (工业和安全局)
            return tok.starts[i], tok.ends[i]
    for i in reversed(inside[1:]):
        known = gaz.named(folded[start:tok.starts[i]])
        if known is None or known.kind is not ORG:
            continue
        if tok.words[i] in lx.NAME_JOINERS:
            return tok.starts[i], (tok.ends[i] if tok.ends[i] < end else None)
        if known.name.endswith(_PARTIES) and folded[tok.starts[i]:end] in CHAMBERS:
            return tok.starts[i], tok.starts[i]  # 共和党|参议院, 民建联|立法会: the party, and the chamber it sits in
        rest = folded[tok.starts[i]:end]
        if known.name.endswith(CHAMBERS) and rest.endswith("党") and 2 <= len(rest) <= 5:
            return tok.starts[i], tok.starts[i]  # 欧洲议会|绿党: the parliament, and a party in it
        last = inside[-1]
        then = folded[tok.ends[i]:end]
        if tok.tags[i] == "v" and (then in CHAMBERS or (
                (known := gaz.named(then)) is not None and known.kind is ORG)):
            return tok.starts[i], None  # 共和党控制众议院: a body, a verb and another body, a clause
            # (but 欧盟|执行|委员会: a verb and a body's head make the name)
        if tok.tags[i] in ("v", "vn") and tok.words[last] not in INSTITUTIONS \
                and folded[tok.starts[i]:end] not in lx.GENERIC_ORG_SUFFIXES \
                and not tok.words[last].endswith(_MULTI_CHARACTER_HEADS) and len(tok.words[last]) > 1:
            return tok.starts[i], None
        return None
    return None


def opens_with_a_known_body(folded: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """据|益普索·莫里调查公司 (the tokenizer's 据益): the proposed body's name opens with one the gazetteer
    knows, so it begins where the tagger says, though no word of the tokenizer's does."""
    return any((o := gaz.named(folded[start:k])) is not None and o.kind is ORG for k in range(start + 2, end))


def body_after_a_verb(tok: Tokens, start: int, end: int) -> int | None:
    """民主党人仍控制参议院, 交通部调查人员有义务通知司法部: someone (a body, for a body after the verb),
    a verb (one that never opens a name, for a body: not 欧盟|执行|委员会) and a chamber or a body, a
    clause read as one body; where the last body begins (it is proposed alone), or None."""
    inside = tokens_within(tok, start, end)
    verb = tok.words[inside[-2]] if len(inside) >= 3 else ""
    if len(inside) < 3 or tok.ends[inside[-1]] != end or not (tok.tags[inside[-2]] == "v" or verb in _RANKING):
        return None
    first, last, subject = tok.words[inside[0]], tok.words[inside[-1]], tok.words[inside[-3]]
    if last in CHAMBERS or (len(last) >= 3 and org_ending(last) and (verb in lx.CLAUSE_VERBS or verb in _RANKING)
                            and (tok.tags[inside[0]] == "nt" or org_ending(first) or org_ending(subject))):
        return tok.starts[inside[-1]]
    return None


# How one side stands to another in a race (工党领先保守党); rjieba calls 领先 a noun.
_RANKING = frozenset(("领先", "落后", "击败", "战胜"))

# Chambers a party controls, wins or loses (共和党控制众议院): after a body and a verb, a body of their own.
_PARTIES = ("党", "联")  # 民建联, a party named as an alliance
CHAMBERS = ("众议院", "参议院", "国会", "议会", "上院", "下院", "上议院", "下议院", "立法会")


def _modifier(tok: Tokens, i: int) -> bool:
    """A common noun of one or two characters, which modifies the head after a joiner (工业|和安全局,
    儿童|及青少年院: the bureau of industry and security) rather than ending a name."""
    return len(tok.words[i]) <= 2 and tok.tags[i] in ("n", "vn", "a", "an")


def _headed(name: str) -> bool:
    """A name with a word of its own before a head that completes it (布朗大学, not 大学)."""
    return any(name.endswith(h) and len(name) > len(h) for h in lx.STRONG_ORG_HEADS)


def rejoined(folded: str, proposed: Sequence[Proposal]) -> list[Proposal]:
    """李安纳|度·狄|卡比奥: a dotted name the tagger read as two persons, the dot and a character or
    two on either side of it left out, is one person; a school and its unit's name, read as two
    bodies, is one."""
    out: list[Proposal] = []
    for p in proposed:
        if out and out[-1][2] == p[2] == "PER" and 0 < p[0] - out[-1][1] <= 3 \
                and (gap := folded[out[-1][1]:p[0]]).count("·") == 1 \
                and all(c == "·" or HAN_RUN.fullmatch(c) for c in gap):
            out[-1] = (out[-1][0], p[1], "PER")
            continue
        if out and out[-1][2] == p[2] == "ORG" and folded.endswith(lx.SCHOOLS, 0, out[-1][1]) \
                and folded.endswith(_UNITS, 0, p[1]) and 2 <= p[0] - out[-1][1] <= 5 \
                and folded[p[0] - 1] in "与和" and all(HAN_RUN.fullmatch(c) for c in folded[out[-1][1]:p[0]]):
            out[-1] = (out[-1][0], p[1], "ORG")  # 乔治城大学|安全与|新兴技术中心: a school's unit, by its fields
            continue
        out.append(p)
    return out


_UNITS = ("中心", "研究所", "研究院", "实验室")


def body_opening(folded: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Where a proposed body's name begins: before start where it begins inside a body the gazetteer
    knows (战略与|国际研究中心亚洲海事透明度倡议组织: a unit of the one named first), or inside a run of
    transliteration characters that a word of its own or a sign opens (科罗拉多州的马克|萨尔科技公司)."""
    if start and folded[start - 1:start + 1] in _org_bigrams(gaz):  # a known body's name can run across start
        for back in range(1, min(start, _LONGEST_OPENING) + 1):
            if any((known := gaz.named(folded[start - back:k])) is not None and known.kind is ORG
                   for k in range(start + 1, end)):
                return start - back
    if not is_translit(folded[start:start + 2]):
        return start
    back = start
    while back > max(0, start - 3) and is_translit(folded[back - 1]):
        back -= 1
    return back if back < start and (back == 0 or folded[back - 1] in _BEFORE_A_NAME) else start


_LONGEST_OPENING = 6  # characters of a known body's name before the proposal's start
_BEFORE_A_NAME = frozenset("的，、（(“ ")  # what may stand before a transliterated name


@lru_cache(maxsize=4)
def _org_bigrams(gaz: Gazetteer) -> frozenset[str]:
    """Every two characters that stand side by side in a name of a body the gazetteer knows."""
    return frozenset(surface[i:i + 2] for surface, key in gaz.surfaces.items()
                     if (e := gaz.entities.get(key)) is not None and e.kind is ORG for i in range(len(surface) - 1))
