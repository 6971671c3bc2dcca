"""Short forms of the full names an article writes: 帕特鲁舍夫 is 尼古拉·帕特鲁舍夫 where the text has
both, 外交部 is 中国外交部 where that is the only foreign ministry named (kg.entities.extract joins
them, and its rescan finds them everywhere)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.entities import lexicon as lx
from kg.entities.candidates import PERSON
from kg.entities.gazetteer import entity_key
from kg.entities.japanese import japanese_surname
from kg.entities.senses import Part
from kg.entities.shortforms import a_word_not_a_name, one_body
from kg.model import EntityKind
from kg.text import HAN_CLASS

_HYPHENED = re.compile(f"[{HAN_CLASS}]-[{HAN_CLASS}]")  # a double surname (佩雷斯-西雷拉)
_SPACED = re.compile(f"[{HAN_CLASS}] [{HAN_CLASS}]")  # a dot written as a space (莎拉 雷恩福德)
_REGNAL = re.compile("(.{2,})[一二三四五六七八九十]{1,2}世")  # a monarch's name and number (查尔斯三世)


def short_forms(doc: Sequence[Part]) -> dict[str, str]:
    """Surface → the full name's key: 帕特鲁舍夫 is 尼古拉·帕特鲁舍夫 where the text has both;
    外交部 is 中国外交部 where that is the only foreign ministry named."""
    lasts: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    # A given name alone (约翰尼 beside 约翰尼·德普) is that person too, where it was taken for a
    # person of its own: found so, it merges; it is not searched for.
    alone = {s.name for part in doc for s in part.chosen if s.kind is PERSON and "·" not in s.name}
    rests: dict[str, set[str]] = {}  # an organization's name without its place -> the full names
    for part in doc:
        for s in part.chosen:
            if s.kind is PERSON and ("·" in s.name or _HYPHENED.search(s.name) or _SPACED.search(s.name)):
                # 佩雷斯-西雷拉 is also 西雷拉; 莎拉 雷恩福德, a dot written as a space, 雷恩福德
                dot = "·" if "·" in s.name else "-" if _HYPHENED.search(s.name) else " "
                first, last = s.name.split(dot, 1)[0], s.name.rsplit(dot, 1)[1]
                if len(last) >= 2:
                    lasts.setdefault(last, set()).add(s.entity_key())
                if s.name.count(dot) >= 2:  # 彼得·德·弗里斯 is also 德·弗里斯 (穆罕默德·本·萨勒曼: 本·萨勒曼)
                    lasts.setdefault(dot.join(s.name.rsplit(dot, 2)[1:]), set()).add(s.entity_key())
                written = part.folded[s.start:s.end].rpartition("·")[2]
                if s.key and written != last and len(written) >= 2 and "·" in part.folded[s.start:s.end]:
                    lasts.setdefault(written, set()).add(s.entity_key())  # 杜特地 of 罗德里戈·杜特地, as written
                if len(first) >= 2 and first in alone:
                    firsts.setdefault(first, set()).add(s.entity_key())
            elif s.kind is EntityKind.ORGANIZATION:
                # the longest head it ends with (美国最高法院: 最高法院, not 法院)
                named = (s.name, part.folded[s.start:s.end])  # 日本银行 as the text writes it: 日本央行
                for n in named:  # the head of each (加拿大议会 written 加拿大国会: 议会 and 国会)
                    head = max((h for h in lx.ORG_HEADS if n.endswith(h) and n != h
                                and not (s.key and h in s.aliases)), key=lambda h: (len(h), h), default=None)
                    if head:
                        heads.setdefault(head, set()).add(s.entity_key())
                for rest in s.aliases:  # 台湾民众党 is also 民众党 (spans.known_after_place; known.known_names)
                    if any(n.endswith(rest) and rest != n for n in named):
                        rests.setdefault(rest, set()).add(s.entity_key())
            elif s.kind is PERSON and (regnal := _REGNAL.fullmatch(s.name)):
                lasts.setdefault(regnal.group(1), set()).add(s.entity_key())  # 伊丽莎白 is 伊丽莎白二世
            elif s.kind is PERSON and len(s.name) == 3 and s.name[0] in lx.SURNAMES \
                    and not a_word_not_a_name(s.name[1:]):  # 英文 is no 蔡英文, 建国 no 王建国
                lasts.setdefault(s.name[1:], set()).add(s.entity_key())  # 卫东 is 孙卫东
            elif s.kind is PERSON and (surname := japanese_surname(s.name)):
                lasts.setdefault(surname, set()).add(s.entity_key())  # 米本 is 米本香织
    # Where several full names have it, the one the article names most, and on a tie the one it
    # names first, its subject (内特尔斯 beside 约翰·内特尔斯 and his father 詹姆斯·内特尔斯, each
    # named three times, is the son, named first); a surname wins over a given name (詹姆斯 beside
    # 勒布朗·詹姆斯 and 詹姆斯·哈登 is 勒布朗·詹姆斯).
    full = {last: next(iter(keys)) for last, keys in lasts.items() if len(keys) == 1}
    if len(full) < len(lasts):  # counted only where a short form has several full names (rare)
        order = [s.entity_key() for part in doc for s in sorted(part.chosen, key=lambda s: s.start)
                 if s.kind is PERSON]
        named, first = Counter(order), {k: -i for i, k in reversed(list(enumerate(order)))}
        full.update({last: max(keys, key=lambda k: (named[k], first.get(k, 0), k))
                     for last, keys in lasts.items() if len(keys) > 1})
    full.update({first: next(iter(keys)) for first, keys in firsts.items()
                 if len(keys) == 1 and first not in lasts})
    full.update({short: key for named in (heads, rests) for short, keys in named.items() if len(keys) == 1
                 and one_body((key := next(iter(keys))), short, doc)})
    return full


def follow_chains(aliases: dict[str, str]) -> None:
    """杜特地 → 罗德里戈·杜特地 → the gazetteer's 罗德里戈·杜特尔特 (its Latin gloss): a short form joins the
    entity its full name was joined to by a later pass."""
    if len(aliases) < 2:
        return  # a chain needs two links
    by_key = {entity_key(kind, name): key for name, key in aliases.items()
              for kind in (PERSON, EntityKind.ORGANIZATION)}
    for name, key in aliases.items():
        if (target := by_key.get(key)) is not None and target != key and by_key.get(target) != key:
            aliases[name] = target  # not round a loop (史蒂芬·乔布斯 and 史蒂夫·乔布斯, each the other's)
