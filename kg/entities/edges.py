"""Where a name the trained tagger proposed begins and ends (kg.entities.proposals reads the spans):
without the brackets, quotes, time words, verbs and titles the tagger glues to names, or no name at
all; and whether a name ends as an organization's does."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.entities.place_abbreviations import ABBREVIATIONS
from kg.entities.spans import HAN_RUN, ORG, PERSON, PLACE, Span, Tokens, a_known_place, is_translit
from kg.model import EntityKind

__all__ = ["cuts_a_known_name", "org_ending", "tokens_within", "trimmed"]

_TIME_TAIL = re.compile("|".join(map(re.escape, lx.TIME_TAILS)))  # longest first, as TIME_TAILS is sorted
_LONGEST_TAIL = max(map(len, lx.TIME_TAILS))


def _and_in_name(folded: str, tok: Tokens, i: int, start: int, end: int, gaz: Gazetteer) -> bool:
    """与 joins two words of one name (疾病控制与预防中心), not two names (外交部与国防部, 首尔与高通
    公司): what precedes it is no organization's name nor a name the gazetteer knows, what follows
    none the gazetteer knows, and the span ends as an organization's name does."""
    before, after = folded[start:tok.starts[i]], folded[tok.ends[i]:end]
    return (tok.words[i] == lx.IN_ORG_AND and before and after and org_ending(folded[start:end])
            and not org_ending(before) and gaz.named(before) is None and gaz.named(after) is None)


def _a_given_names_end(folded: str, tok: Tokens, i: int) -> bool:
    """张湖|月|说: 月 alone before a verb of speaking ends the given name; a month's 月 goes on with no
    such verb (本月, 月底)."""
    return tok.words[i] in ("月", "日", "年") and folded.startswith(lx.SAYS, tok.ends[i])


_AFTER_A_LOCATIVE = frozenset("的，,。；;")


