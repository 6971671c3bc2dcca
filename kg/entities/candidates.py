"""Candidate spans in one piece of text, from three layers: the gazetteer, patterns of news Chinese,
and the statistical tagger (rjieba), each filtered for what it gets wrong."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer, entity_key
from kg.model import EntityKind, FactKind

PERSON, PLACE, ORG = EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
_MODIFIER_TAGS = frozenset(["a", "an", "b", "n", "vn", "nz", "j", "nt", "ns", "ng"])
_TITLE_MODIFIER_TAGS = frozenset(["a", "an", "b", "n", "vn", "nz", "d"])
_NAME_TAGS = frozenset(["nr", "nrfg", "nrt"])

# Ranks break ties between spans of equal length: the gazetteer knows best, the tagger least.
GAZETTEER, PATTERN, TITLED, COMPOUND, TAGGER = range(5)


@dataclass(slots=True)
class Span:
    start: int
    end: int
    kind: EntityKind
    name: str  # folded, as the entity's name (a suffixed place keeps its stem: 布拉戈维申斯克)
    rank: int
    key: str = ""  # the gazetteer's key when it knows the name
    type: str = ""
    facts: list[tuple[FactKind, object]] = field(default_factory=list)  # a Span, or (start, end) of text

    @property
    def length(self) -> int:
        return self.end - self.start

    def entity_key(self) -> str:
        return self.key or entity_key(self.kind, self.name)


class Tokens:
    """rjieba's tokens of a folded text, with character offsets."""

    def __init__(self, folded: str) -> None:
        tagged = rjieba.tag(folded)
        self.words = [w for w, _ in tagged]
        self.tags = [t for _, t in tagged]
        self.ends = list(accumulate(len(w) for w in self.words))
        self.starts = [e - len(w) for e, w in zip(self.ends, self.words, strict=True)]
        self.at_start = {s: i for i, s in enumerate(self.starts)}
        self.at_end = {e: i for i, e in enumerate(self.ends)}

    def __len__(self) -> int:
        return len(self.words)


def find(folded: str, gaz: Gazetteer) -> tuple[list[Span], Tokens]:
    """Every candidate in one folded text, overlapping (the caller picks among them), and the tokens."""
    tok = Tokens(folded)
    spans = _gazetteer(folded, tok, gaz)
    by_end: dict[int, list[Span]] = {}
    for s in spans:
        by_end.setdefault(s.end, []).append(s)
    spans += _dotted_names(folded, tok, gaz)
    spans += _tagged(folded, tok, gaz)
    spans += _place_suffixes(tok, gaz)
    spans += _org_compounds(folded, tok, by_end)
    spans += _titled_persons(folded, tok, gaz, spans)
    return [s for s in spans if not _pair_abbreviation(s, tok)], tok


