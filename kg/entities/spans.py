"""The shared pieces of candidate finding: spans, tokens with offsets, and small tests of words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer, entity_key
from kg.entities.kinds import a_described_kind
from kg.entities.tokens import Tokens
from kg.model import Entity, EntityKind, FactKind
from kg.text import HAN

PERSON, PLACE, ORG = EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION
HAN_RUN = HAN  # matches one Han character
MODIFIER_TAGS = frozenset(["a", "an", "b", "n", "vn", "nz", "j", "nt", "ns", "ng"])
TITLE_MODIFIER_TAGS = frozenset(["a", "an", "b", "n", "vn", "nz", "d"])
NAME_TAGS = frozenset(["nr", "nrfg", "nrt"])
PERSON_TAGS = frozenset(["nr", "nrfg"])  # not nrt: see person_over_town

# Titles of two characters or more, the longest first: a title glued to a name's end is cut off whole.
TITLES_LONGEST_FIRST = tuple(sorted((t for t in lx.TITLES if len(t) >= 2), key=len, reverse=True))

# Ranks break ties between spans of equal length: the gazetteer knows best, the word tagger least.
GAZETTEER, MODEL, PATTERN, TITLED, COMPOUND, TAGGER = range(6)


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
    aliases: tuple[str, ...] = ()  # other names the text gives it here (美国联邦调查局 for 联邦调查局)

    @property
    def length(self) -> int:
        return self.end - self.start

    def entity_key(self) -> str:
        return self.key or entity_key(self.kind, self.name)


def a_city(e: Entity | None) -> bool:
    """A city the gazetteer knows, of any size."""
    return e is not None and e.kind is PLACE and e.type == "City"


def small_town(e: Entity | None) -> bool:
    """A city the gazetteer knows with fewer people than lexicon.PERSON_OVER_TOWN_BELOW: its name
    yields to a person's (person_over_town; kg.entities.extract for a person's short form)."""
    return e is not None and e.kind is PLACE and e.type == "City" and e.population < lx.PERSON_OVER_TOWN_BELOW


def person_over_town(e: Entity | None, folded: str, start: int, end: int) -> bool:
    """A city small enough (lexicon.PERSON_OVER_TOWN_BELOW) whose name the word dictionary knows as a
    person's (杰克逊, 安德森): where the trained tagger reads a person, the person it is, unless the
    words around it stand only beside a place (住在弗罗茨瓦夫, 赫尔松周边). 纽瓦克 is a place to the
    dictionary, and 穆拉德纳加尔 no word of it: those stay places; so do those it tags as transliterated
    (nrt), a tag it gives foreign towns as freely as people (特拉维夫, 巴士拉, 阿勒颇), unless a title
    stands before them (古巴总统卡斯特罗)."""
    if not small_town(e) or folded.endswith(lx.BEFORE_A_PLACE, 0, start) or folded.startswith(lx.AROUND_A_PLACE, end):
        return False
    name = folded[start:end]
    tags = rjieba.tag(name)
    return len(tags) == 1 and rjieba.has_word(name) and (tags[0][1] in PERSON_TAGS or (
        tags[0][1] in NAME_TAGS and title_before(folded, start)))  # 总统卡斯特罗


def suffix_fits(e: Entity, suffix: str) -> bool:
    """Whether a place the gazetteer knows by a name is the one that name and a suffix call: 纽约市
    is the city of 纽约, but 乔治亚州 no part of the country 乔治亚 (Georgia) and 巴恩斯特布尔县 not
    the town of 巴恩斯特布尔: a 州, 省, 县 or 区 is an administrative area, a 市 or 镇 a city."""
    wanted = lx.PLACE_SUFFIXES[suffix]
    return e.type == wanted or (wanted == "Place" and e.type in ("City", "Place")) \
        or (suffix == "区" and e.type == "City")  # 九龙区, 桃园区: a city's district, by its name


LIST_JOINS = frozenset("、和与或及")


def listed_with_a_place(s: Span, folded: str, spans: list[Span]) -> bool:
    """孟菲斯或达拉斯: a name joined by "and" or "or" to a place the gazetteer knows is a place too;
    not one after a title (古巴总统卡斯特罗、科特迪瓦总统…: people are listed, each after a country)."""
    if title_before(folded, s.start):
        return False
    places = [p for p in spans if p.kind is PLACE and p.rank == GAZETTEER and p is not s]
    return (folded[s.end:s.end + 1] in LIST_JOINS and any(p.start == s.end + 1 for p in places)) or (
        folded[s.start - 1:s.start] in LIST_JOINS and s.start > 0 and any(p.end == s.start - 1 for p in places))


_A_TITLE = re.compile("|".join(sorted(map(re.escape, lx.TITLES), key=len, reverse=True)))
_TITLE_ENDS = re.compile("(?:" + _A_TITLE.pattern + r")\Z")
_LONGEST_TITLE = max(map(len, lx.TITLES))


def title_before(folded: str, at: int) -> bool:
    """A title (总统) ends right before `at`."""
    return _TITLE_ENDS.search(folded, max(0, at - _LONGEST_TITLE), at) is not None


def a_member_after(folded: str, at: int) -> bool:
    """A title (众议员) or 人 (民主党人) follows: what stands before it describes a person."""
    return folded.startswith("人", at) or _A_TITLE.match(folded, at) is not None


def title_after(folded: str, tok: Tokens, end: int) -> bool:
    """A title runs on from `end` in one token: 德国|总理, 吉林省委|书记, or shares the body's last
    character (外交部|长: 部长), or opens with the token's last character (高雄市|长: 市长). What comes
    before it is still a name of its own."""
    i = tok.across(end)
    if i is None:
        return False
    return folded[end:tok.ends[i]] in lx.TITLES or (tok.ends[i] == end + 1 and folded[end:end + 2] in lx.TITLES) or (
        folded[end - 1] in lx.HEAD_TITLE_CHARS and folded[end - 1:tok.ends[i]] in lx.TITLES)


def starts_a_word(folded: str, at: int) -> bool:
    """报道 in 薛原报道, 施加 in 米洛舍维奇施加: a dictionary word that is no name begins at `at` and
    reaches past it."""
    for n in (3, 2):
        word = folded[at:at + n]
        if len(word) == n and rjieba.has_word(word):
            tags = rjieba.tag(word)
            return len(tags) == 1 and tags[0][1] not in (*NAME_TAGS, "ns", "nt", "nz")
    return False


def a_common_word(word: str) -> bool:
    """A word of the dictionary that the word tagger calls a common one (a noun, verb, adjective…):
    lexicon.COMMON_WORD_TAGS."""
    return rjieba.has_word(word) and rjieba.tag(word)[0][1] in lx.COMMON_WORD_TAGS


def is_translit(word: str) -> bool:
    return bool(word) and all(c in lx.TRANSLIT for c in word)


def given_name_is_a_word(given: str) -> bool:
    """于本周 is no name: 本周 is a time word. Names look like verbs and nouns often, never like these."""
    if any(c in lx.NOT_IN_GIVEN_NAMES for c in given):
        return True
    tags = rjieba.tag(given)
    return len(tags) == 1 and tags[0][1] in ("t", "p", "d", "r", "m", "q", "f", "s", "c", "u", "uj", "ul")


# Initials inside a transliterated name (约瑟夫·R·拜登): left out of the name's key.
INITIAL = re.compile(r"(?<=·)[A-Za-z]{1,2}\.?·")


def org_location(span: Span, word: str, offset: int, gaz: Gazetteer) -> None:
    """An organization whose name starts with a place ("中国外交部") is located there."""
    for hit in gaz.find(word):
        e = gaz.entities[hit.key]
        if hit.start == 0 and e.kind is PLACE and hit.end < len(word):
            place = Span(offset, offset + hit.end, PLACE, e.name, GAZETTEER, key=e.key, type=e.type)
            span.facts.append((FactKind.LOCATION, place))
            span.type = "GovernmentOrganization" if word[hit.end:] in lx.ORG_HEADS and is_government(
                word[hit.end:]) else span.type
            return


# What a place's body is called everywhere (外交部, 政府, 国会): no name of one body after its place.
BODY_HEADS = frozenset((*lx.ORG_HEADS, *lx.NAMED_ORG_HEADS, *lx.GOVERNMENT_BODIES, *lx.KIND_OF_BODY_HEADS))


def known_after_place(span: Span, gaz: Gazetteer) -> Span:
    """日本共同社 is 共同社, in Japan: a place before an organization the gazetteer knows."""
    for kind, place in span.facts:
        if kind is FactKind.LOCATION and isinstance(place, Span):
            rest = span.name[place.length:]
            known = gaz.named(rest)
            if known is not None and known.kind is ORG and known.type == "GovernmentOrganization" \
                    and place.type not in ("Country", ""):
                return span  # 广东省卫健委: a province's or a city's own body, not the nation's
            if known is not None and known.kind is ORG:
                return Span(place.end, span.end, ORG, known.name, GAZETTEER, key=known.key, type=known.type,
                            facts=[(FactKind.LOCATION, place)], aliases=(span.name,))
            if rest[:1] in lx.PLACE_SUFFIXES and len(rest) >= 4 and rjieba.cut(rest)[0] == rest[0] \
                    and a_known_place(gaz, span.name[:place.length + 1]):
                # 北卡罗来纳州戴维森学院: the 州 is the place's, a word of its own (not 州立 in 加州州立大学,
                # nor 市委 in 北京市委党校)
                rest = rest[1:]
                whole = gaz.named(span.name[:place.length + 1])
                place = Span(place.start, place.end + 1, PLACE, whole.name, GAZETTEER, key=whole.key,
                             type=whole.type)
            if len(rest) >= 2 and rest not in BODY_HEADS:
                # 台湾中央社 is also 中央社; 中国外交部 is not the only 外交部, nor 韩国政府 the only 政府
                if names_its_own(rest, gaz) and not span.name.endswith("队") and not _names_itself_so(place, gaz):
                    # 亚特兰大埃默里大学: the place only says where 埃默里大学 is. The organization is the
                    # rest, and the place is a name the text mentions (as 美国 in 美国哈佛大学).
                    return Span(span.end - len(rest), span.end, ORG, rest, span.rank, type=span.type,
                                facts=[(FactKind.LOCATION, place)], aliases=(span.name,))
                span.aliases = (rest,)
    return span


_OWN_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "nz", "ns", "eng"))
# China, Hong Kong, Macau and Taiwan: there a body's registered name carries its place (北京城建集团,
# 天津泰达足球队, 香港英之杰太平洋有限公司), as MSRA's annotators write them whole.
_PLACE_IN_THE_NAME = frozenset(("wikidata:Q148", "wikidata:Q8646", "wikidata:Q14773", "wikidata:Q865"))


def _names_itself_so(place: Span, gaz: Gazetteer) -> bool:
    known = gaz.entities.get(place.key)
    return place.key in _PLACE_IN_THE_NAME or (known is not None and known.within in _PLACE_IN_THE_NAME)


def placed_organization(span: Span, gaz: Gazetteer) -> list[Span]:
    """An organization as a tagger found it, located where its name opens with a place (org_location),
    renamed where the gazetteer knows it after that place (known_after_place), and the place that split
    off its front as a span of its own: the tokenizer may have glued it to what follows (英国伦敦), where
    no other span starts."""
    start = span.start
    org_location(span, span.name, start, gaz)
    span = known_after_place(span, gaz)
    if span.start == start:
        return [span]
    return [*(p for k, p in span.facts if k is FactKind.LOCATION and isinstance(p, Span) and p.start == start), span]


def names_its_own(rest: str, gaz: Gazetteer) -> bool:
    """What follows a place in an organization's name opens with a name of its own (埃默里大学, 马士基
    航运集团, 福瑞德·哈金森癌症中心), not with words any such body could take (科技大学, 冷链行业协会)."""
    if "·" in rest:
        return True
    tags = rjieba.tag(rest)
    first, tag = tags[0]
    return len(tags) > 1 and tag in _OWN_NAME_TAGS and len(first) >= 2 and first not in lx.KIND_OF_BODY_HEADS \
        and not ((known := gaz.named(first)) is not None and known.type == "Country")  # 汉诺威|中国中心


def a_known_place(gaz: Gazetteer, word: str) -> bool:
    """The gazetteer knows the word as a place."""
    known = gaz.named(word)
    return known is not None and known.kind is PLACE


def a_place_then(name: str, heads: Sequence[str], gaz: Gazetteer) -> bool:
    """A known place and one of these heads, the longest that ends the name, nothing between
    (柏林办公室; 中国高科技公司 is 中国 and 高科技公司, not 中国高科技 and 公司)."""
    head = max((h for h in heads if name.endswith(h) and len(name) > len(h)), key=len, default="")
    return bool(head) and a_known_place(gaz, name[:-len(head)])


def a_kind_of_body(name: str, gaz: Gazetteer) -> bool:
    """A place or an owner (中资) and a kind of body, nothing of its own between: 美国公司 (American
    companies), 中资银行, 中国高科技公司, 中国军队, 香港法院 name bodies of a kind, not one (lexicon's
    KIND_OF_BODY_HEADS), and a place and its government the place (香港政府); so does a known
    organization and a kind of outlet (中共小报)."""
    if name.startswith(lx.OWNERSHIP_PREFIXES):
        return name[2:] in lx.OWNED_BODY_HEADS
    head = next((h for h in lx.OUTLET_HEADS if name.endswith(h) and len(name) > len(h)), "")
    owner = gaz.named(name[:-len(head)]) if head else None
    if owner is not None and owner.kind is ORG:
        return True  # 中共小报: the party's tabloid, a description
    if name.endswith("舰队") and (country := gaz.named(name[:-2])) is not None and country.type == "Country":
        return True  # 美国舰队: the country's fleet, its armed force (but 太平洋舰队, 南海舰队 are named)
    return a_place_then(name, (*lx.KIND_OF_BODY_HEADS, *lx.GOVERNMENT_WORDS), gaz) \
        or a_described_kind(name, gaz)  # 香港政府 is Hong Kong; 国际药厂, 中国顶尖大学: bodies of a kind


def is_government(head: str) -> bool:
    return head.endswith(("部", "院", "会议", "委员会", "局", "国会", "议会", "政府", "军", "海警", "警方", "馆"))


def a_prize(s: Span, folded: str, tok: Tokens) -> bool:
    """诺贝尔奖得主, 普利策奖: a person's name that opens a prize's name (one word to the tokenizer:
    诺贝尔和平奖) or stands before 奖 (not 奖励, to reward) names the prize, no person mentioned."""
    if s.kind is not PERSON:
        return False
    i = tok.at_start.get(s.start)
    if (i is not None and tok.ends[i] > s.end and tok.words[i].endswith("奖")) \
            or (len(s.name) >= 3 and s.name.endswith("奖")):
        return True  # (葛莱美奖: the tagger's person, the prize's name whole)
    return folded[s.end:s.end + 1] == "奖" and folded[s.end + 1:s.end + 2] not in ("励", "赏", "惩")


def a_distance(folded: str, start: int) -> bool:
    """以北约1530公里 is "about 1,530 km north of", not NATO: a name opened by the direction of 以北,
    以南… and followed by 约 and a number is a distance."""
    return (folded[start - 1:start + 1] in lx.DIRECTIONS_FROM and folded[start + 1:start + 2] == "约"
            and folded[start + 2:start + 3].isdigit())


# A storm's name after its kind (台风普拉桑, 飓风“贝丽尔”), or after another storm's name and "and"
# (台风贝碧嘉和普拉桑), up to where a name starts.
_STORM_BEFORE = re.compile("(?:" + "|".join(lx.STORM_WORDS) + ")[“\"「]?(?:(?P<named>[\u4e00-\u9fff·]{2,6})[”\"」]?(?:"
                           + "|".join(sorted(lx.NAME_JOINERS, key=len, reverse=True)) + ")[“\"「]?)?$")


_VARIANT_AFTER = re.compile(r"(?:\s*[(（][A-Za-z.'\- ]{1,30}[)）])?(?:" + "|".join(lx.VARIANT_WORDS) + ")")


def variant_names(spans: list[Span], folded: str) -> list[Span]:
    """德尔塔(Delta)变种, 奥密克|戎变异株: a name the gazetteer does not know, followed by a word for a
    virus variant, is the variant's (the tagger may leave the name's last character out)."""
    def variant(s: Span) -> bool:
        return not s.key and s.kind is not ORG and (
            _VARIANT_AFTER.match(folded, s.end) is not None
            or (HAN_RUN.match(folded, s.end) is not None and folded[s.end] not in lx.AFTER_NAME
                and _VARIANT_AFTER.match(folded, s.end + 1) is not None))
    return [s for s in spans if not variant(s)]


def storm_names(spans: list[Span], folded: str) -> list[Span]:
    """A name after 台风 or 飓风 (台风普拉桑, 飓风“贝丽尔”) is a storm's, no person's; so is one that
    "and" joins to a storm's name (台风贝碧嘉和普拉桑), but not to a person's (台风过后李明和王刚)."""
    persons = sorted((s for s in spans if s.kind is PERSON), key=lambda s: s.start)
    storms: set[tuple[int, int]] = set()
    for s in persons:
        m = _STORM_BEFORE.search(folded, max(0, s.start - 16), s.start)
        if m is None:
            continue
        if m["named"] and any(p.start < m.end("named") and m.start("named") < p.end
                              and (p.start, p.end) not in storms for p in persons if p is not s):
            continue  # a person stands before the "and"
        storms.add((s.start, s.end))
    return [s for s in spans if not (s.kind is PERSON and (s.start, s.end) in storms)]


def posted_places(span: Span, folded: str, gaz: Gazetteer) -> list[Span]:
    """The places an organization's name holds, so mentioned, as readers list them: an embassy's countries
    and post's town (美国驻土库曼斯坦阿什哈巴德大使馆), and a country before a body named on its own
    (美国|外交关系委员会, 法国|外交部), not one that is part of the name (德国之声, 新加坡国立大学)."""
    if span.kind is not ORG:
        return []
    name = folded[span.start:span.end]
    if "驻" not in name:
        return _country_before_body(name, span.start, gaz)
    hits = [h for h in gaz.find(name) if gaz.entities[h.key].kind is PLACE and h.end - h.start >= 2]
    out: list[Span] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):  # the longest first
        if all(h.end <= o.start - span.start or h.start >= o.end - span.start for o in out):
            e = gaz.entities[h.key]
            out.append(Span(span.start + h.start, span.start + h.end, PLACE, e.name, GAZETTEER, key=e.key,
                            type=e.type))
    return sorted(out, key=lambda s: s.start)


def _country_before_body(name: str, start: int, gaz: Gazetteer) -> list[Span]:
    """The country that opens an organization's name (at `start`), where what follows is a body's name
    of its own: one the gazetteer knows (外交关系委员会) or a state body's head (外交部, 议会)."""
    for n in (5, 4, 3, 2):  # the longest country name first (俄罗斯联邦 before 俄罗斯)
        country = gaz.named(name[:n]) if len(name) - n >= 2 else None
        if country is None or country.kind is not PLACE or country.type != "Country":
            continue
        body = gaz.named(name[n:])
        if (body is not None and body.kind is ORG) or name[n:] in lx.ORG_HEADS:
            return [Span(start, start + n, PLACE, country.name, GAZETTEER, key=country.key, type=country.type)]
        return []
    return []


