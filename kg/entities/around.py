"""What the words around a span the tagger proposed say it is: what befalls a name, an age, a title
or a verb of speaking make a person of a place or a body; a body named with the 前 of a former
holder's title (美国前众议院议长) is named without it; a company's site or subsidiary is the company's
mention. kg.entities.proposals asks."""

from __future__ import annotations

import re

import rjieba

from kg.entities import lexicon as lx
from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import (
    MODEL,
    ORG,
    PERSON,
    PERSON_TAGS,
    PLACE,
    Span,
    Tokens,
    a_known_place,
    is_translit,
    title_after,
)
from kg.model import EntityKind

# Words for a person right before a name, and what befalls a person right after it (男子佛洛伊德,
# 佛洛伊德之死): a foreign name there that the tagger read as a body's is a person's.
_PERSON_WORDS = ("男子", "女子", "男孩", "女孩", "黑人", "白人", "非裔", "少年", "少女", "老人", "男童", "女童")
_AGED = re.compile(r"[0-9一二三四五六七八九十]+\s*岁的$")  # 26 岁的布伦达, as some newsrooms space it
_DEATHS = ("之死", "遇害", "被杀", "身亡", "去世")
_PERSON_FATES = (*_DEATHS, "遭", "被捕")
_SPEAKS = (*lx.SAYS, "发表", "宣布")


def a_persons_name(kind: EntityKind, folded: str, tok: Tokens, start: int, end: int, gaz: Gazetteer) -> bool:
    """The tagger's body or place at start..end that the words around it make a person: 黑人男子佛洛伊德,
    佛洛伊德之死 (a foreign name read as a body's); 48岁的孟山, 佛朗哥去世 (an age, a death); 肯尼迪总统,
    肯尼迪发表该演说, 亲爱的安吉拉 (a name the dictionary knows as a person's)."""
    name = folded[start:end]
    if gaz.named(name) is not None:
        return False
    if kind is ORG:
        i = tok.at_start.get(start)
        return i is not None and tok.ends[i] == end and tok.tags[i] == "nrt" and len(name) >= 3 and (
            folded.endswith(_PERSON_WORDS, 0, start) or folded.startswith(_PERSON_FATES, end))  # not 摩托罗拉
    return kind is PLACE and (_AGED.search(folded, max(0, start - 6), start) is not None
                              or folded.startswith(_DEATHS, end) or _acting(folded, tok, start, end))


def _acting(folded: str, tok: Tokens, start: int, end: int) -> bool:
    """A name the dictionary knows as a person's, with a title or a verb of speaking after it."""
    name = folded[start:end]
    tags = rjieba.tag(name)
    return len(tags) == 1 and tags[0][1] in PERSON_TAGS and rjieba.has_word(name) \
        and (((i := tok.at_start.get(end)) is not None and tok.words[i] in lx.TITLES)
             or title_after(folded, tok, end) or folded.startswith(_SPEAKS, end) or folded.endswith("亲爱的", 0, start))


def without_former(name: str, start: int, end: int, gaz: Gazetteer) -> Span | None:
    """美国前众议院: a place, the 前 of a former holder's title, and a body: the place's body over the
    whole span, named without 前 (the gazetteer's entity where it knows that name); None for any
    other name."""
    k = name.find("前")
    if k < 2 or not a_known_place(gaz, name[:k]) or not org_ending(name[k + 1:]) or len(name) - k - 1 < 2:
        return None
    plain = name[:k] + name[k + 1:]
    known = gaz.named(plain)
    if known is not None and known.kind is ORG:
        return Span(start, end, ORG, known.name, MODEL, key=known.key, type=known.type)
    return Span(start, end, ORG, plain, MODEL, type=ORG.value)


def country_then_person(name: str, start: int, gaz: Gazetteer) -> list[Span]:
    """阿富汗加尼当局, 中国张伟表示: the tagger's person that is a country's name and a person's, the two
    (a country of three characters or more, or a Chinese name after it: not 马里|安娜, Mariana)."""
    if "·" in name:
        return []
    for k in (4, 3, 2):
        country, rest = gaz.named(name[:k]), name[k:]
        if country is not None and country.type == "Country" and 2 <= len(rest) <= 3 \
                and (k >= 3 or (rest[0] in lx.SURNAMES and not is_translit(rest))) and gaz.named(name) is None:
            return [Span(start, start + k, PLACE, country.name, MODEL, key=country.key, type=country.type),
                    Span(start + k, start + len(name), PERSON, rest, MODEL, type=PERSON.value)]
    return []


def owned_or_site(name: str, gaz: Gazetteer) -> str:
    """The words that end a company's site (特斯拉工厂, Costco门店) or a company it owns or that owns it
    (中央人民广播电台子公司, after a body the gazetteer knows), "" for any other name."""
    site = next((h for h in lx.SITES if name.endswith(h) and len(name) > len(h)), "")
    return site or next((h for h in lx.OWNED if name.endswith(h) and (o := gaz.named(name[:-len(h)])) is not None
                         and o.kind is ORG), "")


_A_COUNT = re.compile("[一二两三四五六七八九十几数多]+[州省国市县]")
_A_SHARE = re.compile("[一二两三四五六七八九十几数]+[成倍]")  # 约九成, 近两倍: a figure, no given name


def no_name(kind: EntityKind, folded: str, tok: Tokens, start: int, end: int, gaz: Gazetteer) -> bool:
    """The tagger's place or person at start..end that the dictionary's words say is none: a verb
    opening it (移除子宫), or a count (六州); a surname before a figure (约九成); a name that opens a
    longer common word (中山装); a people (哈扎拉人)."""
    name = folded[start:end]
    i = tok.at_start.get(start)
    if i is None or gaz.named(name) is not None:
        return False
    if kind is PLACE and _A_COUNT.fullmatch(name):
        return True  # 多达六州: a number of states
    if kind is PLACE and name.endswith("疫苗"):
        return True  # 阿斯利康疫苗: a vaccine, its maker's name and the word
    if kind is PLACE:
        # a verb, then a word of two characters at least (not 增上|寺). One word the dictionary tags a verb
        # or an adjective is no sign: it tags towns so (平遥, 奉化, 俭汤 on MSRA's dev split), and 粗鲁 too.
        rest = folded[tok.ends[i]:end]
        return tok.tags[i] in ("v", "a") and len(tok.words[i]) >= 2 and rjieba.has_word(tok.words[i]) \
            and len(rest) >= 2 and rjieba.has_word(rest)  # (稳定|半岛: an adjective too)
    if kind is PERSON and 3 <= len(name) <= 5 and name.endswith(("人", "族")) and is_translit(name[:-1]) \
            and folded[end:end + 1] in _AFTER_A_PEOPLE:
        return True  # 塔吉克人、俾路支人、哈扎拉人和普什图人都是: peoples, in a list or as a subject
    return kind is PERSON and ((len(name) <= 4 and _A_SHARE.fullmatch(name, 1) is not None) or (
        tok.ends[i] > end and tok.tags[i] in ("n", "nz") and rjieba.has_word(tok.words[i])))


_AFTER_A_PEOPLE = frozenset("、和与及都是们，。")