def _gazetteer(folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    out = []
    for hit in gaz.find(folded):
        aligned_start = hit.start in tok.at_start
        aligned_end = hit.end in tok.at_end or _government_after(folded, tok, hit.end) or (
            aligned_start and _title_after(folded, tok, hit.end))
        # Inside a longer word ("北京时间", "中国外交部") a name is part of that word, not a mention,
        # unless the name is long enough to be unmistakable and meets the word at one edge.
        if not (aligned_start and aligned_end) and not (hit.end - hit.start >= 3 and (aligned_start or aligned_end)):
            continue
        e = gaz.entities[hit.key]
        out.append(Span(hit.start, hit.end, e.kind, e.name, GAZETTEER, key=e.key, type=e.type))
    return out


def _government_after(folded: str, tok: Tokens, end: int) -> bool:
    """"中国政府" is one token; the country in it is still mentioned."""
    return any(folded.startswith(w, end) and end + len(w) in tok.at_end for w in lx.GOVERNMENT_WORDS)


def _title_after(folded: str, tok: Tokens, end: int) -> bool:
    """"德国总理", "英国首相" are one token each; the country in them is still mentioned."""
    i = bisect_right(tok.starts, end) - 1  # the token that holds `end`
    return i >= 0 and tok.starts[i] < end < tok.ends[i] and folded[end:tok.ends[i]] in lx.TITLES


def _is_translit(word: str) -> bool:
    return bool(word) and all(c in lx.TRANSLIT for c in word)


def _dotted_names(folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """Transliterated names joined by "·" (尼古拉·帕特鲁舍夫): a person unless the gazetteer says else.
    Around each dot, the parts may be glued to the words next to them: keep what the tokenizer tags
    as a name, or the run of transliteration characters next to the dot. Parts that meet at a dot
    chain into one name (雷杰普·塔伊普·埃尔多安)."""
    out = []
    chain: tuple[int, int] | None = None
    for i, word in enumerate(tok.words):
        if word != "·":
            continue
        at = tok.starts[i]
        left = _edge(tok, at, backward=True)
        right = _edge(tok, at + 1, backward=False)
        if left is None or right is None:
            continue
        if chain is not None and chain[1] == left[1]:
            chain = (chain[0], right[1])
            out[-1] = _dotted(folded, *chain, gaz)
        else:
            chain = (left[0], right[1])
            out.append(_dotted(folded, *chain, gaz))
    return out


def _dotted(folded: str, start: int, end: int, gaz: Gazetteer) -> Span:
    name = folded[start:end]
    # 约瑟夫·R·拜登 is the gazetteer's 约瑟夫·拜登: initials don't take part in the lookup.
    plain = _INITIAL.sub("", name)
    key = gaz.surfaces.get(name, "") or gaz.surfaces.get(plain, "")
    e = gaz.entities.get(key)
    return Span(start, end, e.kind if e else PERSON, e.name if e else plain, PATTERN, key=key,
                type=e.type if e else "Person")


_INITIAL = re.compile(r"(?<=·)[A-Za-z]{1,2}\.?·")
_MAX_PART = 8  # characters in one part of a transliterated name


def _edge(tok: Tokens, at: int, backward: bool) -> tuple[int, int] | None:
    """The name part next to a dot, as (start, end): the tokens before it (backward) or after it
    that are names or transliterations, or the run of transliteration characters nearest the dot."""
    i = tok.at_end.get(at) if backward else tok.at_start.get(at)
    if i is None:
        return None
    if re.fullmatch(r"[A-Za-z]{1,2}\.?", tok.words[i]):
        return (tok.starts[i], at) if backward else (at, tok.ends[i])  # an initial: 约瑟夫·R·拜登
    edge = at
    step = -1 if backward else 1
    while 0 <= i < len(tok):
        word = _trim_speech(tok.words[i]) if not backward else tok.words[i]
        whole = tok.tags[i] in _NAME_TAGS or _is_translit(word)
        if whole and word not in lx.TITLES and abs(edge - at) + len(word) <= _MAX_PART:
            edge = edge - len(word) if backward else edge + len(word)
            if word != tok.words[i]:
                break  # the verb glued to the name ends it
            i += step
            continue
        n = 0
        for c in (reversed(word) if backward else word):
            if c not in lx.TRANSLIT or abs(edge - at) + n >= _MAX_PART:
                break
            n += 1
        edge = edge - n if backward else edge + n
        break
    if edge == at:
        return None
    return (edge, at) if backward else (at, edge)


def _trim_speech(word: str) -> str:
    """李说, 毛宁称: the tokenizer glued a verb of saying to the name."""
    return word[:-1] if len(word) >= 2 and word[-1] in lx.SPEECH else word


def _tagged(folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    out = []
    for i, (word, tag) in enumerate(zip(tok.words, tok.tags, strict=True)):
        if tag in _NAME_TAGS:
            name = _trim_speech(word)
            if _plausible_person(tok, i, gaz, name):
                out.append(Span(tok.starts[i], tok.starts[i] + len(name), PERSON, name, TAGGER, type="Person"))
        elif tag == "nt" and len(word) >= 3 and word not in lx.ORG_HEADS and _org_like(word):
            span = Span(tok.starts[i], tok.ends[i], ORG, word, TAGGER, type="Organization")
            _org_location(span, word, tok.starts[i], gaz)
            out.append(_known_after_place(span, gaz))
    return out


def _org_like(word: str) -> bool:
    """The tagger's organizations include phrases (中俄关系) and governments (中国政府, which stand for
    their country): keep names that end the way organization names do."""
    return word.endswith(lx.ORG_ENDINGS) and not word.endswith(tuple(lx.GOVERNMENT_WORDS))


def _org_location(span: Span, word: str, offset: int, gaz: Gazetteer) -> None:
    """An organization whose name starts with a place ("中国外交部") is located there."""
    for hit in gaz.find(word):
        e = gaz.entities[hit.key]
        if hit.start == 0 and e.kind is PLACE and hit.end < len(word):
            place = Span(offset, offset + hit.end, PLACE, e.name, GAZETTEER, key=e.key, type=e.type)
            span.facts.append((FactKind.LOCATION, place))
            span.type = "GovernmentOrganization" if word[hit.end:] in lx.ORG_HEADS and _is_government(
                word[hit.end:]) else span.type
            return


def _known_after_place(span: Span, gaz: Gazetteer) -> Span:
    """日本共同社 is 共同社, in Japan: a place before an organization the gazetteer knows."""
    for kind, place in span.facts:
        if kind is FactKind.LOCATION and isinstance(place, Span):
            rest = span.name[place.length:]
            known = gaz.entities.get(gaz.surfaces.get(rest, ""))
            if known is not None and known.kind is ORG:
                return Span(place.end, span.end, ORG, known.name, GAZETTEER, key=known.key, type=known.type,
                            facts=[(FactKind.LOCATION, place)])
    return span


def _is_government(head: str) -> bool:
    return head.endswith(("部", "院", "会议", "委员会", "局", "国会", "议会", "政府", "军", "海警", "警方", "馆"))


def _plausible_person(tok: Tokens, i: int, gaz: Gazetteer, word: str) -> bool:
    """The tagger calls many words names (加倍努力, 公正): keep what looks like a name in context."""
    tag = tok.tags[i]
    if len(word) < 2 or word in lx.NOT_NAMES or word in lx.TITLES or not _HAN_RUN.match(word) \
            or word.endswith(("语", "文")):
        return False  # 韩国语: a language
    if word[1:] in gaz.surfaces:
        return False  # 向普京: a preposition glued to a name the gazetteer knows
    nxt = tok.words[i + 1] if i + 1 < len(tok) else ""
    if word != tok.words[i]:
        nxt = word[-1]
    prev = tok.words[i - 1] if i else ""
    in_context = nxt in lx.SPEECH or prev in lx.TITLES
    if tag == "nrt" or _is_translit(word):
        return _is_translit(word) and (len(word) >= 3 or in_context)
    if word[-1] in lx.NOUN_ENDINGS:
        return False
    surname = word[:2] if word[:2] in lx.SURNAMES else word[:1]
    if surname not in lx.SURNAMES or not 2 <= len(word) <= len(surname) + 2:
        return False
    if _given_name_is_a_word(word[len(surname):]):
        return False
    return len(word) == 3 or tag == "nrfg" or in_context


def _given_name_is_a_word(given: str) -> bool:
    """于本周 is no name: 本周 is a time word. Names look like verbs and nouns often, never like these."""
    if any(c in lx.NOT_IN_GIVEN_NAMES for c in given):
        return True
    tags = rjieba.tag(given)
    return len(tags) == 1 and tags[0][1] in ("t", "p", "d", "r", "m", "q", "f", "s", "c", "u", "uj", "ul")


def _place_suffixes(tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """A proper noun followed by 市/省/州/县 is a place of that kind (布拉戈维申斯克市)."""
    out = []
    for i in range(len(tok) - 1):
        word, suffix = tok.words[i], tok.words[i + 1]
        if suffix not in lx.PLACE_SUFFIXES or len(word) < 2:
            continue
        known = gaz.entities.get(gaz.surfaces.get(word, ""))
        if known is not None and known.kind is not PLACE:
            continue
        if known is None and not (tok.tags[i] in ("ns", "nz", *_NAME_TAGS) or _is_translit(word)):
            continue
        out.append(Span(tok.starts[i], tok.ends[i + 1], PLACE, known.name if known else word,
                        PATTERN, key=known.key if known else "",
                        type=known.type if known else lx.PLACE_SUFFIXES[suffix]))
    return out


def _org_compounds(folded: str, tok: Tokens, places_by_end: dict[int, list[Span]]) -> list[Span]:
    """A place, up to two modifiers, and an organization head: 俄罗斯联邦安全会议, 俄罗斯外交部."""
    out = []
    for end, spans in places_by_end.items():
        place = max((s for s in spans if s.kind is PLACE), key=lambda s: s.length, default=None)
        if place is None or end not in tok.at_end:
            continue
        k = tok.at_end[end] + 1
        text = ""
        best = None
        for m in range(k, min(k + 3, len(tok))):
            if tok.tags[m] not in _MODIFIER_TAGS and tok.words[m] not in lx.ORG_HEADS:
                break
            text += tok.words[m]
            head = next((h for h in lx.ORG_HEADS if text.endswith(h)), None)
            if head and text not in lx.GOVERNMENT_WORDS:
                best = (m, head)
        if best:
            m, head = best
            org = Span(place.start, tok.ends[m], ORG, folded[place.start:tok.ends[m]], COMPOUND,
                       type="GovernmentOrganization" if _is_government(head) else "Organization")
            org.facts.append((FactKind.LOCATION, place))
            out.append(org)
    return out


def _titled_persons(folded: str, tok: Tokens, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """Title + name ("俄罗斯总统普京"): the name is a person, the title their job, and what stands before
    the title their country or organization."""
    starting = {}
    for s in spans:
        if s.kind is PERSON and s.length > starting.get(s.start, (0, None))[0]:
            starting[s.start] = (s.length, s)
    ending = {}
    for s in spans:
        if s.kind in (PLACE, ORG) and s.length > ending.get(s.end, (0, None))[0]:
            ending[s.end] = (s.length, s)
    out = []
    for i in range(len(tok) - 1):
        title = tok.words[i]
        if title not in lx.TITLES:
            tail = _title_tail(title) if len(title) >= 3 else ""
            if not tail or tok.ends[i] - len(tail) not in ending:
                continue
            title = tail  # 德国总理: the country, then the title, in one token
        j = i + 1
        person = starting.get(tok.starts[j], (0, None))[1]
        longer = _name_after(folded, tok.starts[j])
        if person is not None and len(longer) > person.length and person.rank == TAGGER:
            person = None  # the tagger cut the name short (冯德|莱恩): read it by characters
        if person is None:
            word = longer or (tok.words[j] if _name_after_title(tok, j) else "")
            known = gaz.entities.get(gaz.surfaces.get(word, ""))
            if not word or (known is not None and known.kind is not PERSON):
                continue
            person = Span(tok.starts[j], tok.starts[j] + len(word), PERSON, known.name if known else word, TITLED,
                          key=known.key if known else "", type="Person")
            out.append(person)
        if title != tok.words[i]:
            job_start = tok.ends[i] - len(title)
            holder = ending.get(job_start, (0, None))[1]
            person.facts.append((FactKind.JOB_TITLE, (job_start, tok.ends[i])))
        else:
            # Modifiers before the title belong to it: 最高外交官, 高级安全官员.
            k = i
            while k > 0 and i - k < 3 and tok.tags[k - 1] in _TITLE_MODIFIER_TAGS and tok.starts[k] not in ending:
                k -= 1
            person.facts.append((FactKind.JOB_TITLE, (tok.starts[k], tok.ends[i])))
            holder = ending.get(tok.starts[k], (0, None))[1]
        if holder is None:
            continue
        if holder.kind is PLACE and title in lx.TITLE_ORGS:
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
    if run >= 4:
        return folded[at:at + run]
    head = folded[at:at + 2]
    surname = head if head in lx.SURNAMES else folded[at:at + 1]
    if surname in lx.SURNAMES and surname not in lx.AFTER_NAME:  # 和, 向, 于: words before they are names
        given = ""
        for ch in folded[at + len(surname):at + len(surname) + 2]:
            if ch in lx.AFTER_NAME or not _HAN_RUN.match(ch):
                break
            given += ch
        name = surname + given
        if given and name not in lx.NOT_NAMES and name not in lx.TITLES and not _given_name_is_a_word(given) \
                and not _opens_with_a_word(name):
            return name
    return folded[at:at + run] if run >= 2 else ""


def _opens_with_a_word(name: str) -> bool:
    """安全保(障): a noun where a surname and given name should be."""
    tags = rjieba.tag(name[:2])
    return len(name) == 3 and len(tags) == 1 and tags[0][1] in ("an", "vn", "n", "ad", "t", "m", "f")


def _title_tail(word: str) -> str:
    """The title a token ends with (德国总理 → 总理), or ""."""
    return next((word[-n:] for n in (5, 4, 3, 2) if len(word) > n and word[-n:] in lx.TITLES), "")


def _name_after_title(tok: Tokens, j: int) -> bool:
    word, tag = tok.words[j], tok.tags[j]
    if len(word) < 2 or word in lx.NOT_NAMES or word in lx.TITLES or not _HAN_RUN.match(word):
        return False
    if tag in _NAME_TAGS or (len(word) >= 2 and _is_translit(word)):
        return True
    surname = word[:2] if word[:2] in lx.SURNAMES else word[:1]
    return (surname in lx.SURNAMES and 2 <= len(word) <= len(surname) + 2 and word[-1] not in lx.NOUN_ENDINGS
            and tag not in ("v", "vn", "d", "p", "t", "m", "f", "r") and not _given_name_is_a_word(word[len(surname):]))


def _pair_abbreviation(s: Span, tok: Tokens) -> bool:
    """中欧 before 关系 is China–EU, not Central Europe."""
    if s.kind is not PLACE or s.end not in tok.at_end:
        return False
    i = tok.at_end[s.end] + 1
    text = "".join(tok.words[tok.at_start[s.start]:i]) if s.start in tok.at_start else ""
    return text in lx.PAIR_LIKE and i < len(tok) and tok.words[i] in lx.PAIR_WORDS