def trimmed(folded: str, start: int, end: int, kind: EntityKind, tok: Tokens, gaz: Gazetteer
            ) -> tuple[int, int] | None:
    """A proposal's edges without brackets, quotes and (after a person) a time word; None when what
    is left is no name: one character (中, 美: MSRA's abbreviations), no Han (the model reads
    Chinese; Latin names come from bylines and the gazetteer), or an organization with a preposition
    in it (纽约州劳工部对神韵艺术团). An organization loses the words that never begin a name (200场)."""
    while start < end and (folded[start] in lx.SPAN_BREAKS or folded[start].isspace()):
        start += 1  # a bracket, a quote, a space (代表 约翰尼·德普: the tagger took the space in)
    cut = next((i for i in range(start, end) if folded[i] in lx.SPAN_BREAKS), end)
    if kind is ORG and folded[cut:cut + 1] == "、" and cut - start >= 3 and a_known_place(gaz, folded[start:cut - 1]) \
            and gaz.named(folded[start:cut]) is None and rjieba.has_word(folded[cut - 1] + folded[cut + 2:cut + 3]) \
            and rjieba.has_word(folded[cut + 1:cut + 3]):
        return None  # 香港中|、小学 (中学 and 小学): kinds of school cut in two, no body's name (not 贵州省委、省政府)
    end = cut
    while end > start and (folded[end - 1] == "·" or folded[end - 1].isspace()):
        end -= 1
    if end - start >= 3 and folded[end - 1] == "约" and folded[end:end + 1].isdigit():
        end -= 1  # 距离布法罗约|200英里: "about" opens the distance, and ends no name
    if kind is PERSON:  # 普京周二: the name ends where a time word starts, even one the span cuts
        tail = _TIME_TAIL.search(folded, max(start, end - _LONGEST_TAIL + 1), end + _LONGEST_TAIL)
        if tail is not None and tail.start() < end:
            end = tail.start()
        kin = folded.find("之", start + 2, end)
        if kin > 0 and folded.startswith(lx.KIN_AFTER_NAME, kin):
            end = kin  # 李敖之(子), 李敖之子: 李敖, whose son follows
        if end - start >= 3 and folded[end - 1] == "案":
            end -= 1  # 张展案: her case, which the tagger read into her name
        edges = _person_edges(folded, start, end, tok, gaz)
        if edges is None:
            return None
        start, end = edges
    if kind is PLACE and end - start >= 4 and folded[end - 1] in "街路巷" and end not in tok.at_end \
            and tok.at_start.get(end - 1) is not None:
        end -= 1  # 加沙汗尤尼斯街|上: 街 begins the next word (街上, 路边), and the name ends before it
    if kind is PLACE and start in tok.at_start and len(tok.words[i := tok.at_start[start]]) == 1 \
            and tok.tags[i] in lx.NOT_PLACE_START_TAGS and a_known_place(gaz, folded[start + 1:end]):
        start += 1  # 比广岛原子弹: a preposition glued to a place the gazetteer knows
    if kind is PLACE and (verb := _verb_before_place(folded, start, end, tok, gaz)) is not None:
        start = verb  # 日本称|尖阁诸岛, 日本排放|福岛第一核电站: who says or does, then the place
    if kind is PLACE and end - start >= 3 and (i := tok.across(end)) is not None and tok.starts[i] == end - 1 \
            and tok.tags[i] in lx.COMMON_WORD_TAGS and rjieba.has_word(tok.words[i]) \
            and a_known_place(gaz, folded[start:end - 1]):
        end -= 1  # 日本|海军: the country, and its navy (no 日本海)
    if kind is PLACE and folded.endswith(_AROUND_A_PLACE, start, end) and a_known_place(gaz, folded[start:end - 2]):
        end -= 2  # 京唐港|附近, 加沙|境内: the place the gazetteer knows, and what lies in or near it
    if kind is PLACE and end - start >= 4 and folded[end - 1] in "内外" and folded[end:end + 1] in _AFTER_A_LOCATIVE \
            and gaz.named(folded[start:end]) is None:
        end -= 1  # 贝埃里基布兹|内的一座房屋: in the place, which the name does not hold
    if kind is PLACE and end - start >= 4 and folded[start] in "东南西北" and folded[start - 1:start] in "城市" \
            and gaz.named(folded[start:end]) is None \
            and any(a_known_place(gaz, folded[max(0, start - k):start]) for k in (2, 3, 4)):
        start += 1  # 加沙城|南汗尤尼斯: south of the city, then the town (佛罗里达州|西特拉斯斯普林斯 is one)
    if kind is PLACE and folded.endswith(("家中", "家里"), start, end) and end - start >= 4:
        end -= 2  # 圣马特奥|家中: the town, and someone's home in it
    if kind is PLACE and (i := tok.at_start.get(start)) is not None and _QUANTITY.fullmatch(tok.words[i]):
        return None  # 三根|诺基亚天线: so many things, no place
    if kind is PLACE and (i := tok.at_start.get(start)) is not None and tok.tags[i] in ("a", "v") \
            and len(tok.words[i]) >= 2 and folded[tok.ends[i]:end] in lx.NOT_NAMES:
        return None  # 风靡|海峡两岸: a verb, then words that name no place (能登|半岛 is one name)
    if kind is ORG and (dash := folded.rfind("——", start, end)) >= 0:
        start = dash + 2  # 黑人大学——霍华德大学: a description, a dash, and the name (中国—东盟 is one name)
    if kind is ORG:
        if end - start >= 3 and folded[end - 1] in "和与及" and folded[end - 2] != "共":
            end -= 1  # 國安法和與抗議…: "and" ends no body's name (共和 does)
        inside = tokens_within(tok, start, end)
        if len(inside) > 1 and tok.words[inside[0]] in _OWNERSHIP and a_known_place(gaz, tok.words[inside[1]]):
            start = tok.ends[inside.pop(0)]  # 国营|澳洲广播公司: who owns it is no part of its name (民营企业家协会 is)
        while inside and (tok.tags[inside[0]] in lx.NOT_ORG_START_TAGS or tok.words[inside[0]] in lx.CLAUSE_VERBS
                          or (tok.words[inside[0]] in _ROLES_BEFORE and len(inside) > 1)
                          or (tok.words[inside[0]] in _NEVER_OPENING and len(inside) > 1)) \
                and not a_known_place(gaz, tok.words[inside[0]]) and not (
                len(inside) > 1 and tok.tags[inside[0]] == "f" and tok.words[inside[0]] in ABBREVIATIONS) \
                and not _translit_opening(folded, tok, inside):
            # 大连万达俱乐部: the word tagger calls 大连 an adverb; a place the gazetteer knows stays, and
            # so does a country's one-character short form that begins a name (中储粮, 中彩中心), and a
            # numeral that opens a transliterated name (多米|宁公司)
            start = tok.ends[inside.pop(0)]
        passive = [k for k, i in enumerate(inside[:-1]) if tok.words[i] in _PASSIVE]
        if passive:  # 二度遭|港警国安处: who something is done by begins after 遭
            start, inside = tok.ends[inside[passive[-1]]], inside[passive[-1] + 1:]
        if inside and tok.words[inside[-1]] == "所" and tok.tags[inside[-1]] == "c" \
                and (after := tok.at_start.get(end)) is not None and tok.tags[after] == "v":
            return None  # 国安法所|提出: what the law sets out, no institute (沈阳自动化所|所长 is one)
        if len(inside) >= 2 and tok.words[inside[-1]] in lx.TITLES and tok.ends[inside[-1]] == end:
            end = tok.starts[inside.pop()]  # 国民党|立委: a title after the body is no part of its name
        # 国立中山大学政治学: the name ends with its head; a tail that ends no organization's name
        # (北京大学医学部 and 北京大学附属中学 do) is no part of it, nor judged with it (…医院|呼吸与危重症…)
        cut = max((folded.rfind(h, start, end) + len(h) for h in lx.STRONG_ORG_HEADS
                   if folded.rfind(h, start, end) > start), default=-1)
        if start + 2 < cut < end and not folded[cut:end].endswith((*lx.ORG_ENDINGS, "中学", "小学")):
            end = cut
            inside = [i for i in inside if tok.starts[i] < end]
        start, end, inside = _known_body_within(folded, start, end, tok, gaz, inside)
        if any(tok.tags[i] in lx.NOT_IN_ORG_TAGS and not _and_in_name(folded, tok, i, start, end, gaz)
               for i in inside) \
                or folded.endswith(lx.NOT_ORG_ENDINGS, start, end):
            return None
        if any((tok.tags[a] in lx.NAMED_TAGS or tok.tags[a] == "j" or org_ending(folded[start:tok.ends[a]]))
               and tok.words[b] in lx.CLAUSE_VERBS for a, b in pairwise(inside)) \
                or any(tok.tags[a] == "d" and tok.tags[b] == "v" for a, b in pairwise(inside)) \
                or any(tok.words[a] in lx.TITLES and tok.words[b] in lx.CLAUSE_VERBS for a, b in pairwise(inside)):
            # 民主党能保住众议院, 德普否认新闻集团, 国民党便抨击民进党, 官员搜查贝恩公司, 公民实验室指控苹果公司,
            # 美军联合北方联盟: someone and what they do
            return None
        if any(a_known_place(gaz, tok.words[a]) and tok.tags[b].startswith("v")
               and _known_org(gaz, folded[tok.ends[b]:end]) for a, b in pairwise(inside)):
            return None  # 乌兰巴托|注射|国药集团: a place, a deed and a body the gazetteer knows
        if any(_QUANTITY.fullmatch(tok.words[i]) or (tok.words[i] in "一某" and k + 1 < len(inside)
                                                     and tok.words[inside[k + 1]] in lx.STRONG_ORG_HEADS)
               for k, i in enumerate(inside) if k):  # 美国一委员会: "a committee", no name
            return None  # 香港多所大学, 威尔科克斯县一片松林深处: so many of a kind, or a spot, no name
        if (i := tok.at_end.get(start)) is not None and _QUANTITY.fullmatch(tok.words[i]) \
                and len(inside) == 2 and a_known_place(gaz, tok.words[inside[0]]) \
                and tok.tags[inside[1]] not in lx.NAMED_TAGS and gaz.named(folded[start:end]) is None:
            return None  # 一家|中国基金会: one of the place's bodies of a kind, no name
        if inside and tok.tags[inside[-1]] in lx.NOT_ORG_END_TAGS and not org_ending(folded[start:end]) \
                and not folded.endswith(lx.GENERIC_ORG_SUFFIXES, start, end):
            return None  # 旧金山排队: a place and what happens there, no organization (汇丰控股 is one)
    if end - start < 2 or not HAN_RUN.search(folded, start, end):
        return None
    return start, end


