"""What the tagger glues to a person's name, undone where the article shows the name without it:
雷杰普·塔伊普·埃尔多安因联合国大会事宜 (因, because), 刘颕匡亦提到 (亦, also), and the towns it
reads inside a name the article gives a person (阿巴|索瓦 for 阿巴索瓦); and where a name found again is
inside a longer word (FCCs, 马克思主义), which the rescan asks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import Span, starts_a_word
from kg.model import EntityKind

# Function words that follow a name and are no part of one where the name is seen without them.
# Not 和, 发, 强, 明 and the like, which end many names.
GLUED = frozenset("因亦也在说称对向将已于都就曾还又被把让用则到均皆")


class Part(Protocol):
    by_start: dict[int, Span]
    taken: bytearray
    folded: str

    @property
    def chosen(self) -> list[Span]: ...

    def take(self, span: Span) -> None: ...

    def give_way(self, spans: list[Span]) -> None: ...


def glued_tails(doc: Sequence[Part], gaz: Gazetteer) -> None:
    """A person's name ending in one of GLUED, where the article names a person without it or the
    gazetteer knows that person, ends before it; so does one whose last character begins a word of
    the dictionary (参与) or is a verb (站), where the article names the person without it."""
    persons = {s.name for part in doc for s in part.chosen if s.kind is EntityKind.PERSON}
    for part in doc:
        for s in part.chosen:  # a copy: give_way changes what is chosen
            if s.kind is not EntityKind.PERSON or s.key or len(s.name) < 3 or part.folded[s.end - 1] != s.name[-1]:
                continue  # (a name its text does not end as, 约瑟夫·R·拜登 read 约瑟夫·拜登, is left alone)
            short = s.name[:-1]
            known = gaz.named(short)
            # the name without it, or its surname alone (伊兰·穆莎维|站, beside 穆莎维), named elsewhere
            seen = short in persons or ("·" in short and short.rsplit("·", 1)[1] in persons)
            if (s.name[-1] in GLUED and (seen or (known is not None and known.kind is EntityKind.PERSON))) \
                    or (seen and (starts_a_word(part.folded, s.end - 1)  # 徐安参|与
                                  or _a_word_tagged_a_name(part.folded, s.end - 1) or _a_verb(s.name[-1]))):
                part.give_way([s])
                part.take(replace(s, end=s.end - 1, name=short))


def _a_word_tagged_a_name(folded: str, at: int) -> bool:
    """亨利夸|赞, beside 亨利: a word of two characters the dictionary tags as a name (夸赞), once the
    article shows the name without its first character; not two characters of transliterations."""
    return rjieba.has_word(folded[at:at + 2]) and len(folded[at:at + 2]) == 2 \
        and not all(c in lx.TRANSLIT for c in folded[at:at + 2])


def _a_verb(c: str) -> bool:
    """站 of 伊兰·穆莎维|站在: a verb of its own, no character of transliterations."""
    return c not in lx.TRANSLIT and rjieba.tag(c)[0][1] == "v"


def places_within(part: Part, start: int, end: int) -> list[Span]:
    """The places that are all that is taken in start..end, each shorter than it and wholly inside."""
    if part.taken[start] and start not in part.by_start:
        return []
    inside = [part.by_start[i] for i in range(start, end) if i in part.by_start]
    if not inside or any(s.kind is not EntityKind.PLACE or s.end > end or s.length >= end - start for s in inside):
        return []
    return inside


def inside_a_word(text: str, start: int, end: int) -> bool:
    """FCC inside FCCs, AIT inside BAIT: a Latin name found inside a longer Latin word; and a name
    that names a doctrine (马克思主义)."""
    return (text[start].isascii() and text[start].isalnum() and start > 0 and text[start - 1].isascii()
            and text[start - 1].isalnum()) or (text[end - 1].isascii() and text[end - 1].isalnum()
                                                and end < len(text) and text[end].isascii() and text[end].isalnum()) \
        or text.startswith("主义", end)
