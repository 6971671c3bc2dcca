"""Title + name, the commonest way news Chinese names a person (俄罗斯总统普京): the name, the job
title, and the country or organization before the title."""

from __future__ import annotations

import re

import rjieba

from kg.entities import lexicon as lx
from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer
from kg.entities.japanese import surnames
from kg.entities.spans import (
    COMPOUND,
    GAZETTEER,
    HAN_RUN,
    MODEL,
    NAME_TAGS,
    ORG,
    PERSON,
    PLACE,
    TAGGER,
    TITLE_MODIFIER_TAGS,
    TITLED,
    TITLES_LONGEST_FIRST,
    Span,
    Tokens,
    given_name_is_a_word,
    is_translit,
    starts_a_word,
)
from kg.model import FactKind

_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")
# Kin words before a name, after 的, a pronoun or "and" (他的父亲商毅, 其妻子王某, 威廉王子及妻子凯特): no title,
# but the name is a person's.
_KIN = frozenset(lx.KIN_WORDS)
_KIN_BEFORE = frozenset("的其他她及与和携")


def latin_speakers(folded: str, gaz: Gazetteer) -> list[Span]:
    """Joe Cai告诉BBC说, Richard Choi表示: a name in Latin letters, two or three capitalised words, that
    speaks is a person's (a body's name the gazetteer knows is not: Goldman Sachs表示)."""
    out = []
    for m in _LATIN_NAME.finditer(folded):
        if folded.startswith(_SPEAKS, m.end()) and folded[m.start() - 1:m.start()] not in ("(", "（", "·") \
                and gaz.named(m.group(0)) is None:
            out.append(Span(m.start(), m.end(), PERSON, m.group(0), TITLED, type="Person"))
    return out


_SPEAKS = (*lx.SAYS, "写道", "回忆", "补充")