def _translit_opening(folded: str, tok: Tokens, inside: list[int]) -> bool:
    """多米|宁: a numeral to the word tagger, and with the next word a transliterated name."""
    if tok.tags[inside[0]] != "m" or len(inside) < 2:
        return False
    run = folded[tok.starts[inside[0]]:tok.ends[inside[1]]]
    return len(run) >= 3 and is_translit(run)


_NOT_AFTER_A_KNOWN_NAME = frozenset(lx.AFTER_NAME | set("没不刚仍才誓却虽"))
_OWNERSHIP = ("国营", "国有", "官营", "私营", "民营", "公营")
# What a body is to another, written before its name (合作伙伴|蔡司集团, 竞争对手|华为公司): no part of it.
_ROLES_BEFORE = frozenset(("合作伙伴", "伙伴", "竞争对手", "对手", "盟友", "客户", "供应商"))
_AROUND_A_PLACE = ("附近", "一带", "境内", "郊外", "市区")  # 贝鲁特港口 is a port (facilities)
# A number of things (多所, 一片, 几家, 三根): no part of a body's name, nor the start of a place's.
_QUANTITY = re.compile(r"[一二两三四五六七八九十几多数百千万若某各每]+"
                       r"[所家片名座个位间支批些根条张辆架艘枚颗件只头块本份栋幢套]")


