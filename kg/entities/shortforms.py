"""Other names an article itself gives a name, in a bracket right after it: the renderings after 又译
(a person's), and the short form it declares for an organization (联邦通信委员会（下称FCC）, 中华经济
研究院（以下简称中经院）, 国际原子能机构（IAEA）). kg.entities.extract joins them to the full name's
entity, and its rescan then finds them wherever the article writes them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from kg.entities.candidates import PERSON, Span
from kg.entities.gazetteer import Gazetteer
from kg.entities.senses import Part
from kg.model import EntityKind

_RENDERED = re.compile(r"[（(][^（）()]{0,40}?(?:又译|或译|台湾译|台译|香港译|港译)([^（）()]{1,60})[）)]")

# 联邦通信委员会（下称FCC）, （以下简称「京唐」）, （简称世卫）: a declared short form, Han or Latin;
# （IAEA）, （CFIUS）: Latin capitals alone, an acronym. A Latin name in mixed case after an
# organization (彭博新闻社（Bloomberg）) is its English name, which the gazetteer keeps where it
# knows the body; a lower-case word is a gloss (（sintilimab）), none of these.
_DECLARED = re.compile(
    r"[（(]\s*(?:(?:以下简称|下文简称|以下称|简称|下称)\s*[「“\"『]?"
    r"([\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z0-9&.\-]{1,15})[」”\"』]?|([A-Z][A-Z0-9&]{1,9}))\s*[）)]")

KeyOf = Callable[[Span], str]


def other_renderings(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf) -> None:
    """莱昂纳多·迪卡普里奥（Leonardo DiCaprio 又译李奥纳多·狄卡皮欧或李安纳度·狄卡比奥）: the names after 又译
    (台湾译, 香港译) in a bracket right after a person are that person's other renderings, one entity."""
    for part in doc:
        if "译" not in part.folded:
            continue
        persons = sorted((s for s in part.chosen if s.kind is PERSON), key=lambda s: s.start)
        starts = [s.start for s in persons]
        by_end = {s.end: s for s in persons}
        for m in _RENDERED.finditer(part.folded):
            if (named := by_end.get(m.start())) is None:
                continue
            key = key_of(named)
            for s in persons[bisect_right(starts, m.start(1) - 1):bisect_right(starts, m.end(1) - 1)]:
                if s.end <= m.end(1) and s.name != named.name:
                    aliases.setdefault(s.name, key)


def declared_short_forms(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf, gaz: Gazetteer) -> None:
    """The short form an article declares in a bracket right after an organization is that
    organization wherever the article writes it (FCC, 中经院): surface → the organization's key. Not
    where the gazetteer knows the short form as another entity."""
    for part in doc:
        if "（" not in part.folded and "(" not in part.folded:
            continue
        orgs = {s.end: s for s in part.chosen if s.kind is EntityKind.ORGANIZATION}
        for m in _DECLARED.finditer(part.folded):
            if (named := orgs.get(m.start())) is None:
                continue
            short, key = m.group(1) or m.group(2), key_of(named)
            known = gaz.named(short)
            if short != named.name and (known is None or known.key == key):
                aliases.setdefault(short, key)