def titled_persons(folded: str, tok: Tokens, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """Title + name ("俄罗斯总统普京"): the name is a person, the title their job, and what stands before
    the title their country or organization."""
    starting = {}
    for s in spans:
        if s.kind is PERSON and s.length > starting.get(s.start, (0, None))[0]:
            starting[s.start] = (s.length, s)
    # a person the gazetteer knows as a body or a place (塔利班, which the word tagger reads as a name) is none
    bodies = {(s.start, s.end) for s in spans if s.key and s.kind is not PERSON and s.rank == GAZETTEER}
    person_ends = {s.end for s in spans if s.kind is PERSON and (s.start, s.end) not in bodies}
    ending = {}
    for s in spans:
        if s.kind in (PLACE, ORG) and s.length > ending.get(s.end, (0, None))[0]:
            ending[s.end] = (s.length, s)
    out = []
    for i in range(len(tok) - 1):
        title = tok.words[i]
        kin = title in _KIN and folded[tok.starts[i] - 1:tok.starts[i]] in _KIN_BEFORE  # 他的父亲商毅
        if title not in lx.TITLES and not kin:
            tail = _title_tail(title) if len(title) >= 3 else ""
            if not tail or tok.ends[i] - len(tail) not in ending:
                continue
            title = tail  # 德国总理: the country, then the title, in one token
        j = i + 1
        if tok.words[j] in lx.TITLES or folded.startswith("兼", tok.starts[j]):
            continue  # 总统顾问班农: the title is 顾问's, read at the next word, not a name 顾问班; 副首相兼财务大臣
        person = starting.get(tok.starts[j], (0, None))[1]
        if person is None and (latin := _LATIN_NAME.match(folded, tok.starts[j])) is not None \
                and not kin and (gaz.named(latin.group(0)) is None or gaz.named(latin.group(0)).kind is PERSON):
            # 私人助理Mark Simon: a name in Latin letters, its words capitalised, after a title
            person = Span(latin.start(), latin.end(), PERSON, latin.group(0), TITLED, type="Person")
            out.append(person)
        longer = _name_after(folded, tok.starts[j])
        before = ending.get(tok.ends[i] - len(title), (0, None))[1] or ending.get(tok.starts[i], (0, None))[1]
        kanji = ""
        if (before is not None and folded[before.start:before.end].startswith(lx.KANJI_NAME_COUNTRIES)) or \
                _kanji_country_before(folded, tok.starts[i]):
            kanji = _kanji_name_after(folded, tok.starts[j])  # 日本外相上川阳子, 日本经济产业大臣西村康稔
            longer = kanji or longer
        if person is not None and len(longer) > person.length and person.rank in (TAGGER, MODEL) \
                and (kanji or not starts_a_word(folded, person.end)):
            person = None  # a tagger cut the name short (冯德|莱恩, 林芳|正): read it by characters,
            # unless what follows it begins a word of its own (米洛舍维奇|施加, 安南|提出)
        if person is None:
            if tok.ends[i] - len(title) in person_ends:
                continue  # 拜登总统明白: the title is the name's before it; no name is read after it
            word = longer or (tok.words[j] if _name_after_title(tok, j) else "")
            known = gaz.named(word)
            if not word or (known is not None and known.kind is not PERSON):
                continue
            person = Span(tok.starts[j], tok.starts[j] + len(word), PERSON, known.name if known else word, TITLED,
                          key=known.key if known else "", type="Person")
            out.append(person)
        if kin:
            continue  # a father is named, with no job
        if title != tok.words[i]:
            job_start = tok.ends[i] - len(title)
            holder = ending.get(job_start, (0, None))[1]
            person.facts.append((FactKind.JOB_TITLE, (job_start, tok.ends[i])))
        else:
            # Modifiers before the title belong to it: 最高外交官, 高级安全官员.
            k = i
            while k > 0 and i - k < 3 and tok.tags[k - 1] in TITLE_MODIFIER_TAGS and tok.starts[k] not in ending:
                k -= 1
            person.facts.append((FactKind.JOB_TITLE, (tok.starts[k], tok.ends[i])))
            holder = ending.get(tok.starts[k], (0, None))[1]
        if holder is None:
            continue
        if holder.kind is PLACE and title in lx.TITLE_ORGS and title.startswith(lx.TITLE_ORGS[title]):
            org = Span(holder.start, tok.ends[i] - len(title) + len(lx.TITLE_ORGS[title]), ORG,
                       holder.name + lx.TITLE_ORGS[title], COMPOUND, type="GovernmentOrganization")
            org.facts.append((FactKind.LOCATION, holder))
            out.append(org)
            person.facts.append((FactKind.AFFILIATION, org))
            person.facts.append((FactKind.NATIONALITY, holder))
        elif holder.kind is PLACE:
            person.facts.append((FactKind.NATIONALITY, holder))
        else:
            person.facts.append((FactKind.AFFILIATION, holder))
    return out


def _name_after(folded: str, at: int) -> str:
    """The name written right after a title, read by characters (the tokenizer splits unknown names:
    谭|德塞, 托|卡耶夫): a run of four or more transliteration characters (冯德莱恩); else a common
    surname and up to two more characters, the third only if it is not a word that follows names
    (谭德塞在, 王毅会见); else a run of two or more transliteration characters (斯塔默, 库克)."""
    run = 0
    while at + run < len(folded) and run < 8 and folded[at + run] in lx.TRANSLIT:
        run += 1
    title = next((t for t in TITLES_LONGEST_FIRST if folded.endswith(t, at, at + run) and run - len(t) >= 2), "")
    if title and not _a_word_first(folded[at:at + run - len(title)]):
        return folded[at:at + run - len(title)]  # 安德斯|医生: a title after the name is no part of it
    if run >= 4 and not _a_word_first(folded[at:at + run]):
        return folded[at:at + run]
    head = folded[at:at + 2]
    surname = head if head in lx.SURNAMES else folded[at:at + 1]
    if surname in lx.SURNAMES and surname not in lx.AFTER_NAME:  # 和, 向, 于: words before they are names
        given = ""
        for ch in folded[at + len(surname):at + len(surname) + 2]:
            if ch in lx.AFTER_NAME or not HAN_RUN.match(ch):
                break
            given += ch
        name = surname + given
        if len(given) == 2 and (starts_a_word(folded, at + len(name) - 1)
                                or folded.startswith(lx.KIN_AFTER_NAME, at + len(name) - 1)):
            name, given = name[:-1], given[:-1]  # 薛原报道, 罗斌少将, 李敖之子: the last character begins the next word
        if given and name not in lx.NOT_NAMES and name not in lx.TITLES and not given_name_is_a_word(given) \
                and not _opens_with_a_word(name) and not _an_ordinary_word(name):
            return name
    name = folded[at:at + run]
    if run == 3 and rjieba.tag(name)[0] == (name[:2], "ns") \
            and any(rjieba.has_word(folded[at + 2:at + 2 + n]) for n in (2, 3)):
        return ""  # 主席|波兰|基督教民主党人: a country, and the first character of the next word
    return name if run >= 2 and not _a_word_first(name) else ""


_NO_NAME_TAGS = ("v", "vn", "vd", "ad", "d", "t", "m", "f", "r", "p", "c")


def _a_word_first(name: str, nouns: bool = True) -> bool:
    """阻止本(国): the run of characters opens with a word of the dictionary that is no name (a verb,
    an adverb; a noun too, unless `nouns` is false: Japanese family names are nouns to rjieba, 植田),
    not with a name (斯塔默, 库克)."""
    word, tag = rjieba.tag(name)[0]
    return len(word) >= 2 and (tag in _NO_NAME_TAGS or (nouns and tag in ("n", "a")))


def _kanji_country_before(folded: str, at: int) -> bool:
    """日本经济产业大臣: Japan names the title's holder a few characters before, in the same clause."""
    window = folded[max(0, at - 8):at]
    for country in lx.KANJI_NAME_COUNTRIES:
        k = window.rfind(country)
        if k >= 0 and not any(c in window[k:] for c in "，,。；;：:、"):
            return True
    return False


def _kanji_name_after(folded: str, at: int) -> str:
    """A Japanese name after a Japanese title: two to four Han characters (上川阳子, 植田和男, 林芳正),
    up to a word that follows names or a character that is no Han."""
    name = ""
    for ch in folded[at:at + 4]:
        if ch in lx.AFTER_NAME or not HAN_RUN.match(ch):
            break
        name += ch
    following = folded[at + 4:at + 5]
    if len(name) == 4 and following and HAN_RUN.match(following) and following not in lx.AFTER_NAME \
            and rjieba.has_word(name[3] + following):
        name = name[:3]  # 石破茂批评: the fourth character begins the next word (not 西村康稔|上週六)
    return name if len(name) >= 3 and name not in lx.NOT_NAMES and name not in lx.TITLES \
        and not _a_word_first(name, nouns=False) and not _words_not_a_name(name) else ""


_ORDINARY_TAGS = ("n", "v", "vn", "a", "an", "d", "ad")


def _words_not_a_name(name: str) -> bool:
    """日本首相|人选问题: words of the dictionary, two characters or more each, where a
    Japanese name should be, and no Japanese surname first (高市|早苗 are nouns too)."""
    tags = rjieba.tag(name)
    return len(tags) >= 2 and name[:2] not in surnames() and name[:3] not in surnames() \
        and all(len(w) >= 2 and t in _ORDINARY_TAGS for w, t in tags)


def _an_ordinary_word(name: str) -> bool:
    """慕名, 巧遇, 光辉: what follows the title is a word of the dictionary, and no name."""
    tags = rjieba.tag(name)
    return len(tags) == 1 and rjieba.has_word(name) and tags[0][1] not in (*NAME_TAGS, "ns", "nt", "nz")


def _opens_with_a_word(name: str) -> bool:
    """安全保(障): a noun where a surname and given name should be."""
    tags = rjieba.tag(name[:2])
    return len(name) == 3 and len(tags) == 1 and (tags[0][1] in ("an", "vn", "n", "ad", "t", "m", "f") or (
        tags[0][1] == "v" and rjieba.tag(name[2])[0][1] in ("d", "zg", "p", "c", "ul", "uj")))  # 学者|应该很


def _title_tail(word: str) -> str:
    """The title a token ends with (德国总理 → 总理), or ""."""
    return next((word[-n:] for n in (5, 4, 3, 2) if len(word) > n and word[-n:] in lx.TITLES), "")


def _name_after_title(tok: Tokens, j: int) -> bool:
    word, tag = tok.words[j], tok.tags[j]
    if len(word) < 2 or word in lx.NOT_NAMES or word in lx.TITLES or not HAN_RUN.match(word):
        return False
    if is_translit(word) and tag == "v" and j + 1 < len(tok) and (
            tok.tags[j + 1].startswith("v") or tok.words[j + 1][0] in lx.AFTER_NAME):
        return True  # 外交大臣拉布公布, 拉布在: a transliteration the dictionary knows as a verb, before a verb
    if _an_ordinary_word(word):  # 领导人肖像, 领导人根本: a noun or adjective of the dictionary
        return False
    if tag == "nr" and word[:1] not in lx.SURNAMES and not is_translit(word) and _a_word_first(word[:2]):
        return False  # 官员|刚刚开始, a name to the dictionary: an adverb opens it, no surname
    if tag in NAME_TAGS or (len(word) >= 2 and is_translit(word)):
        return True
    surname = word[:2] if word[:2] in lx.SURNAMES else word[:1]
    return (surname in lx.SURNAMES and 2 <= len(word) <= len(surname) + 2 and word[-1] not in lx.NOUN_ENDINGS
            and tag not in ("v", "vn", "d", "p", "t", "m", "f", "r") and not given_name_is_a_word(word[len(surname):]))


_TITLE_AFTER = re.compile("|".join(sorted(lx.TITLES_AFTER_NAME, key=len, reverse=True)))
_LONGEST_ROYAL = 6  # characters of a transliterated name read back from the title


def royal_persons(folded: str, tok: Tokens, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """A name with a title after it, as royalty is named (哈里王子, 威廉王子, 查尔斯国王): the tagger's
    span before the title becomes a person whatever kind it read (威廉 of 威廉王子 is no organization),
    and a transliterated name it missed is read back from the title and returned (哈里王子和梅根). The
    title is the job."""
    out = []
    for m in _TITLE_AFTER.finditer(folded):
        at = m.start()
        before = [s for s in spans if s.end == at and ((s.rank in (MODEL, TAGGER) and not s.key) or (
            s.kind is PLACE and s.type in ("City", "Place") and s.length >= 3
            and (is_translit(s.name) or rjieba.tag(s.name)[0][1] in NAME_TAGS)))]
        for s in before:  # 伊丽莎白女王: a town's name (Elizabeth, New Jersey) is hers before a royal title
            if s.key:
                s.key, s.name = "", folded[s.start:s.end]
        for s in before:  # retyped where it stands, so that it keeps the tagger's rank
            s.kind, s.type = PERSON, PERSON.value
            s.facts.append((FactKind.JOB_TITLE, m.span()))
        for s in spans:  # 菲利普亲王, 戴安娜王妃: as the text names them, with the title, too
            if s.end == at and s.kind is PERSON and len(s.name) >= 2 and "·" not in s.name:
                s.aliases = (*s.aliases, s.name + m.group())
        if before or any(s.end == at and s.key for s in spans):
            continue  # 英国女王, 沙特王储: a country's sovereign, not a name
        start = at
        while start > 0 and at - start < _LONGEST_ROYAL and folded[start - 1] in lx.TRANSLIT:
            start -= 1
        while start < at - 1 and start not in tok.at_start:
            start += 1  # 揭露|沙特王储: the name begins a word
        name = folded[start:at]
        if len(name) >= 2 and start in tok.at_start and gaz.named(name) is None:
            out.append(Span(start, at, PERSON, name, COMPOUND, type=PERSON.value,
                            facts=[(FactKind.JOB_TITLE, m.span())]))
    return out


def title_begun(folded: str, start: int, end: int) -> int:
    """How many of the span's last characters begin a title that runs on past it (莱因哈特法|官: 1), where
    two characters or more of the name are left; else 0."""
    for k in (1, 2):
        if end - k - start >= 2 and any(folded.startswith(t, end - k) for t in _TITLES_BY_START.get(folded[end - k], ())
                                        if len(t) > k):
            return k
    return 0


_TITLES_BY_START: dict[str, list[str]] = {}
for _t in lx.TITLES:
    _TITLES_BY_START.setdefault(_t[0], []).append(_t)


def after_inner_title(folded: str, start: int, end: int) -> int:
    """卡塔尔埃米尔塔米姆·本·哈马德: a title glued inside a dotted name's first part is no part of the
    name, nor what comes before it. A first part that is all title stays (阿亚图拉·鲁霍拉·霍梅尼 is how
    the name is written, as Ayatollah Ruhollah Khomeini is)."""
    dot = folded.find("·", start, end)
    if dot < 0:
        return start
    first = folded[start:dot]
    cut = max((first.rfind(t) + len(t) for t in lx.TITLES if t in first), default=0)
    return start + cut if 0 < cut < len(first) else start


_TITLE_PARTS = frozenset(t[i:j] for t in lx.TITLES for i in range(len(t)) for j in range(i + 1, len(t) + 1))


def inside_a_title(folded: str, start: int, end: int) -> bool:
    """The characters lie inside a title the text writes around them (阿亚图|拉, a part of 阿亚图拉)."""
    if folded[start:end] not in _TITLE_PARTS:
        return False  # the quick answer: no title holds these characters
    for t in lx.TITLES:
        if len(t) > end - start:
            i = folded.find(t, max(0, end - len(t)), start + len(t))
            if 0 <= i <= start and i + len(t) >= end:
                return True
    return False


def place_then_person(folded: str, tok: Tokens, start: int, end: int, gaz: Gazetteer) -> list[Span]:
    """广州|闻宇|律师: what the tagger read as one body is a town the gazetteer knows and a person's
    name (a word tagged as one), before a title: the town, and the person who holds the title there.
    Not where the body's own head follows the title (广州闻宇律师事务所)."""
    i = tok.at_start.get(start)
    if i is None or i + 1 >= len(tok) or tok.ends[i + 1] != end or tok.tags[i + 1] not in ("nr", "nrfg") \
            or (after := tok.at_start.get(end)) is None or tok.words[after] not in lx.TITLES \
            or folded.startswith(("事务所", "协会", "公会"), tok.ends[after]):
        return []
    place = gaz.named(tok.words[i])
    if place is None or place.kind is not PLACE or org_ending(tok.words[i + 1]):
        return []  # (英国|阿森纳队|教练: a team, no person)
    cut = tok.ends[i]
    return [Span(start, cut, PLACE, place.name, MODEL, key=place.key, type=place.type),
            Span(cut, end, PERSON, folded[cut:end], MODEL, type=PERSON.value)]
