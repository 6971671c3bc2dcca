"""What the tagger glues to a person's name, undone where the article shows the name without it:
雷杰普·塔伊普·埃尔多安因联合国大会事宜 (因, because), 刘颕匡亦提到 (亦, also), and the towns it
reads inside a name the article gives a person (阿巴|索瓦 for 阿巴索瓦)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import Span, starts_a_word
from kg.model import EntityKind

# Function words that follow a name and are no part of one where the name is seen without them.
# Not 和, 发, 强, 明 and the like, which end many names.
GLUED = frozenset("因亦也在说称对向将已于都就曾还又被把让用则")


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
    the dictionary (参与), where the article names a person without it."""
    persons = {s.name for part in doc for s in part.chosen if s.kind is EntityKind.PERSON}
    for part in doc:
        for s in part.chosen:  # a copy: give_way changes what is chosen
            if s.kind is not EntityKind.PERSON or s.key or len(s.name) < 3 or part.folded[s.end - 1] != s.name[-1]:
                continue  # (a name its text does not end as, 约瑟夫·R·拜登 read 约瑟夫·拜登, is left alone)
            short = s.name[:-1]
            known = gaz.named(short)
            if (s.name[-1] in GLUED and (short in persons or (known is not None and known.kind is EntityKind.PERSON))) \
                    or (short in persons and starts_a_word(part.folded, s.end - 1)):  # 徐安参|与, beside 徐安
                part.give_way([s])
                part.take(replace(s, end=s.end - 1, name=short))


def places_within(part: Part, start: int, end: int) -> list[Span]:
    """The places that are all that is taken in start..end, each shorter than it and wholly inside."""
    if part.taken[start] and start not in part.by_start:
        return []
    inside = [part.by_start[i] for i in range(start, end) if i in part.by_start]
    if not inside or any(s.kind is not EntityKind.PLACE or s.end > end or s.length >= end - start for s in inside):
        return []
    return inside
