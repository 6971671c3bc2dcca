"""Transliterated names joined by "·" (尼古拉·帕特鲁舍夫, 约瑟夫·R·拜登): the pattern that finds them
and where each part begins and ends (kg.entities.candidates puts them beside the other layers)."""

from __future__ import annotations

import re

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import (
    HAN_RUN,
    INITIAL,
    NAME_TAGS,
    ORG,
    PATTERN,
    PERSON,
    TITLES_LONGEST_FIRST,
    Span,
    Tokens,
    a_common_word,
    a_known_place,
    is_translit,
)

__all__ = ["dotted_as_proposed", "dotted_names", "named_for_persons", "trim_speech", "within_proposed"]

# Heads of the bodies named for a person (约翰斯·霍普金斯大学, 比尔及梅琳达·盖茨基金会).
_NAMED_FOR_HEADS = ("大学", "学院", "基金会", "研究所", "研究院", "研究中心", "医院", "医学中心", "图书馆",
                    "博物馆", "公司", "学会", "协会", "律师事务所", "事务所")


def dotted_names(folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """Transliterated names joined by "·" (尼古拉·帕特鲁舍夫): a person unless the gazetteer says else.
    Around each dot, the parts may be glued to the words next to them: keep what the tokenizer tags
    as a name, or the run of transliteration characters next to the dot. Parts that meet at a dot
    chain into one name (雷杰普·塔伊普·埃尔多安)."""
    out = []
    chain: tuple[int, int] | None = None
    for i, word in enumerate(tok.words):
        if word != "·" and not (word in _HYPHENS and chain is not None and chain[1] == tok.starts[i]):
            continue  # a hyphen only continues a dotted name (萨迪克·贾拉拉勒-阿兹姆), never starts one (俄-乌)
        at = tok.starts[i]
        left = _edge(tok, at, backward=True, gaz=gaz)
        right = _edge(tok, at + 1, backward=False, gaz=gaz)
        if left is None or right is None:
            continue
        if chain is not None and chain[1] == left[1]:
            chain = (chain[0], right[1])
            out[-1] = _dotted(folded, *chain, gaz)
        else:
            chain = (left[0], right[1])
            if folded[chain[0] - 1:chain[0]] in _HYPHENS and (
                    head := _edge(tok, chain[0] - 1, backward=True, gaz=gaz) or _hyphen_head(
                        tok, chain[0] - 1, gaz)) is not None:
                chain = (head[0], chain[1])  # 让-保罗·萨特
            out.append(_dotted(folded, *chain, gaz))
    return out


def _hyphen_head(tok: Tokens, at: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The first half of a hyphenated given name before a dotted one (让-路易斯·卡西): the word right
    before the hyphen, one Han character, though the dictionary knows it as a verb (让 is Jean). A
    longer half is a transliteration that _edge takes; a longer word there is a heading or a body
    (专访-约翰·博尔顿, 欧盟-乌尔苏拉·冯德莱恩). Not a function word, a verb of saying, a title or a known
    place (俄-乌 starts no name, and a hyphen never starts one)."""
    i = tok.at_end.get(at)
    if i is None:
        return None
    word = tok.words[i]
    if not (len(word) == 1 and HAN_RUN.match(word)) or word in lx.TITLES \
            or tok.tags[i] in _FUNCTION_TAGS or word[-1] in lx.SPEECH or a_known_place(gaz, word):
        return None
    return tok.starts[i], at


# Words of these kinds (prepositions, conjunctions, pronouns, adverbs, particles, numerals) are no
# half of a given name.
_FUNCTION_TAGS = frozenset(["p", "c", "r", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud", "m", "q", "x"])


def _dotted(folded: str, start: int, end: int, gaz: Gazetteer) -> Span:
    name = folded[start:end]
    # 约瑟夫·R·拜登 is the gazetteer's 约瑟夫·拜登: initials don't take part in the lookup.
    plain = INITIAL.sub("", name)
    key = gaz.surfaces.get(name, "") or gaz.surfaces.get(plain, "")
    e = gaz.entities.get(key)
    return Span(start, end, e.kind if e else PERSON, e.name if e else plain, PATTERN, key=key,
                type=e.type if e else "Person", aliases=(name,) if plain != name else ())  # as written: S·W·唐


_POSTURES = frozenset("站坐躺跪")  # verbs of posture the tokenizer glues to a name's end (…劳斯站|在)
_POSTURE_AFTER = frozenset("在着了起")


def _next_first(tok: Tokens, i: int) -> str:
    """The first character of the word after word i, or ""."""
    return tok.words[i + 1][:1] if i + 1 < len(tok) else ""


_MAX_PART = 8  # characters in one part of a transliterated name
_MAKING_REACH = 8  # tokens before a name where a verb of making (任命) may stand
_HYPHENS = frozenset("-‐‑–—")  # an em dash too, as some write 比利—鲍勃·松顿


def _edge(tok: Tokens, at: int, backward: bool, gaz: Gazetteer) -> tuple[int, int] | None:
    """The name part next to a dot, as (start, end): the tokens before it (backward) or after it
    that are names or transliterations, or the run of transliteration characters nearest the dot.
    The tokenizer tags many transliterated name parts as places or proper nouns (绍伊古, 汀): such a
    token counts too, unless the gazetteer knows it as a place (中国·上海 joins no name)."""
    i = tok.at_end.get(at) if backward else tok.at_start.get(at)
    if i is None:
        return None
    if re.fullmatch(r"[A-Za-z]{1,2}\.?", tok.words[i]):
        return (tok.starts[i], at) if backward else (at, tok.ends[i])  # an initial: 约瑟夫·R·拜登
    if not backward and tok.words[i] in lx.SURNAMES and len(tok.words[i]) == 1 and (
            i + 1 == len(tok) or tok.tags[i + 1] in _AFTER_A_SURNAME_TAGS):
        return at, at + 1  # 韦斯利·张（音）, 迈克·陈和: a Chinese surname after a Western given name
    edge = at
    step = -1 if backward else 1
    while 0 <= i < len(tok):
        word = trim_speech(tok.words[i]) if not backward else tok.words[i]
        if not backward and edge != at and (known := gaz.named(word)) is not None and known.kind is PERSON:
            break  # 莱特希泽|对|特朗普: a person the gazetteer knows is someone else
        if not backward and len(word) >= 2 and word[-1] in _PREPOSITIONS and i + 1 < len(tok) \
                and tok.tags[i + 1] in NAME_TAGS:
            word = word[:-1]  # 莱特|希泽对|特朗普: the preposition before the next name ends this one
        if not backward and (title := next((t for t in TITLES_LONGEST_FIRST if word.endswith(t) and word != t), "")):
            word = word[:-len(title)]  # 詹姆斯·吉|尔博士: the title the tokenizer glued to the name's end
        if not backward and len(word) >= 2 and word[-1] in _POSTURES and _next_first(tok, i) in _POSTURE_AFTER:
            word = word[:-1]  # 汉娜·斯坦尼斯劳|斯站|在: standing (sitting…) somewhere ends the name
        if not backward and len(word) >= 3 and word[-1] == "为" \
                and any(tok.words[k] in lx.MAKING_VERBS for k in range(max(0, i - _MAKING_REACH), i)):
            word = word[:-1]  # 任命…卡尔·伊坎为|顾问: "as", after a verb that makes someone something
        # 前夫|约翰尼, 马克里|达成: past the part next to the dot, a word the dictionary knows as no name
        # lends the name no characters (理查 next to the dot is a "verb" and still the name: 理查·施特劳斯)
        if not backward and edge != at and _opens_with_a_word(word):
            break  # 法赫德·莫什里|关系密切: words, though the tokenizer calls them a name
        common = (edge != at and len(word) >= 2 and tok.tags[i] not in (*NAME_TAGS, "ns", "nz")
                  and rjieba.has_word(word))
        whole = tok.tags[i] in NAME_TAGS or (is_translit(word) and not common) or (
            tok.tags[i] in ("ns", "nz") and not a_known_place(gaz, word)
            and (backward or edge == at or is_translit(word)))  # 科斯塔|达成协议 ("nz" to rjieba)
        if whole and word not in lx.TITLES and abs(edge - at) + len(word) <= _MAX_PART:
            edge = edge - len(word) if backward else edge + len(word)
            if word != tok.words[i]:
                break  # the verb glued to the name ends it
            i += step
            continue
        if tok.tags[i] in lx.NOT_IN_NAME_TAGS or word in lx.TITLES or a_known_place(gaz, word):
            break  # 帕里哈皮蒂亚|本月, 卡塔尔|埃米尔: no characters from a time word, a title, a place
        if common:
            break
        n = 0
        for c in (reversed(word) if backward else word):
            if c not in lx.TRANSLIT or abs(edge - at) + n >= _MAX_PART:
                break
            n += 1
        edge = edge - n if backward else edge + n
        break
    if backward and at - edge >= 3 and (_conjoined(tok, edge) or _called(tok, edge) or _clause_opened(tok, edge)):
        edge += 1  # 霍普金斯（…）|和妮科·基德曼, 也|称安柏·赫德, ，但康纳·希利: "and", "called", "but" glued to it
    if edge == at:
        return None
    return (edge, at) if backward else (at, edge)


_AFTER_A_SURNAME_TAGS = frozenset(("x", "c", "p", "v", "vd", "d", "uj", "ul"))  # punctuation, a function word, a verb
_CONJUNCTIONS = frozenset("和与及")
_PREPOSITIONS = frozenset("对与和向跟同被把给")


def _called(tok: Tokens, edge: int) -> bool:
    i = tok.at_start.get(edge)
    return i is not None and tok.words[i][:1] == "称" and len(tok.words[i]) >= 3  # no name begins with 称


def _opens_with_a_word(word: str) -> bool:
    """关系密切, a "name" to the tokenizer: no transliteration, and a common word of the dictionary opens it
    (法赫德·莫什里|关系密切)."""
    return len(word) >= 3 and not is_translit(word) and a_common_word(word[:2])


def _conjoined(tok: Tokens, edge: int) -> bool:
    """The name part begins with "and" after a bracket or a name: the conjunction is no part of it."""
    i = tok.at_start.get(edge)
    if i is None or tok.words[i][:1] not in _CONJUNCTIONS or i == 0:
        return False
    before = tok.words[i - 1]
    return before in ("）", ")") or tok.tags[i - 1] in NAME_TAGS


def _clause_opened(tok: Tokens, edge: int) -> bool:
    """，但康纳·希利称: "but" opening a clause, glued to the name; 但丁 (Dante) is a word and stays."""
    i = tok.at_start.get(edge)
    return i is not None and tok.words[i][:1] in _CLAUSE_OPENINGS and not rjieba.has_word(tok.words[i][:2]) \
        and (i == 0 or tok.tags[i - 1] == "x")


_CLAUSE_OPENINGS = frozenset("但而却")


def trim_speech(word: str) -> str:
    """李说, 毛宁称: the tokenizer glued a verb of saying to the name."""
    return word[:-1] if len(word) >= 2 and word[-1] in lx.SPEECH else word


def dotted_as_proposed(d: Span, folded: str, tok: Tokens, starts_by_end: dict[int, list[int]],
                        gaz: Gazetteer) -> Span:
    """好莱坞明星|约翰尼·德普: where the trained tagger's person ends with a dotted name and begins
    later, at a word, and what lies before it is whole words the dictionary knows (明星, tagged a
    name by the word tagger), the name begins where the tagger's does."""
    start = next((a for a in starts_by_end.get(d.end, ()) if d.start < a and a in tok.at_start), None)
    if start is None or d.start not in tok.at_start or "·" not in folded[start:d.end]:
        return d
    i, j = tok.at_start[d.start], tok.at_start[start]
    if not all(len(tok.words[k]) >= 2 and rjieba.has_word(tok.words[k]) for k in range(i, j)):
        return d
    return _dotted(folded, start, d.end, gaz)


_BEFORE_A_NAME = frozenset("当在和与被对向从把将为人连")  # 当|阿谢特·查德, 出版人|戈登: a word before the name
_AFTER_A_NAME = frozenset("是在和与对向被把将为")  # 利奥·坎恩|是波士顿富商


def within_proposed(d: Span, folded: str, persons: set[tuple[int, int]], gaz: Gazetteer) -> Span:
    """Where the trained tagger's person lies inside a dotted name (the same dot) and what the dotted
    reading adds is a word glued to the name: a function word before it (当|阿谢特·查德), the end of a
    word of the dictionary (出版人|戈登·克罗维茨), or a verb or preposition after it (利奥·坎恩|是波士顿),
    the name is the tagger's."""
    for a, b in persons:
        if not (d.start <= a and b <= d.end and (a, b) != (d.start, d.end) and "·" in folded[a:b]):
            continue
        left, right = folded[d.start:a], folded[b:d.end]
        ok_left = not left or (len(left) <= 2 and (left[0] in _BEFORE_A_NAME or any(
            rjieba.has_word(folded[k:a]) and len(folded[k:a]) >= 2 for k in range(max(0, d.start - 2), d.start))))
        ok_right = not right or right[0] in _AFTER_A_NAME
        if ok_left and ok_right:
            return _dotted(folded, a, b, gaz)
    return d


def named_for_persons(spans: list[Span], folded: str, gaz: Gazetteer) -> list[Span]:
    """A dotted name that runs into the head of a body (约翰斯·霍普金斯大学; 盖茨基金会, whose 基金 the
    name's reading took) names that body, not a person: the body takes the person's place, with the
    gazetteer's identity where it knows the body by the name's last part (霍普金斯大学)."""
    out = []
    for s in spans:
        body = _body_named_for(s, folded) if s.kind is PERSON else None
        if body is None:
            out.append(s)
            continue
        end, name = body
        known = next((k for k in spans if k.kind is ORG and k.key and k.end == end and s.start < k.start), None)
        entity = gaz.entities.get(known.key) if known is not None else gaz.named(name)
        if entity is not None and entity.kind is ORG:
            out.append(Span(s.start, end, ORG, entity.name, PATTERN, key=entity.key, type=entity.type,
                            aliases=(name,)))
        else:
            out.append(Span(s.start, end, ORG, name, PATTERN, type=ORG.value))
    return out


def _body_named_for(s: Span, folded: str) -> tuple[int, str] | None:
    """(end, name) of the body a dotted person's span runs into, or None (the span's own text has the
    dot: a name the gazetteer writes dotted, 普京, has none here)."""
    dot = folded.rfind("·", s.start, s.end)
    if dot < 0:
        return None
    last = dot + 2  # a surname of one character at least
    for head in _NAMED_FOR_HEADS:
        at = folded.find(head, last, s.end + len(head) + 3)
        # a field's word may stand between the name and the head (弗雷德·哈钦森|癌症|研究中心)
        if at >= 0 and at + len(head) >= s.end and (at <= s.end or _a_field(folded[s.end:at])):
            return at + len(head), folded[s.start:at + len(head)]
    return None


def _a_field(word: str) -> bool:
    """癌症, 儿童: a noun of the dictionary, of two or three characters."""
    return 2 <= len(word) <= 3 and rjieba.has_word(word) and rjieba.tag(word)[0][1] == "n"


_JUNIOR = re.compile(r"\s*[(（][^()（）]{2,60}\bJr\b")


def as_written(folded: str, start: int, end: int) -> tuple[str, ...]:
    """威廉·P·巴尔, the gazetteer's 威廉·巴尔, and 小约瑟夫·R·拜登 (Joseph R. Biden Jr.): the name as the
    text writes it, with its initials or its 小 (Jr.), is an alias."""
    written = folded[start:end]
    if start > 0 and folded[start - 1] == "小" and "·" in written and _JUNIOR.match(folded, end):
        return (written, "小" + written) if INITIAL.search(written) else ("小" + written,)
    return (written,) if INITIAL.search(written) else ()
