"""Bodies a sentence gives as examples of a kind: 麦当劳、可口可乐等企业 (such companies as…), 那些公司包括
雷神公司, 通用动力，英国航太和奥什科什 (the companies include…). A listed name that no layer found, and
that is no ordinary word (钢铁、煤炭等企业 lists industries), is an organization."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Protocol

import rjieba

from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import MODEL, ORG, PERSON, Span, Tokens, org_location

# Kinds of body whose examples a list gives (not 平台 or 应用: apps and sites are no organizations here).
_KINDS = ("公司", "企业", "机构", "品牌", "银行", "集团", "媒体", "组织", "制造商", "运营商", "零售商", "厂商",
          "承包商", "军火商", "车企", "药企", "巨头")
_KIND = "(?:" + "|".join(sorted(_KINDS, key=len, reverse=True)) + ")"
# X、Y和Z等(大|西方|中国|多家房地产)公司: 等, a few words of description (no 的: 短缺等问题的企业), the kind
_ENDS_A_LIST = re.compile("等([^，,。；;、的“”]{0,6}?)" + _KIND)
# 那些公司包括X, Y和Z: the kind, then a word that opens the examples
_OPENS_A_LIST = re.compile(_KIND + "(?:包括|例如|比如|诸如)")
_CLAUSE_EDGE = re.compile(r"[，,。；;：:！？!?\n“”「」《》]|等")  # 等 ends an earlier list (X等国家和Y等组织)
_FORWARD_EDGE = re.compile(r"[。；;：:！？!?\n“”「」《》]|等")
_SEPARATOR = re.compile(r"\s*(?:以及|、|，|,|和|与|及|或)\s*")
_GLOSS = re.compile(r"\s*[（(][A-Za-z][^（）()]{0,40}[）)]")  # 英国航太（BAE）: the English name
_LONGEST = 8  # characters: a listed example is a name, not a phrase
# rjieba tags of a word that is a name's, at the front of a list's first item (以及批准|运通)
_NAME_TAGS = frozenset(["nz", "nt", "j", "nr", "nrt", "ns", "eng", "x", "n", "vn"])
# A single dictionary word of these kinds is an ordinary word (钢铁, 汽车), an industry, not a body's name
_WORD_TAGS = frozenset(["n", "vn", "v", "a", "an", "b", "ns", "s", "f", "m", "r"])
_COMMON_TAGS = _WORD_TAGS - {"ns", "v"}  # 英国|航太 holds a name; 通用|动力 a verb no description opens with


class Part(Protocol):
    folded: str
    tok: Tokens
    by_start: dict[int, Span]

    def free(self, start: int, end: int) -> bool: ...

    def take(self, span: Span) -> None: ...

    def guesses_inside(self, start: int, end: int, org: bool = False, person: bool = False) -> list[Span] | None: ...

    def give_way(self, spans: list[Span]) -> None: ...


def exemplified_bodies(part: Part, gaz: Gazetteer) -> None:
    """Take, in one part, the bodies lists of examples name (see the module's doc)."""
    folded = part.folded
    for m in _ENDS_A_LIST.finditer(folded):
        edge = max((e.end() for e in _CLAUSE_EDGE.finditer(folded, max(0, m.start() - 80), m.start())),
                   default=max(0, m.start() - 80))
        items = _items(folded, edge, m.start())
        if items:
            first = _name_tail(part, *items[0])  # 以及批准运通: the list opens after the verb
            items = ([first] if first else []) + items[1:]
        _take(part, gaz, items)
    for m in _OPENS_A_LIST.finditer(folded):
        edge = _FORWARD_EDGE.search(folded, m.end(), m.end() + 120)
        end = edge.start() if edge else min(len(folded), m.end() + 120)
        items = _until_a_verb(part.tok, _items(folded, m.end(), end))
        if len(items) >= 2:
            _take(part, gaz, items)


def _items(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches between separators (and English glosses) in folded[start:end]."""
    cuts = sorted([*(m.span() for m in _SEPARATOR.finditer(folded, start, end)),
                   *(m.span() for m in _GLOSS.finditer(folded, start, end))])
    out, at = [], start
    for a, b in cuts:
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < end:
        out.append((at, end))
    return out


def _until_a_verb(tok: Tokens, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items up to the one a verb runs into, cut before the verb (包括腾讯、网易游戏及盛趣游戏|回应表示，
    将严格遵守: the list ends with 盛趣游戏; what they said is no body)."""
    out = []
    for a, b in items:
        first = bisect_right(tok.starts, a)  # the first token that starts after a
        verb = next((tok.starts[i] for i in range(first, len(tok)) if tok.starts[i] < b and tok.tags[i] == "v"),
                    None)
        if verb is not None:
            out.append((a, verb))
            break
        out.append((a, b))
    return out


def _name_tail(part: Part, start: int, end: int) -> tuple[int, int] | None:
    """The stretch's last words that are names' words (以及批准|运通: 运通), or None where the last is not."""
    tok = part.tok
    i = tok.at_end.get(end)
    if i is None:
        return None
    a = end
    while i >= 0 and tok.starts[i] >= start and tok.tags[i] in _NAME_TAGS:
        a = tok.starts[i]
        i -= 1
    return (a, end) if a < end else None


def _take(part: Part, gaz: Gazetteer, items: list[tuple[int, int]]) -> None:
    for a, b in items:
        name = part.folded[a:b]
        if not 2 <= len(name) <= _LONGEST or gaz.named(name) is not None:
            continue
        tags = rjieba.tag(name)
        if (len(tags) == 1 and rjieba.has_word(name) and tags[0][1] in _WORD_TAGS) or (
                len(tags) > 1 and all(t in _COMMON_TAGS and rjieba.has_word(w) for w, t in tags)):
            continue  # 钢铁、煤炭等企业: industries; 盐业企业: common nouns, a description
        if tags[0][1] in ("v", "p", "d") and gaz.named(name[len(tags[0][0]):]) is not None:
            continue  # 打压华为等企业: a verb and a body found already
        in_the_way = [] if part.free(a, b) else _guesses(part, a, b)
        if in_the_way is None:
            continue
        part.give_way(in_the_way)
        span = Span(a, b, ORG, name, MODEL, type=ORG.value)
        org_location(span, name, a, gaz)  # 英国航太 lies in 英国, which the text names
        part.take(span)


def _guesses(part: Part, a: int, b: int) -> list[Span] | None:
    """What gives way to a listed body at a..b: the tagger's guesses and a place opening the name
    (英国|航太), or its person of exactly that name (奥什科什); None when a surer span holds it."""
    inside = part.guesses_inside(a, b, org=True)
    exact = part.by_start.get(a)
    if inside is None and exact is not None and exact.end == b and exact.kind is PERSON \
            and exact.rank == MODEL and not exact.key:
        return [exact]
    return inside
