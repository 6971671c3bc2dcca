"""Ships named for people and places (罗纳德·里根号, 加贺号), and telescopes named for people (哈勃望远镜,
詹姆斯·韦伯太空望远镜): the names in them are no mention of the person or the place
(kg.entities.candidates drops persons and places inside these ranges)."""

from __future__ import annotations

import re

from kg.entities.spans import PERSON, PLACE, Span, Tokens


def vessel_ranges(spans: list[Span], folded: str, tok: Tokens) -> list[tuple[int, int]]:
    """The ranges of the text that name a ship or a telescope: a span that is one's name (a person's before
    望远镜 too), and a hyphened name then 号."""
    return [(s.start, s.end) for s in spans if _a_vessel(s, tok)
            or (s.kind is PERSON and folded.startswith(_TELESCOPES, s.end))] + [
        m.span() for m in _HYPHENED_VESSEL.finditer(folded)]


_TELESCOPES = ("望远镜", "太空望远镜", "空间望远镜")
NAMED_THINGS = ("号", "望远镜")  # what a text holds where it may name one (candidates looks for ranges there)
# 罗纳德-里根号, 乔治-华盛顿号: a ship named for a person, hyphened as some newsrooms write it
_HYPHENED_VESSEL = re.compile("[\u4e00-\u9fff]{2,6}[-‐–][\u4e00-\u9fff]{2,6}号")


def _a_vessel(s: Span, tok: Tokens) -> bool:
    """罗纳德·里根号航母, 尼米兹号: a person's or a place's name and 号 names a ship (a spacecraft, a
    train), which is no mention of them; not 号召 or 号称 after a name (a word of its own), nor 号 after
    a number in digits (唐宁街10号, 北溪2号; 嫦娥五号 is a spacecraft)."""
    if s.kind is PERSON or s.kind is PLACE:
        i = tok.at_start.get(s.end)
        if i is not None and tok.words[i] == "号":
            return True
        name = s.name.removesuffix("上").removesuffix("中")  # 加贺号上: on board the ship
        return not s.key and name.endswith("号") and not name[-2:-1].isdigit()
    return False
