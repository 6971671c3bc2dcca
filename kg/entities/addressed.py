"""A surname and 先生, 女士, 小姐 or 太太 (梁小姐说, 49岁的许先生): how news Chinese names someone it
gives no full name, most often a person it interviewed. The words are the person's name here; where
the article gives the full name first (张静怡 … 张女士), the address joins it (addressed_short_forms)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.entities import lexicon as lx
from kg.entities.place_abbreviations import ABBREVIATIONS
from kg.entities.spans import PATTERN, PERSON, Span, Tokens

if TYPE_CHECKING:  # senses imports candidates, which imports this module
    from kg.entities.senses import Part

_ADDRESSED = re.compile("|".join(lx.PERSONAL_ADDRESS))


def a_form_of_address(name: str) -> bool:
    """张经理, 杨律师, 郑阿姨: a surname and a word that addresses someone by it, no name (张先生 and
    the rest of PERSONAL_ADDRESS are a person's); nor a country's one-character short form and a
    title (英女王, 美总统)."""
    return any(name[:k] in lx.SURNAMES and ((name[k:] in lx.ADDRESS_WORDS and name[k:] not in lx.PERSONAL_ADDRESS)
                                             or name[k:] in lx.TITLES)
               for k in (1, 2) if len(name) > k) or (name[:1] in ABBREVIATIONS and name[1:] in lx.TITLES)


def addressed_persons(folded: str, tok: Tokens) -> list[Span]:
    """Each surname + address word whose surname begins a word of the tokenizer's, alone or with the
    address (许|先生, 王先生; not 施密特|先生: the end of a longer name), and whose address ends one."""
    out = []
    for m in _ADDRESSED.finditer(folded):
        if m.end() not in tok.at_end:
            continue
        for k in (2, 1):
            start = m.start() - k
            if start >= 0 and folded[start:m.start()] in lx.SURNAMES and start in tok.at_start \
                    and tok.ends[tok.at_start[start]] in (m.start(), m.end()):
                out.append(Span(start, m.end(), PERSON, folded[start:m.end()], PATTERN, type="Person"))
                break
    return out


def addressed_short_forms(doc: Sequence[Part]) -> dict[str, str]:
    """The article's persons, in the order it names them → each addressed name (徐女士)
    whose surname begins a full Chinese name named before it (徐安), or ends a full name in the
    Western order (佐伊·周 for 周女士), that name's key: the same person. Of two such names, the one
    named last, where it was named in a paragraph of its own after the other (郭玉翎 … 郭耀程表示 …
    郭先生说: 郭耀程; not 王建国和王立新…王先生说). News gives the full name first; a 张先生 named
    before 西蒙·张 is someone else."""
    full: dict[str, dict[str, int]] = {}  # surname → key → the paragraph that last named it, the last last
    out: dict[str, str] = {}
    decided: set[str] = set()  # its first mention decides: a later one does not join 西蒙·张 either
    names = [(i, s.name, s.entity_key()) for i, part in enumerate(doc)
             for s in sorted(part.chosen, key=lambda s: s.start) if s.kind is PERSON]
    for i, name, key in names:
        if surname := _addressed(name):
            keys = list(full.get(surname, {}).items())
            if name not in decided and keys and (len(keys) == 1 or keys[-1][1] > keys[-2][1]):
                out[name] = keys[-1][0]
            decided.add(name)
        elif "·" in name and (last := name.rsplit("·", 1)[1]) in lx.SURNAMES:
            _named(full.setdefault(last, {}), key, i)
        elif 2 <= len(name) <= 4 and "·" not in name:
            for k in (1, 2):
                if name[:k] in lx.SURNAMES and len(name) > k:
                    _named(full.setdefault(name[:k], {}), key, i)
    return out


def _named(keys: dict[str, int], key: str, part: int) -> None:
    """Puts key last among the keys a surname's full names have (a dict keeps its order), named in part."""
    keys.pop(key, None)
    keys[key] = part


def _addressed(name: str) -> str:
    """The surname of an addressed name, else ""."""
    for word in lx.PERSONAL_ADDRESS:
        if name.endswith(word) and name[:-len(word)] in lx.SURNAMES:
            return name[:-len(word)]
    return ""