# Verbs done to a body, never the first words of its name (拯救, 保护, 促进 and 争取 open some).
_DEEDS = lx.CLAUSE_VERBS | frozenset((
    "反驳", "占领", "捍卫", "冲击", "包围", "攻占", "闯入", "进入",
    "离开", "加入", "访问", "围堵", "质询", "监督", "批准", "齐聚"))
# Words before a body that open no name of one, known or not: 指|立法会选举是骗局 (says), 换届|立法会选举
# (the chamber's renewal)
_NEVER_OPENING = frozenset(("指", "称", "换届"))
_PARTY_DEEDS = frozenset(("创党", "建党", "入党", "退党", "组党"))  # 民进党创党: founding it, no body's name


def _known_body_within(folded: str, start: int, end: int, tok: Tokens, gaz: Gazetteer, inside: list[int]
                       ) -> tuple[int, int, list[int]]:
    """A body the gazetteer knows inside an unknown span, the words around it no part of its name:
    deeds before it (反驳|占领|立法院: rejects occupying the Legislative Yuan), or after it words that end
    no body's name (民进党|创党, the founding of the party; 民进党|前|行政院, two bodies)."""
    if _known_org(gaz, folded[start:end]):
        return start, end, inside
    k = next((j for j, i in enumerate(inside) if tok.words[i] not in _DEEDS), len(inside))
    if 0 < k < len(inside) and _known_org(gaz, folded[tok.starts[inside[k]]:end]):
        # deeds only: 拯救|儿童基金会 and 捍卫|民主基金会 are names
        return tok.starts[inside[k]], end, inside[k:]
    verb = next((j for j in range(len(inside) - 1, 0, -1) if tok.tags[inside[j - 1]] == "v"
                 and len(tok.words[inside[j - 1]]) >= 2 and _known_org(gaz, folded[tok.starts[inside[j]]:end])
                 and end - tok.starts[inside[j]] >= 3), None)
    if verb is not None:  # 民众认同|联盟党, 明显超越|联盟党: who thinks or does what, then the body
        return tok.starts[inside[verb]], end, inside[verb:]
    for j in range(1, len(inside)):
        cut = tok.ends[inside[j - 1]]
        if _known_org(gaz, folded[start:cut]) and HAN_RUN.match(folded, cut) and (
                tok.tags[inside[j]] == "f" or folded[cut:end] in _PARTY_DEEDS or not org_ending(folded[cut:end])):
            return start, cut, inside[:j]
    return start, end, inside


