"""Other names an article gives a name: in a bracket right after it, the renderings after 又译 (a
person's) and the short form it declares for an organization (联邦通信委员会（下称FCC）, 中华经济
研究院（以下简称中经院）, 国际原子能机构（IAEA）); a company's stem (松林带 of 松林带网络公司); another
rendering of a dotted name (格雷格·贝克尔 of 格雷戈里·贝克尔); an abbreviation of a body's name (俄气公司 of
俄罗斯天然气工业股份公司). kg.entities.extract joins them to the full name's entity, and its rescan then
finds them wherever the article writes them; `one_body` says where a short form names a kind of body
instead (各地盐业协会). Each pass is linear in the names, or compares only names that share a surname, a
given name, a stem's start or a first character: paragraphs can be a megabyte long."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

import rjieba
from pypinyin import lazy_pinyin

from kg.entities import lexicon as lx
from kg.entities.candidates import PERSON, Span
from kg.entities.gazetteer import Gazetteer
from kg.entities.senses import Part
from kg.model import EntityKind

_RENDERED = re.compile(r"[（(][^（）()]{0,40}?(?:(?:又|或|也|亦)被?译(?:作|为|成)?|台湾译|台译|香港译|港译)"
                       r"([^（）()]{1,60})[）)]")

# 联邦通信委员会（下称FCC）, （以下简称「京唐」）, （简称世卫）: a declared short form, Han or Latin;
# （IAEA）, （CFIUS）: Latin capitals alone, an acronym; （选委会） after 选举委员会: Han characters alone, the
# name's own in order from its first (bare, checked in declared_short_forms). A Latin name in mixed case after an
# organization (彭博新闻社（Bloomberg）) is its English name, which the gazetteer keeps where it
# knows the body; a lower-case word is a gloss (（sintilimab）), none of these.
_DECLARED = re.compile(
    r"[（(]\s*(?:(?:以下简称|下文简称|以下称|简称|下称)\s*[「“\"『]?"
    r"([\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z0-9&.\-]{1,15})[」”\"』]?|([A-Z][A-Z0-9&]{1,9})|([\u4e00-\u9fff]{2,6}))"
    r"\s*[）)]")

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


def romanized_known(doc: Sequence[Part], aliases: dict[str, str]) -> set[str]:
    """纳尔瓦尼（Alexei Navalny）: a name no list holds, glossed in the bracket after it by a Latin name
    the gazetteer knows as someone (or some body) of the same kind, is that entity, however the article
    spells it in Chinese. A town's name glossed so by a person whose surname it is (奥斯汀（Lloyd
    Austin）) is that person; those names are returned, one sense in the article."""
    glossed: set[str] = set()
    for part in doc:
        if "(" not in part.folded:
            continue
        folded = part.folded
        for s in part.chosen:
            # Spaces before and inside the bracket are the writer's (莎琪 (Jen Psaki), （Theresa May ）).
            opening = s.end + len(folded[s.end:s.end + 2]) - len(folded[s.end:s.end + 2].lstrip(" "))
            if (s.key and s.kind is not EntityKind.PLACE) or folded[opening:opening + 1] != "(":
                continue
            inside = opening + 1 + len(folded[opening + 1:opening + 4]) - len(folded[opening + 1:opening + 4].lstrip())
            gloss = part.by_start.get(inside)
            if gloss is None or not gloss.key or not _GLOSS_END.match(folded, gloss.end) \
                    or not _LATIN.fullmatch(folded[gloss.start:gloss.end]):
                continue
            if gloss.kind is s.kind and not s.key:
                aliases.setdefault(s.name, gloss.key)
                if s.kind is EntityKind.PERSON:
                    glossed.add(s.name)
            elif s.kind is EntityKind.PLACE and gloss.kind is EntityKind.PERSON and gloss.name.endswith("·" + s.name):
                s.kind, s.type, s.key = EntityKind.PERSON, EntityKind.PERSON.value, gloss.key
                glossed.add(s.name)
    return glossed


_LATIN = re.compile(r"[A-Za-z][A-Za-z .'\-]*")
# The bracket closes after the gloss, or after the body's acronym (（Royal United Services Institute, RUSI）).
_GLOSS_END = re.compile(r"\s{0,3}(?:[,，;；]\s*[A-Z][A-Za-z0-9&.]{1,10}\s*)?\)")


def declared_short_forms(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf, gaz: Gazetteer) -> None:
    """The short form an article declares in a bracket right after an organization is that
    organization wherever the article writes it (FCC, 中经院): surface → the organization's key; so
    is another Chinese rendering after a person's Western name in the bracket (基尔·斯塔默（Keir
    Starmer，施纪贤）, 乔治·克鲁尼（George Clooney；佐治古尼）), or a place's (都灵市（Turin；杜林）). Not
    where the gazetteer knows the short form as another entity."""
    for part in doc:
        if "（" not in part.folded and "(" not in part.folded:
            continue
        orgs = {s.end: s for s in part.chosen if s.kind is EntityKind.ORGANIZATION}
        # a place's other rendering too (都灵市（Turin；杜林）), which the tagger may read as someone
        persons = {s.end: s for s in part.chosen if s.kind in (EntityKind.PERSON, EntityKind.PLACE)}
        found = [(named, short) for m in _DECLARED.finditer(part.folded)
                 if (short := m.group(1) or m.group(2) or m.group(3)) and (named := orgs.get(m.start())) is not None
                 and (not m.group(3) or (short[0] == named.name[0] and len(short) < len(named.name)
                                         and _in_order(short, named.name)))]
        found += [(persons.get(m.start()), m.group(1)) for m in _AFTER_WESTERN.finditer(part.folded)]
        for named, short in found:
            if named is None:
                continue
            key = key_of(named)
            known = gaz.named(short)
            if short != named.name and (known is None or known.key == key):
                aliases.setdefault(short, key)
                for other in part.chosen:
                    if other.name == short and other.kind is not named.kind:
                        other.kind, other.type = named.kind, named.type


# （Keir Starmer，施纪贤）: a Western name, then the person's name as another newsroom renders it, or as
# the person writes it (（Andreas Guder，中文名顾安达）: 中文名 is no part of it; nor is 也被译作 of
# （Wendy Sherman，也被译作谢尔曼）)
_AFTER_WESTERN = re.compile(r"[（(]\s*[A-Z][A-Za-z .'’-]+[，,；;]\s*(?:中文名字?|中文姓名|汉名|中文译名"
                            r"|(?:又|或|也|亦)?被?译(?:作|为|成)?)?"
                            r"([\u4e00-\u9fff·]{2,10})\s*[）)]")


def company_stems(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf, gaz: Gazetteer) -> None:
    """松林带网络公司, 松林带公司 and 松林带 in one article are one company: an organization the
    gazetteer does not know, named with a company's generic ending (公司, 集团), is also named by
    its stem; where one stem of three characters or more opens the stem of exactly one other such
    organization, the shorter name and its stem are that organization."""
    stems: dict[str, set[str]] = {}
    pairs: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for part in doc:
        for s in part.chosen:
            if s.kind is not EntityKind.ORGANIZATION or s.name in aliases:
                continue
            suffix = next((x for x in lx.GENERIC_ORG_SUFFIXES if s.name.endswith(x)), "")
            if not suffix and s.name.endswith("组织") and s.name[:1].isascii():
                suffix = "组织"  # Airwars组织 and Airwars: a Latin name and the word for a body
            stem = s.name[:-len(suffix)] if suffix else ""
            if len(stem) >= 3 and not s.key and gaz.named(stem) is None:
                stems.setdefault(stem, set()).add(key_of(s))
                names.setdefault(stem, s.name)
            elif len(stem) == 2 and gaz.named(stem) is None:
                pairs.setdefault(stem, set()).add(key_of(s))
    # 海航 beside 海航集团: a stem of two characters is searched for nowhere, but where the article's
    # own names hold it as a body of its own, that body is the company
    bodies = {s.name for part in doc for s in part.chosen if s.kind is EntityKind.ORGANIZATION and not s.key}
    for stem, keys in pairs.items():
        if len(keys) == 1 and stem in bodies:
            aliases.setdefault(stem, next(iter(keys)))
    _stems_of_known(doc, aliases, gaz)
    ordered = sorted(stems)
    for i, stem in enumerate(ordered):
        keys = stems[stem]
        j = i + 1  # the stems that open with this one follow it in sorted order
        while j < len(ordered) and ordered[j].startswith(stem):
            j += 1
        longer = {k for other in ordered[i + 1:j] for k in stems[other]}
        if len(longer) == 1 and len(keys) == 1:
            (key,) = longer
            aliases.setdefault(names[stem], key)
            aliases.setdefault(stem, key)
        elif not longer and len(keys) == 1:
            aliases.setdefault(stem, next(iter(keys)))


def _stems_of_known(doc: Sequence[Part], aliases: dict[str, str], gaz: Gazetteer) -> None:
    """大华公司 beside 大华技术, a company the gazetteer knows: where the stem of an organization it does
    not know (named with a company's generic ending) opens the written name of exactly one known
    organization of the article, no other such organization has that stem, and the article also
    writes the stem alone (海康威视或大华的镜头; not 东方公司 beside 东方航空公司 only), the two are one."""
    unknown: dict[str, set[str]] = {}
    written: dict[str, set[tuple[str, str]]] = {}  # by the first two characters: (the written name, its key)
    for part in doc:
        for s in part.chosen:
            if s.kind is not EntityKind.ORGANIZATION or s.name in aliases:
                continue
            if s.key:
                written.setdefault(part.folded[s.start:s.start + 2], set()).add((part.folded[s.start:s.end], s.key))
            elif (suffix := next((x for x in lx.GENERIC_ORG_SUFFIXES if s.name.endswith(x)), "")) \
                    and len(stem := s.name[:-len(suffix)]) >= 2 and gaz.named(stem) is None:
                unknown.setdefault(stem, set()).add(s.name)
    for stem, names in unknown.items():
        keys = {key for name, key in written.get(stem[:2], ()) if name.startswith(stem) and name not in names}
        if len(keys) == 1 and len(names) == 1 and _written_alone(doc, stem):
            (key,) = keys
            aliases.setdefault(next(iter(names)), key)
            aliases.setdefault(stem, key)


def _written_alone(doc: Sequence[Part], stem: str) -> bool:
    """The stem stands somewhere as no part of a longer name the extractor chose (by bisection over
    the longer names' starts and the farthest end so far: linear in the part)."""
    for part in doc:
        longer = sorted((s.start, s.end) for s in part.chosen if s.length > len(stem))
        starts = [a for a, _ in longer]
        reach = list(accumulate((b for _, b in longer), max))
        at = part.folded.find(stem)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i < 0 or reach[i] < at + len(stem):
                return True
            at = part.folded.find(stem, at + 1)
    return False


def person_variants(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf) -> None:
    """格雷格·贝克尔 beside 格雷戈里·贝克尔 (Greg, Gregory), 约翰·内特斯 beside 约翰·内特尔斯 (a
    character dropped): two dotted names of one article whose surnames are one (or one holds the
    other with a character less) and whose given names are one (or open with the same two Han
    characters, or differ in their first only: 维吉尼亚 and 弗吉尼亚) are one person, named as the article
    names them more often (first, on a tie)."""
    first: dict[str, Span] = {}
    count: dict[str, int] = {}
    for part in doc:
        if "·" not in part.folded:
            continue
        for s in sorted(part.chosen, key=lambda s: s.start):
            if s.kind is PERSON and s.name.count("·") == 1 and s.name not in aliases:
                first.setdefault(s.name, s)
                count[s.name] = count.get(s.name, 0) + 1
    seen = {n: i for i, n in enumerate(first)}  # the order the article first names them in
    rank = {n: i for i, n in enumerate(sorted(first, key=lambda n: (-count[n], seen[n])))}
    # compared only within a surname (格雷格|格雷戈里·贝克尔) or a given name (约翰·内特斯|内特尔斯)
    groups: dict[tuple[int, str], list[str]] = {}
    for n in first:
        given, surname = n.split("·")
        groups.setdefault((0, surname), []).append(n)
        groups.setdefault((1, given), []).append(n)
    for _, names in sorted(groups.items()):
        if len(names) > _MOST_OF_ONE_NAME:
            continue  # no article names so many people of one surname: a list, or hostile text
        names.sort(key=lambda n: rank[n])
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if b not in aliases and _one_person(a, b):
                    aliases[b] = key_of(first[a])
    _sounding_alike(doc, aliases, key_of, first)
    _titled_alike(doc, aliases, key_of)


def _titled_alike(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf) -> None:
    """哈里王子(Prince Harry) beside 哈里: a name read with the royal title after it is the person the
    article names without it."""
    persons = {s.name: s for part in doc for s in part.chosen if s.kind is PERSON}
    for name in persons:
        title = next((t for t in lx.TITLES_AFTER_NAME if name.endswith(t)), "")
        stem = persons.get(name[:-len(title)]) if title and len(name) - len(title) >= 2 else None
        if stem is not None and name not in aliases:
            aliases[name] = key_of(stem)
    regnal = {m.group(1): s for n, s in persons.items() if (m := _REGNAL.fullmatch(n))}
    for name in persons:  # 伊丽莎白 beside 伊丽莎白二世: the monarch, named without the number
        if name in regnal and name not in aliases:
            aliases[name] = key_of(regnal[name])


_REGNAL = re.compile(r"([\u4e00-\u9fff·]{2,})[一二三四五六七八九十]{1,2}世")


@lru_cache(maxsize=1 << 14)
def _sound(name: str) -> str:
    """The syllables of a name, without tones (马辛达 and 马欣达: ma xin da)."""
    return " ".join(lazy_pinyin(name))


def _sounding_alike(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf, dotted: dict[str, Span]) -> None:
    """马辛达 beside 马欣达·拉贾帕克萨, 戈塔巴亚 beside 戈塔巴雅·拉贾帕克萨: a name alone, of three Han
    characters or more, that sounds as one part of exactly one dotted name of the article sounds (the
    same syllables, other characters) is another rendering of that person."""
    sounds: dict[str, set[str]] = {}
    for name in dotted:
        for piece in name.split("·"):
            if len(piece) >= 3 and _HAN.fullmatch(piece):
                sounds.setdefault(_sound(piece), set()).add(name)
    if not sounds:
        return
    for part in doc:
        for s in part.chosen:
            if s.kind is not PERSON or s.key or s.name in aliases or len(s.name) < 3 or not _HAN.fullmatch(s.name):
                continue
            names = sounds.get(_sound(s.name), ())
            if len(names) == 1 and s.name not in (name := next(iter(names))).split("·"):
                aliases[s.name] = key_of(dotted[name])


_MOST_OF_ONE_NAME = 50


def _one_person(a: str, b: str) -> bool:
    (ga, sa), (gb, sb) = a.split("·"), b.split("·")
    if min(len(ga), len(gb), len(sa), len(sb)) < 2 or not (_HAN.fullmatch(ga) and _HAN.fullmatch(gb)):
        return False
    given = ga == gb or (sa == sb and (ga[:2] == gb[:2] or (len(ga) == len(gb) >= 2 and ga[1:] == gb[1:] and (
        len(ga) >= 3 or _sound(ga[0]) == _sound(gb[0])))))  # 罗德 and 洛德 (luo de): one given name
    short, long_ = sorted((sa, sb), key=len)
    return given and (sa == sb or (len(long_) == len(short) + 1 and len(short) >= 2
                                   and any(long_[:k] + long_[k + 1:] == short for k in range(1, len(long_)))))


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def abbreviations(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf, gaz: Gazetteer) -> None:
    """俄天然气公司 and 俄气公司 beside 俄罗斯天然气工业股份公司: an organization the gazetteer does not know,
    of three characters or more, whose characters all stand in that order in exactly one longer
    organization of the article, opening with its first character and ending with its last two, is
    a short form of it, where it takes part of a word of it (俄 of 俄罗斯). One made of whole words of
    the longer name before that ending, or a place or a word before it, is another body (台湾大学 beside
    台湾|师范|大学)."""
    orgs: dict[str, Span] = {}
    for part in doc:
        for s in part.chosen:
            if s.kind is EntityKind.ORGANIZATION and s.name not in aliases:
                orgs.setdefault(s.name, s)
    by_first: dict[str, list[str]] = {}
    for name in orgs:
        by_first.setdefault(name[:1], []).append(name)
    for short in sorted(orgs, key=lambda n: (-len(n), n)):  # the longer first: 俄天然气公司, then 俄气公司
        if orgs[short].key or len(short) < 3 or len(by_first[short[0]]) > _MOST_OF_ONE_OPENING:
            continue  # (no article names so many bodies that open alike: a list, or hostile text)
        longer = [n for n in by_first.get(short[0], ()) if len(n) >= len(short) + 2 and n.endswith(short[-2:])
                  and _in_order(short, n)]
        keys = {aliases.get(n) or key_of(orgs[n]) for n in longer}  # a short form of a short form is one body
        full = min((n for n in longer if n not in aliases), key=lambda n: (-len(n), n), default=None)
        stem = short[:-2]
        if len(keys) == 1 and full is not None and not _whole_words(stem, rjieba.cut(full[:-2])) \
                and gaz.named(stem) is None and not rjieba.has_word(stem):
            aliases[short] = keys.pop()


_MOST_OF_ONE_OPENING = 200


def place_tails(doc: Sequence[Part], aliases: dict[str, str], key_of: KeyOf) -> None:
    """西岸 beside 约旦河西岸: a place the gazetteer does not know, of two characters or more, that ends
    exactly one longer place of the article is that place, named by its tail."""
    places: dict[str, Span] = {}
    for part in doc:
        for s in part.chosen:
            if s.kind is EntityKind.PLACE and s.name not in aliases:
                places.setdefault(s.name, s)
    for short, s in places.items():
        if s.key or len(short) < 2:
            continue
        longer = [n for n in places if len(n) > len(short) and n.endswith(short)]
        if len(longer) == 1:
            aliases[short] = aliases.get(longer[0]) or key_of(places[longer[0]])


def _in_order(short: str, name: str) -> bool:
    it = iter(name)
    return all(c in it for c in short)


def _whole_words(short: str, words: list[str]) -> bool:
    """The short name is some of the words, whole, in order (北京|大学 of 北京|师范|大学)."""
    at = 0
    for w in words:
        if short.startswith(w, at):
            at += len(w)
    return at == len(short)


# Before a short form, words that make it a kind of body, not the one named (各地盐业协会, 等盐业协会,
# 澳门没有区议会, 一所州立大学).
_GENERIC_BEFORE = ("各", "各地", "各级", "各国", "等", "或", "没有", "其他", "一些", "许多", "所有", "多个", "每个",
                   "一所", "一家", "一个", "一座", "一间", "一支")


def one_body(key: str, rest: str, doc: Sequence[Part]) -> bool:
    """台湾民众党 … 民众党 (or 民众党 in the headline, 台湾民众党 in the body): the short form is the
    organization unless the article also writes it after a word that makes it a kind (各地盐业协会)."""
    for part in doc:
        at = part.folded.find(rest)
        while at >= 0:
            inside = any(s.start <= at and at + len(rest) <= s.end for s in part.chosen if s.entity_key() == key)
            if not inside and part.folded.endswith(_GENERIC_BEFORE, 0, at):
                return False
            at = part.folded.find(rest, at + 1)
    return True


def a_word_not_a_name(given: str) -> bool:
    """A given name the dictionary knows as a word of another kind (英文, a language; 建国, founding):
    written alone, it is that word, not the person (蔡英文, 王建国)."""
    return rjieba.has_word(given) and rjieba.tag(given)[0][1] not in ("nr", "nrfg")