def place_suffixes(tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """A proper noun and 市/省/州/县 is a place of that kind (布拉戈维申斯克市), as written one more name (积石山县)."""
    out = []
    for i in range(len(tok) - 1):
        word, suffix = tok.words[i], tok.words[i + 1]
        if len(word) >= 3 and word[-1] in lx.PLACE_SUFFIXES and tok.tags[i] == "ns" and gaz.named(word) is None \
                and (known := gaz.named(word[:-1])) is not None and known.kind is PLACE \
                and suffix_fits(known, word[-1]):
            # 九龙区, one word to the tokenizer: the place the gazetteer knows by its stem
            out.append(Span(tok.starts[i], tok.ends[i], PLACE, known.name, PATTERN, key=known.key, type=known.type,
                            aliases=(word,)))
        if suffix not in lx.PLACE_SUFFIXES or len(word) < 2 \
                or (i + 2 < len(tok) and tok.words[i + 2] in ("议员", "议会", "长", "委员")):
            continue  # 香港|区|议员: a district councillor of Hong Kong, no district 香港区
        known = gaz.named(word)
        if known is not None and known.kind is not PLACE:
            continue
        name = word
        if known is not None and not suffix_fits(known, suffix):
            # 巴恩斯特布尔县 is not the town 巴恩斯特布尔: a place the gazetteer does not know, by its whole name
            known, name = None, word + suffix
        if known is None and not (tok.tags[i] in ("ns", "nz", *NAME_TAGS) or is_translit(word)):
            continue
        first = i - 1 if known is None and i and tok.tags[i - 1] == "nrt" and is_translit(tok.words[i - 1]) \
            and tok.ends[i - 1] == tok.starts[i] else i  # 威尔科|克斯|县: a transliteration cut in two
        if first < i:
            word, name = tok.words[first] + word, tok.words[first] + name
        out.append(Span(tok.starts[first], tok.ends[i + 1], PLACE, known.name if known else name,
                        PATTERN, key=known.key if known else "",
                        type=known.type if known else lx.PLACE_SUFFIXES[suffix],
                        aliases=(word + suffix,) if word + suffix != name else ()))
    return out