def _known_org(gaz: Gazetteer, name: str) -> bool:
    known = gaz.named(name)
    return known is not None and known.kind is ORG


def _verb_before_place(folded: str, start: int, end: int, tok: Tokens, gaz: Gazetteer) -> int | None:
    """Where a place begins after a verb the span took in from its clause, leaving two characters or
    more: a verb after or before a place the gazetteer knows (日本排放|福岛第一核电站, 经营|福岛核电站,
    伫立|哈尔滨), or a verb of saying (称|尖阁诸岛). A verb that opens a name stays (游泳训练基地)."""
    i = tok.at_start.get(start)
    after_place = i is not None and i + 1 < len(tok) and a_known_place(gaz, tok.words[i]) and tok.ends[i] < end
    if after_place:
        i += 1
    if i is None or not tok.tags[i].startswith("v") or end - tok.ends[i] < 2 or tok.ends[i] >= end:
        return None
    place_next = i + 1 < len(tok) and a_known_place(gaz, tok.words[i + 1])  # 经营|福岛核电站
    return tok.ends[i] if after_place or place_next or tok.words[i] in lx.SPEECH else None


def _person_edges(folded: str, start: int, end: int, tok: Tokens, gaz: Gazetteer) -> tuple[int, int] | None:
    """A person's edges where the words around them say so: the span does not begin inside a word
    (官方吉祥物 holds no 方吉祥), loses a function word glued to its end (唐金已与, 阻止本国: the word
    that 已 or 本 begins or is) and the start of a known place it cuts (希尔德|伦敦), and is not one
    ordinary word (时间)."""
    first = tok.across(start)
    if first is not None and rjieba.has_word(tok.words[first]):
        return None  # inside a dictionary word (官方), not a word the tokenizer guessed (藏人丹增)
    if end - start >= 3 and folded[end - 1] in _NOT_AFTER_A_KNOWN_NAME \
            and (known := gaz.named(folded[start:end - 1])) is not None and known.kind is PERSON:
        end -= 1  # 林郑|没等多久: a person the gazetteer knows, and a word after the name
    cut = tok.across(end)
    if cut is not None and tok.starts[cut] > start and start in tok.at_start and rjieba.has_word(tok.words[cut]) \
            and a_known_place(gaz, folded[start:tok.starts[cut]]):
        return None  # 韩国民|众: a place the gazetteer knows, and the first character of a word
    if folded[end - 1] in lx.ADVERBS_AFTER_NAMES and a_known_place(gaz, folded[start:end - 1]):
        return None  # 汶莱都提出了: a place the gazetteer knows and 都, one word to the tokenizer
    titled = tok.at_end.get(end)
    if titled is not None and tok.starts[titled] - start >= 2 and tok.words[titled] in lx.TITLES:
        end = tok.starts[titled]  # 阿基基|法官: a title after the name is no part of it
    last = bisect_right(tok.starts, end - 1) - 1
    if last >= 0 and tok.starts[last] > start and tok.ends[last] > end and a_known_place(gaz, tok.words[last]):
        end = tok.starts[last]  # 艾梅柏·希尔德伦|敦: the place after the name is no part of it
        last -= 1
    if last >= 0 and tok.starts[last] == end - 1 > start and ((
            tok.tags[last] in lx.NOT_IN_NAME_TAGS and not _a_given_names_end(folded, tok, last) and (
                tok.words[last][0] in lx.AFTER_NAME or (tok.tags[last] in ("t", "r") and tok.ends[last] > end)))
            or (tok.words[last] in lx.AFTER_NAME_WORDS and end - 1 - start >= 2)):
        # 唐金已与, 阻止本国: the word after the name begins inside the span (侯友宜为 keeps its 宜,
        # and 张韵清 its 清: a one-character "word" wholly inside the name is part of it)
        end -= 1
    elif last >= 0 and tok.starts[last] == end - 1 and tok.ends[last] > end and tok.tags[last].startswith("v") \
            and ((folded[end - 3:end - 2] == "·" and folded[end - 2] in lx.SURNAMES)
                 or (0 <= folded.rfind("·", start, end) < end - 3 and rjieba.has_word(tok.words[last]))):
        # 桑尼·刘|发来: a Chinese surname after the dot, and the verb the span cut; 马克里|达成: a dotted
        # name's last part and the first character of a verb of the dictionary
        end -= 1
    inside = tokens_within(tok, start, end)
    surnamed = _surname_shaped(tok, start, end)
    if len(inside) == 1 and tok.tags[inside[0]] not in lx.NAME_LIKE_TAGS and tok.ends[inside[0]] == end \
            and not surnamed:
        return None  # 阻止, 时间: one ordinary word (余协中 is a surname and a given name, whatever its tag)
    return start, end


