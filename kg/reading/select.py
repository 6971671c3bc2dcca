"""CSS selectors, answered through a per-document index of tags by name.

soupsieve walks the whole tree for every query; an article is queried half a dozen times. Here
each query tests only the elements whose tag its rightmost part names, found in one index built
per document, and soupsieve still decides each match. Selectors it cannot narrow this way (no
tag name on the right, or a functional pseudo-class) are run as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import soupsieve
from bs4 import BeautifulSoup, Tag

_SPLIT = re.compile(r"\s*[>+~]\s*|\s+")
_TAG = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
# A tag alone, or with one attribute present or equal to a quoted value: answered without soupsieve,
# whose every match walks up to the root (10,000 nested <footer>s made that quadratic).
_SIMPLE = re.compile(r"(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?:\[(?P<attr>[a-zA-Z-]+)(?:=\"(?P<value>[^\"]*)\")?\])?")


@lru_cache(maxsize=256)
def _simple(css: str) -> tuple[tuple[str, str | None, str | None], ...] | None:
    parts = []
    for part in css.split(","):
        m = _SIMPLE.fullmatch(part.strip())
        if m is None:
            return None
        parts.append((m["tag"].lower(), m["attr"], m["value"]))
    return tuple(parts)


def _matches_simple(el: Tag, parts: tuple[tuple[str, str | None, str | None], ...]) -> bool:
    for tag, attr, value in parts:
        if el.name != tag:
            continue
        if attr is None:
            return True
        got = el.get(attr)
        if got is not None and (value is None or (got if isinstance(got, str) else " ".join(got)) == value):
            return True
    return False


@lru_cache(maxsize=256)
def _compile(css: str) -> tuple[soupsieve.SoupSieve, frozenset[str] | None]:
    names: set[str] = set()
    for part in css.split(","):
        compound = _SPLIT.split(part.strip())[-1]
        m = _TAG.match(compound)
        if "(" in part or not m:
            return soupsieve.compile(css), None
        names.add(m.group(0).lower())
    return soupsieve.compile(css), frozenset(names)


class Doc:
    """A parsed document with its tags indexed by name, in document order."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.soup = soup
        self._by_name: dict[str, list[tuple[int, Tag]]] | None = None

    def _candidates(self, names: frozenset[str]) -> list[Tag]:
        if self._by_name is None:
            self._by_name = defaultdict(list)
            for i, el in enumerate(self.soup.find_all(True)):
                self._by_name[el.name].append((i, el))
        found = [pair for name in names for pair in self._by_name.get(name, ())]
        if len(names) > 1:
            found.sort(key=lambda pair: pair[0])
        return [el for _, el in found]

    def select(self, css: str) -> list[Tag]:
        compiled, names = _compile(css)
        if names is None:
            return compiled.select(self.soup)
        if (simple := _simple(css)) is not None:
            return [el for el in self._candidates(names) if _matches_simple(el, simple)]
        return [el for el in self._candidates(names) if compiled.match(el)]

    def select_one(self, css: str) -> Tag | None:
        compiled, names = _compile(css)
        if names is None:
            return compiled.select_one(self.soup)
        if (simple := _simple(css)) is not None:
            return next((el for el in self._candidates(names) if _matches_simple(el, simple)), None)
        return next((el for el in self._candidates(names) if compiled.match(el)), None)
