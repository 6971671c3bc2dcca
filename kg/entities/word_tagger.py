"""The word tagger's names (rjieba's nr, nrt, nrfg and nt words): persons and organizations only
where the trained tagger saw a person's or an organization's name too. Its persons alone were right
13 % of the time on the MSRA dev split (练兵, 雷阵雨), and held-out news agreed; its organizations
alone are kinds of body (外贸公司, 财务处, 四大行)."""

from __future__ import annotations

from collections.abc import Sequence

import rjieba

from kg.entities import lexicon as lx
from kg.entities.dotted import trim_speech
from kg.entities.gazetteer import Gazetteer
from kg.entities.proposals import Proposal
from kg.entities.spans import (
    HAN_RUN,
    NAME_TAGS,
    ORG,
    PERSON,
    TAGGER,
    Span,
    Tokens,
    a_kind_of_body,
    given_name_is_a_word,
    is_translit,
    placed_organization,
)
from kg.model import FactKind

__all__ = ["word_tagger_names"]

# Heads that complete a name: after a proper name (a person's, a place's), the word is one body.
_SELF_EVIDENT_HEADS = ("大学", "学院", "研究所", "研究院", "基金会", "医院")


def word_tagger_names(folded: str, tok: Tokens, gaz: Gazetteer, proposed: Sequence[Proposal]) -> list[Span]:
    """The word tagger's persons and organizations that the trained tagger's proposals back, and its
    organizations that name themselves (_self_evident)."""
    return [_as_proposed(s, proposed, gaz) for s in _tagged(folded, tok, gaz)
            if _overlaps(s, proposed) or _self_evident(s, folded)]


# Conjunctions and adverbs the tokenizer glues to a name's end (范云则|称赞: "however").
_GLUED_ENDS = frozenset("则却虽便亦")


def _as_proposed(s: Span, proposed: Sequence[Proposal], gaz: Gazetteer) -> Span:
    """孙杨誓: a person the gazetteer knows and one character more is that person; 范云则: so is a
    name and a conjunction, where the trained tagger's person ends before the conjunction."""
    known = gaz.named(s.name[:-1]) if s.kind is PERSON and s.length == 3 else None
    if (known is not None and known.kind is PERSON) or (
            s.kind is PERSON and s.length == 3 and s.name[-1] in _GLUED_ENDS
            and any(a == s.start and b == s.end - 1 and label == "PER" for a, b, label in proposed)):
        return Span(s.start, s.end - 1, PERSON, s.name[:-1], TAGGER, type="Person")
    return s


def _self_evident(s: Span, folded: str) -> bool:
    """An organization that names itself without the trained tagger: a place the gazetteer knows and an
    organization's head (俄罗斯国防部, one word to the tokenizer, where the tagger saw nothing before 说),
    or a name and a head that completes it (早稻田大学, 京都大学); not a kind of body (美国大学,
    外贸公司: a country or a common noun before the head), nor another's body in the place (驻中国大使馆)."""
    if s.kind is not ORG or folded[s.start - 1:s.start] == "驻":
        return False
    place = next((f for k, f in s.facts if k is FactKind.LOCATION and isinstance(f, Span)), None)
    at_start = place is not None and place.start == s.start
    if at_start and s.name[place.length:] in lx.ORG_HEADS:
        return True
    head = next((h for h in _SELF_EVIDENT_HEADS if s.name.endswith(h)), "")
    own = s.name[:-len(head)] if head else ""
    if len(own) < 2 or (at_start and place.type == "Country" and place.length == len(own)):
        return False
    return rjieba.tag(own)[0][1] in lx.NAMED_TAGS


def _overlaps(s: Span, proposed: Sequence[Proposal]) -> bool:
    """The trained tagger saw a person's or an organization's name there (it confuses the two in
    unknown names: 嘉洛于); a place it saw is none (尼安德 of its 尼安德特)."""
    return any(a < s.end and s.start < b and label != "LOC" for a, b, label in proposed)


def _tagged(folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    out = []
    for i, (word, tag) in enumerate(zip(tok.words, tok.tags, strict=True)):
        if tag in NAME_TAGS:
            name = trim_speech(word)
            start = tok.starts[i]
            # The tokenizer can cut a surname from its given name (周|黎明): both tagged as names.
            if i and len(name) <= 2 and tok.tags[i - 1] in NAME_TAGS and tok.words[i - 1] in lx.SURNAMES \
                    and tok.ends[i - 1] == start:
                start, name = tok.starts[i - 1], tok.words[i - 1] + name
            if _plausible_person(tok, i, gaz, name):
                out.append(Span(start, start + len(name), PERSON, name, TAGGER, type="Person"))
        elif tag == "nt" and len(word) >= 3 and word not in lx.ORG_HEADS and word not in lx.SCHOOL_UNITS \
                and _org_like(word) \
                and not a_kind_of_body(word, gaz) and not word.endswith(lx.HEADQUARTERS) \
                and not _cut_from_a_word(folded, tok.starts[i], word):  # 纽约联合国总部
            span = Span(tok.starts[i], tok.ends[i], ORG, word, TAGGER, type="Organization")
            out += placed_organization(span, gaz)
    return out


def _cut_from_a_word(folded: str, start: int, word: str) -> bool:
    """多|国海军: a kind of body whose first character ends a word before it (多国), no name."""
    return word[1:] in lx.KIND_OF_BODY_HEADS and start > 0 and rjieba.has_word(folded[start - 1:start + 1])


def _org_like(word: str) -> bool:
    """The tagger's organizations include phrases (中俄关系) and governments (中国政府, which stand for
    their country): keep names that end the way organization names do."""
    return word.endswith(lx.ORG_ENDINGS) and not word.endswith(tuple(lx.GOVERNMENT_WORDS))


def _plausible_person(tok: Tokens, i: int, gaz: Gazetteer, word: str) -> bool:
    """The tagger calls many words names (加倍努力, 公正): keep what looks like a name in context."""
    tag = tok.tags[i]
    if len(word) < 2 or word in lx.NOT_NAMES or word in lx.TITLES or not HAN_RUN.match(word) \
            or word.endswith(("语", "文")) or (word[-1] == "人" and word[-2:-1] in "两二三四五六七八九几"):
        return False  # 韩国语: a language; 陈、黎、李三人: "the three of them"
    if word[1:] in gaz.surfaces:
        return False  # 向普京: a preposition glued to a name the gazetteer knows
    nxt = tok.words[i + 1] if i + 1 < len(tok) else ""
    if word != tok.words[i]:
        nxt = word[-1]
    prev = tok.words[i - 1] if i else ""
    in_context = nxt in lx.SPEECH or prev in lx.TITLES
    if tag == "nrt" or is_translit(word):
        return is_translit(word) and (len(word) >= 3 or in_context)
    if word[-1] in lx.NOUN_ENDINGS:
        return False
    surname = word[:2] if word[:2] in lx.SURNAMES else word[:1]
    if surname not in lx.SURNAMES or not 2 <= len(word) <= len(surname) + 2:
        return False
    if given_name_is_a_word(word[len(surname):]):
        return False
    return len(word) == 3 or tag == "nrfg" or in_context