def _surname_shaped(tok: Tokens, start: int, end: int) -> bool:
    """A Chinese name's shape: a common surname and one or two characters more."""
    text = "".join(tok.words[i] for i in tokens_within(tok, start, end)) if end - start <= 4 else ""
    if len(text) != end - start:
        return False
    surname = text[:2] if text[:2] in lx.SURNAMES else text[:1]
    return surname in lx.SURNAMES and 2 <= len(text) <= len(surname) + 2


def tokens_within(tok: Tokens, start: int, end: int) -> list[int]:
    """The tokens wholly inside start..end."""
    i = bisect_right(tok.starts, start - 1)
    out = []
    while i < len(tok) and tok.starts[i] < end:
        if tok.ends[i] <= end:
            out.append(i)
        i += 1
    return out


_ORG_ENDS = (*lx.ORG_ENDINGS, *lx.MORE_ORG_ENDINGS, *sorted(lx.NAMED_ORG_HEADS))


_PASSIVE = frozenset(("遭", "遭到", "被", "受到"))


def org_ending(name: str) -> bool:
    """The name ends as a body's does (外交部, 委员会), not with a word whose last character only looks
    like a head (能源布局, 社会, 内部)."""
    return name.endswith(_ORG_ENDS) and not name.endswith(lx.NOT_ORG_END_WORDS)


def cuts_a_known_name(s: Span, known_to: dict[int, int]) -> bool:
    """A known name (known_to: its start -> its end) begins inside the span and runs on past it:
    切断华|为 cuts 华为, a person 齐聚南|美 cuts 南美. Such a span is no name."""
    return any(known_to.get(a, 0) > s.end for a in range(s.start + 1, s.end))


def a_ministers_title(s: Span, folded: str, gaz: Gazetteer) -> bool:
    """外交部|长 with no country before it: a minister's title, no body (美国卫生部长, 巴西司法部长 name
    the country's ministry; the gazetteer's 中国外交部 stands), nor one that ends with 副部 (…亚太事务副部长).
    The news gold sets read it so; MSRA tags 外交部 in 外交部长 (its dev split loses 0.005 on ORG)."""
    return not s.key and folded.startswith("长", s.end) and (s.name.endswith("副部") or not (
        s.name[0] in ABBREVIATIONS or any(a_known_place(gaz, s.name[:k]) for k in (2, 3, 4))))


def known_person_ending(folded: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a person the gazetteer knows by two characters or more ends the span, after words that
    are no part of their name (战争走向何方普京: 普京); not after a given name and its dot (约翰·拜登)."""
    if gaz.named(folded[start:end]) is not None:
        return None  # the whole span is a name the gazetteer knows
    for at in range(start + 1, end - 1):  # the longest known name first
        known = gaz.named(folded[at:end])
        if known is not None and known.kind is PERSON and folded[at - 1] != "·":
            return at
    return None


def known_person_opening(folded: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a person the gazetteer knows, opening the span, ends, when a place or a body it knows
    follows in the span (刘鹤达沃斯, as headlines run words together); not inside a dotted name."""
    if gaz.named(folded[start:end]) is not None or "·" in folded[start:end]:
        return None
    for at in range(end - 2, start + 1, -1):
        known, rest = gaz.named(folded[start:at]), gaz.named(folded[at:end])
        if known is not None and known.kind is PERSON and rest is not None and rest.kind is not PERSON:
            return at
    return None
